// The table of patient-identifier detectors: one entry per HIPAA Safe Harbor identifier shape that can appear in a note.
import { DATE_SOURCE, DAY_MONTH_SOURCE } from './dates';
import { isIbanValid, isLuhnValid, isPlausibleSsn } from './number-checks';
import {
  POPULATION_BEFORE,
  REMOVE,
  STREET_SUFFIX,
  US_STATES,
  hasDigits,
  isPhoneLike,
  type IdentifierDetector,
} from './detector-parts';
import { OTHER_ID_DETECTORS } from './other-id-detectors';
import { PERSON_DETECTORS } from './person-detectors';

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
    category: 'date tied to a patient',
    pattern: new RegExp(`(?<![\\w/.-])(?<value>${DAY_MONTH_SOURCE})(?![\\w/-]|\\.\\d)`, 'gi'),
    message: `This looks like a date in a patient's care. Dates about a patient identify them: keep the year only, or remove it.`,
    isContact: true,
    needsPatientWord: true,
    notAfter: POPULATION_BEFORE,
  },
  {
    category: 'medical record number',
    pattern:
      /\b(?:MRN|MR\s?#|URN|UR(?:\s?(?:no\.?|number|#))?|UHID|CHI\s*(?:no\.?|number)?|(?:medical|health|hospital|case|clinical)\s+record(?:\s+(?:number|no\.?|#))?|record\s*(?:no\.?|number|#)|CR\s*(?:No\.?|#)|(?:hospital|hosp\.?|unit|registration|reg\.?|IP|OP|inpatient|outpatient|file|folder|chart|case|patient|pt|subject|participant|screening|enrol?ment)\s*(?:number|no\.?|#|ID)|(?:patient|pt|subject)\s*ID)\s*[:#.]?\s*(?<value>[A-Z]{0,4}[-/]?\d[\d/-]{2,14}[\dA-Z])\b/gi,
    message: `This looks like a medical record number. ${REMOVE}`,
    isContact: true,
    assumePatient: true,
  },
  {
    category: 'health plan number',
    pattern:
      /\b(?:member\s+(?:ID|number|no\.?)|(?:health\s+)?insurance\s+(?:ID|number|no\.?)|policy\s+(?:number|no\.?)|(?:Medicare|Medicaid)\s+(?:ID|number|no\.?|card)|NHS(?:\s+(?:number|no\.?))?|OHIP|MBI|HICN|Medicare(?:\s+(?:MBI|HICN|card))?|health\s+plan\s+(?:ID|number|no\.?)|(?:member|subscriber|beneficiary)(?:\s+(?:ID|number|no\.?))?)\s*[:#]?\s*(?<value>[A-Z]{0,4}\d[\dA-Z-]*(?:\s\d[\dA-Z-]*){0,3})/gi,
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
      /\b(?:(?:(?:bank|checking|savings)\s+)?account|(?:credit|debit)\s+card|card)\s*(?:number|no\.?|#)\s*[:#]?\s*(?<value>\d[\d -]{4,22}\d)\b|\b(?:acct\.?|a\/c)\s*(?:number|no\.?|#)?\s*[:#]?\s*(?<value2>(?:[A-Z]{1,4}-?)?\d[\d -]{4,22}\d)\b/gi,
    message: `This looks like a bank, card or account number. ${REMOVE}`,
    isContact: true,
    assumePatient: true,
    ownerReach: 30,
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
    isContact: true,
    pattern: /\bfax(?:ed|ing)?\b[^\d\n]{0,40}?(?<value>\+?\(?\d[\d\s().-]{5,18}\d)(?![\w-])/gi,
    message: `This looks like a fax number. ${REMOVE}`,
    isValid: isPhoneLike,
  },
  {
    category: 'phone number',
    isContact: true,
    pattern:
      /\b(?:tel(?:ephone)?|phone|ph|mobile|mob|cell\s*phone|cell(?=\s*[:#])|pager|whats\s*app|call(?:ed)?(?:\s+(?:him|her|them|me|the\s+patient))?\s+(?:at|on))\.?\s*(?:no\.?|number|#)?\s*[:#]?\s*(?<value>\+?\(?\d[\d\s().-]{5,18}\d)(?![\w-])/gi,
    message: `This looks like a phone number. ${REMOVE}`,
    isValid: isPhoneLike,
  },
  {
    category: 'phone number',
    isContact: true,
    pattern:
      /(?<![\w.+-])(?<value>(?:\+?1[\s.-])?(?:\([2-9]\d{2}\)\s?|[2-9]\d{2}[\s.-])[2-9]\d{2}[\s.-]\d{4})(?![\w-]|\.\d)/g,
    message: `This looks like a phone number. ${REMOVE}`,
  },
  {
    category: 'phone number',
    isContact: true,
    pattern:
      /(?<![\w+])(?<value>\+[1-9]\d{0,2}[\s.-]?(?:\(0?\d{1,4}\)[\s.-]?)?\d{1,4}(?:[\s.-]?\d{2,4}){2,4})(?![\w-]|\.\d)/g,
    message: `This looks like a phone number. ${REMOVE}`,
    isValid: hasDigits(8, 15),
  },
  {
    category: 'phone number',
    isContact: true,
    // National formats with a trunk zero: "07700 900218", "0412 887 301", "06-6345-7788", "(02) 9876 5432", "082 555 0143".
    pattern:
      /(?<![\w+.-])(?<![A-Z]{2}\s)(?<value>\(?0\d{1,4}\)?[\s.-]?\d{2,4}(?:[\s.-]?\d{2,4}){1,3})(?![\w-]|\.\d)/g,
    message: `This looks like a phone number. ${REMOVE}`,
    isValid: (value) => hasDigits(9, 12)(value) && isPhoneLike(value),
  },
  {
    category: 'email address',
    isContact: true,
    // The look-behind starts the local part only where a run of its characters starts, so a long run is scanned once.
    pattern:
      /(?<![\w.%+-])(?<value>[\w.%+-]{1,64}@[A-Za-z\d-]{1,63}(?:\.[A-Za-z\d-]{1,63}){0,8}\.[A-Za-z]{2,24})\b/g,
    message: `This looks like an email address. ${REMOVE}`,
  },
  {
    category: 'street address',
    isContact: true,
    pattern: new RegExp(
      `(?<![\\w,.-])(?<value>\\d{1,5}[A-Za-z]?(?:-\\d{1,5})?,?\\s+(?:[NSEW]\\.?\\s+)?(?:(?:[A-Z][a-z'’-]+|\\d{1,3}(?:st|nd|rd|th))\\s+){1,3}${STREET_SUFFIX}\\b\\.?)`,
      'g',
    ),
    message: `This looks like a street address. ${REMOVE}`,
    notAfter: /\b(?:in|since|by|from|during|until|before|after|of)\s+$/i,
  },
  {
    category: 'street address',
    isContact: true,
    pattern:
      /(?<value>\b\d{1,4}(?:\s?(?:bis|ter))?,?\s+(?:rue|avenue|boulevard|bd|allée|chemin|impasse|place|quai|route|via|viale|calle|avenida|rua)\s+(?:(?:d[eiu]s?|de\s+la|della|del|da|do)\s+|d['’]|l['’])?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})/gu,
    message: `This looks like a street address. ${REMOVE}`,
  },
  {
    category: 'street address',
    isContact: true,
    pattern:
      /(?<value>\b\p{Lu}[\p{L}-]*(?:straße|strasse|str\.|gasse|weg|allee|platz)\s+\d{1,4}[a-z]?)(?![\p{L}\d])/gu,
    message: `This looks like a street address. ${REMOVE}`,
  },
  {
    category: 'ZIP code',
    isContact: true,
    // "80335 München", "75011 Paris", "33000 Bordeaux": a five-digit postcode before a town.
    pattern: /(?<![\d-])(?<value>\d{5})\s+\p{Lu}\p{Ll}{2,}/gu,
    message: `This looks like a postal code. ${REMOVE}`,
  },
  {
    category: 'city or town',
    pattern:
      /\b(?:lives|living|resident|resides|residing|home|house|(?:pt|patient)\s+from)\s+(?:in|of|at|to|near)?\s*(?<value>\p{Lu}[\p{L}'’-]+(?:[\s-]\p{Lu}[\p{L}'’-]+){0,2})/gu,
    message: `This looks like where a patient lives. Places smaller than a state or region identify a patient. ${REMOVE}`,
    isContact: true,
  },
  {
    category: 'ZIP code',
    pattern: /\b\p{Lu}[\p{L}]{2,}[\s,-]+(?<value>[1-9]\d{5})(?![\d-])/gu,
    message: `This looks like a postal code (PIN). ${REMOVE}`,
    isContact: true,
  },
  {
    category: 'ZIP code',
    isContact: true,
    pattern: new RegExp(
      `\\b\\p{Lu}[\\p{L}.'’ -]{1,30},\\s*(?:${US_STATES})\\.?\\s+(?<value>\\d{5}(?:-\\d{4})?)(?![\\d-])`,
      'gu',
    ),
    message: `This looks like a ZIP code. ${REMOVE}`,
  },
  {
    category: 'ZIP code',
    isContact: true,
    pattern:
      /\b(?:zip(?:\s*code)?|post\s*code|postal\s+code)\s*[:#]?\s*(?<value>\d{5}(?:-\d{4})?|[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}|[A-Z]\d[A-Z]\s?\d[A-Z]\d|\d{4,5})\b/gi,
    message: `This looks like a ZIP or postal code. ${REMOVE}`,
  },
  {
    category: 'ZIP code',
    isContact: true,
    pattern: /\b(?<value>(?:[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]?|GIR)\s\d[ABD-HJLNP-UW-Z]{2})\b/g,
    message: `This looks like a UK postcode. ${REMOVE}`,
  },
  ...PERSON_DETECTORS,
  ...OTHER_ID_DETECTORS,
];
