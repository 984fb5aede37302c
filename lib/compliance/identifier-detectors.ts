// The table of patient-identifier detectors: one entry per HIPAA Safe Harbor identifier shape that can appear in a note.
import { DATE_SOURCE } from './dates';
import { isIbanValid, isLuhnValid, isPlausibleSsn } from './number-checks';

/** One way a patient identifier shows up in free text, and the context that says it is something else. */
export interface IdentifierDetector {
  /** A plain label shown to the user ('phone number'). */
  category: string;
  /** A global pattern; its `value` group (or the whole match) is what the user should remove, the rest is the label around it. */
  pattern: RegExp;
  /** What the user should do, in plain words. */
  message: string;
  /** A check on the value itself (check digits, digit counts). */
  isValid?: (value: string) => boolean;
  /** Text just before the match that shows it is not about one person ("mean age", "patients born"). */
  notAfter?: RegExp;
  /** Text just after the match that shows it is not about one person ("90-year-olds", "aged 90 or older"). */
  notBefore?: RegExp;
}

const REMOVE = 'If it is about a patient, remove it: patient data must not be stored in Liaison.';
const digitCount = (value: string): number => value.replace(/\D/g, '').length;
const hasDigits =
  (min: number, max = 20) =>
  (value: string) =>
    digitCount(value) >= min && digitCount(value) <= max;
/** A labelled number that is really a date ("faxed on 12.03.2024"). */
const isDateShaped = (value: string) => /^\d{1,2}[\s./-]\d{1,2}[\s./-](?:\d{2}|\d{4})$/.test(value.trim());
const isPhoneLike = (value: string) => hasDigits(7, 15)(value) && !isDateShaped(value);

/** A population noun shortly before the match: the text is about a group ("infants born in March 2020"), not one person. */
const POPULATION_BEFORE =
  /\b(?:patients|participants|subjects|people|persons|individuals|adults|children|infants|babies|neonates|women|men|cases|cohorts?|those|all|any)\b[^.;\n]{0,30}$/i;
/** Summary statistics or bounds before an age: "mean age 91", "over 90 years old". */
const AGGREGATE_AGE_BEFORE =
  /(?:\b(?:mean|median|average|max(?:imum)?|min(?:imum)?|oldest|youngest|range|IQR|SD|over|above|under|older than|younger than|at least|up to)\b|[≥>≤<])[^.;\n]{0,12}$/i;
const US_STATES =
  'A[LKZR]|C[AOT]|D[EC]|FL|GA|HI|I[DLNA]|K[SY]|LA|M[EDAINSOT]|N[EVHJMYCD]|O[HKR]|PA|RI|S[CD]|T[NX]|UT|V[TA]|W[AVIY]|PR';
const STREET_SUFFIX =
  '(?:Street|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Court|Ct|Place|Pl|Terrace|Parkway|Pkwy|Highway|Hwy|Circle|Way|Close|Crescent|Square|(?:St|Dr)(?!\\.?\\s+[A-Z][a-z]))';
const AGE_OVER_89 = '(?:9\\d|1[01]\\d)';

/**
 * The detectors, most specific first: a later detector never reports text an earlier one already reported
 * (a fax number is not reported again as a phone number). To add one: add an entry, an example to
 * `examples.ts` and a case to `identifiers.test.ts`.
 */
export const IDENTIFIER_DETECTORS: readonly IdentifierDetector[] = [
  {
    category: 'date of birth',
    pattern: new RegExp(
      `\\b(?:DOB|D\\.O\\.B\\.?|date\\s+of\\s+birth|birth\\s*date|birthday|born(?:\\s+(?:on|in))?)\\s*[:#-]?\\s*(?<value>${DATE_SOURCE})`,
      'gi',
    ),
    message: `This looks like a date of birth. ${REMOVE}`,
    notAfter: POPULATION_BEFORE,
  },
  {
    category: 'admission, discharge or death date',
    pattern: new RegExp(
      `\\b(?:admitted|discharged|died|passed\\s+away|hospitali[sz]ed|date\\s+of\\s+(?:admission|discharge|death)|(?:admission|discharge|death)\\s+date|DOD)\\s*(?:on|in|:)?\\s*(?<value>${DATE_SOURCE})`,
      'gi',
    ),
    message: `This looks like a date in a patient's care (admission, discharge or death). Dates about a patient identify them. ${REMOVE}`,
    notAfter: POPULATION_BEFORE,
  },
  {
    category: 'medical record number',
    pattern:
      /\b(?:MRN|MR\s?#|medical\s+record(?:\s+(?:number|no\.?|#))?|hospital\s+(?:number|no\.?|#|ID)|chart\s+(?:number|no\.?|#)|patient\s+(?:ID|number|no\.?|#))\s*[:#]?\s*(?<value>[A-Z]{0,3}-?\d[\d-]{3,14}\d)\b/gi,
    message: `This looks like a medical record number. ${REMOVE}`,
  },
  {
    category: 'health plan number',
    pattern:
      /\b(?:member\s+(?:ID|number|no\.?)|(?:health\s+)?insurance\s+(?:ID|number|no\.?)|policy\s+(?:number|no\.?)|(?:Medicare|Medicaid)\s+(?:ID|number|no\.?|card)|NHS\s+(?:number|no\.?)|health\s+plan\s+(?:ID|number|no\.?))\s*[:#]?\s*(?<value>[A-Z]{0,4}\d[\dA-Z-]*(?:\s\d[\dA-Z-]*){0,3})/gi,
    message: `This looks like a health insurance or health plan number. ${REMOVE}`,
    isValid: hasDigits(4),
  },
  {
    category: 'social security number',
    pattern:
      /\b(?:SSN|SS#|social\s+security(?:\s+(?:number|no\.?|#))?)\s*[:#]?\s*(?<value>\d{3}[ -]?\d{2}[ -]?\d{4})\b/gi,
    message: `This looks like a social security number. ${REMOVE}`,
    isValid: isPlausibleSsn,
  },
  {
    category: 'social security number',
    pattern: /(?<![\w-])(?<value>\d{3}-\d{2}-\d{4})(?![\w-])/g,
    message: `This looks like a social security number. ${REMOVE}`,
    isValid: isPlausibleSsn,
  },
  {
    category: 'account number',
    pattern:
      /\b(?:(?:(?:bank|checking|savings)\s+)?account|(?:credit|debit)\s+card|card)\s*(?:number|no\.?|#)\s*[:#]?\s*(?<value>\d[\d -]{4,22}\d)\b|\b(?:acct\.?|a\/c)\s*[:#]?\s*(?<value2>\d[\d -]{4,22}\d)\b/gi,
    message: `This looks like a bank, card or account number. ${REMOVE}`,
  },
  {
    category: 'account number',
    pattern: /\b(?<value>[A-Z]{2}\d{2}(?: ?[A-Z\d]{4}){2,7}(?: ?[A-Z\d]{1,3})?)(?![A-Za-z\d])/g,
    message: `This looks like a bank account number (IBAN). ${REMOVE}`,
    isValid: isIbanValid,
  },
  {
    category: 'account number',
    pattern: /(?<![\d-])(?<value>\d{4}(?:[ -]?\d{4}){2}[ -]?\d{1,7})(?![\d-])/g,
    message: `This looks like a payment card number. ${REMOVE}`,
    isValid: isLuhnValid,
  },
  {
    category: 'fax number',
    pattern: /\bfax(?:ed|ing)?\b[^\d\n]{0,40}?(?<value>\+?\(?\d[\d\s().-]{5,18}\d)(?![\w-])/gi,
    message: `This looks like a fax number. ${REMOVE}`,
    isValid: isPhoneLike,
  },
  {
    category: 'phone number',
    pattern:
      /\b(?:tel(?:ephone)?|phone|ph|mobile|mob|cell\s*phone|cell(?=\s*[:#])|pager|whats\s*app|call(?:ed)?(?:\s+(?:him|her|them|me|the\s+patient))?\s+(?:at|on))\.?\s*(?:no\.?|number|#)?\s*[:#]?\s*(?<value>\+?\(?\d[\d\s().-]{5,18}\d)(?![\w-])/gi,
    message: `This looks like a phone number. ${REMOVE}`,
    isValid: isPhoneLike,
  },
  {
    category: 'phone number',
    pattern:
      /(?<![\w.+-])(?<value>(?:\+?1[\s.-])?(?:\([2-9]\d{2}\)\s?|[2-9]\d{2}[\s.-])[2-9]\d{2}[\s.-]\d{4})(?![\w-]|\.\d)/g,
    message: `This looks like a phone number. ${REMOVE}`,
  },
  {
    category: 'phone number',
    pattern:
      /(?<![\w+])(?<value>\+[1-9]\d{0,2}[\s.-]?(?:\(0?\d{1,4}\)[\s.-]?)?\d{1,4}(?:[\s.-]?\d{2,4}){2,4})(?![\w-]|\.\d)/g,
    message: `This looks like a phone number. ${REMOVE}`,
    isValid: hasDigits(8, 15),
  },
  {
    category: 'email address',
    // The look-behind starts the local part only where a run of its characters starts, so a long run is scanned once.
    pattern:
      /(?<![\w.%+-])(?<value>[\w.%+-]{1,64}@[A-Za-z\d-]{1,63}(?:\.[A-Za-z\d-]{1,63}){0,8}\.[A-Za-z]{2,24})\b/g,
    message: `This looks like an email address. ${REMOVE}`,
  },
  {
    category: 'street address',
    pattern: new RegExp(
      `(?<![\\w,.-])(?<value>\\d{1,5}[A-Za-z]?(?:-\\d{1,5})?,?\\s+(?:[NSEW]\\.?\\s+)?(?:(?:[A-Z][a-z'’-]+|\\d{1,3}(?:st|nd|rd|th))\\s+){1,3}${STREET_SUFFIX}\\b\\.?)`,
      'g',
    ),
    message: `This looks like a street address. ${REMOVE}`,
    notAfter: /\b(?:in|since|by|from|during|until|before|after|of)\s+$/i,
  },
  {
    category: 'street address',
    pattern:
      /(?<value>\b\d{1,4}(?:\s?(?:bis|ter))?,?\s+(?:rue|avenue|boulevard|bd|allée|chemin|impasse|place|quai|route|via|viale|calle|avenida|rua)\s+(?:(?:d[eiu]s?|de\s+la|della|del|da|do)\s+|d['’]|l['’])?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})/gu,
    message: `This looks like a street address. ${REMOVE}`,
  },
  {
    category: 'street address',
    pattern:
      /(?<value>\b\p{Lu}[\p{L}-]*(?:straße|strasse|str\.|gasse|weg|allee|platz)\s+\d{1,4}[a-z]?)(?![\p{L}\d])/gu,
    message: `This looks like a street address. ${REMOVE}`,
  },
  {
    category: 'ZIP code',
    pattern: new RegExp(
      `\\b\\p{Lu}[\\p{L}.'’ -]{1,30},\\s*(?:${US_STATES})\\.?\\s+(?<value>\\d{5}(?:-\\d{4})?)(?![\\d-])`,
      'gu',
    ),
    message: `This looks like a ZIP code. ${REMOVE}`,
  },
  {
    category: 'ZIP code',
    pattern:
      /\b(?:zip(?:\s*code)?|post\s*code|postal\s+code)\s*[:#]?\s*(?<value>\d{5}(?:-\d{4})?|[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}|[A-Z]\d[A-Z]\s?\d[A-Z]\d|\d{4,5})\b/gi,
    message: `This looks like a ZIP or postal code. ${REMOVE}`,
  },
  {
    category: 'ZIP code',
    pattern: /\b(?<value>(?:[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]?|GIR)\s\d[ABD-HJLNP-UW-Z]{2})\b/g,
    message: `This looks like a UK postcode. ${REMOVE}`,
  },
  {
    category: 'age over 89',
    pattern: new RegExp(`\\b(?<value>${AGE_OVER_89}[\\s-]*(?:years?|yrs?|y)[\\s-]*old)\\b`, 'gi'),
    message: `This gives an age over 89, which can identify a patient. Write "90 or older" instead, or remove it.`,
    notAfter: AGGREGATE_AGE_BEFORE,
    notBefore: /^s\b/i,
  },
  {
    category: 'age over 89',
    pattern: new RegExp(
      `\\b(?:aged?|age\\s*:|age\\s+of)\\s*(?<value>${AGE_OVER_89})\\b(?!\\s*(?:[-–—+]|to\\b|or\\b|and\\b|(?:years?|yrs?)\\s+(?:or|and)\\b|%|\\.\\d))`,
      'gi',
    ),
    message: `This gives an age over 89, which can identify a patient. Write "90 or older" instead, or remove it.`,
    notAfter: AGGREGATE_AGE_BEFORE,
  },
  {
    category: 'age over 89',
    pattern: new RegExp(`\\b(?<value>${AGE_OVER_89}\\s?(?:yo|y\\/o|y\\.o\\.?|yrs?\\/o)(?![a-z]))`, 'gi'),
    message: `This gives an age over 89, which can identify a patient. Write "90 or older" instead, or remove it.`,
    notAfter: AGGREGATE_AGE_BEFORE,
  },
  {
    category: 'full-face photo',
    pattern:
      /\b(?<value>full[\s-]face\s+(?:photo(?:graph)?|picture|image|shot|selfie)s?|(?:photo(?:graph)?|picture|pic|selfie|snapshot|headshot|video)s?\s+(?:of|showing|with)\s+(?:(?:the|my|our|his|her|their|this|that|a|one)\s+)?(?:[\w-]+\s+)?(?:patient|pt)(?:['’]s(?:\s+face)?)?|(?:photo(?:graph)?|picture|pic|selfie|snapshot|image)s?\s+of\s+(?:his|her|their|the\s+patient['’]s|my\s+patient['’]s)\s+face|(?:patient|pt)(?:['’]s)?\s+(?:photo(?:graph)?|picture|selfie|headshot))(?![\w-])/gi,
    message:
      'This mentions a photo of a patient. A full-face photo identifies the patient: do not store it or describe it here.',
  },
  {
    category: 'patient name',
    pattern:
      /\b(?:[Pp]atient|[Pp]t)(?:\s+(?:named|called)|\s*[:,])?\s+(?<value>(?:Mr|Mrs|Ms|Miss|Mx)\.?\s+\p{Lu}[\p{L}'’-]+)|\b(?:[Pp]atient|[Pp]t)\s+(?:named|called)\s+(?<value2>\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)/gu,
    message: `This looks like a patient's name. ${REMOVE}`,
  },
];
