// Patient-identifier detectors about the person: ages over 89 (in digits, words or a birth year), photos and names.
import { AGE_OVER_89, AGGREGATE_AGE_BEFORE, REMOVE, type IdentifierDetector } from './detector-parts';

const AGE_MESSAGE = `This gives an age over 89, which can identify a patient. Write "90 or older" instead, or remove it.`;
const UNITS = '(?:one|two|three|four|five|six|seven|eight|nine)';
/** Ages 90 to 119 in words: "ninety-one", "ninety one", "a hundred and two". */
const AGE_IN_WORDS = `(?:ninety(?:[\\s-]${UNITS})?|(?:one|a)\\s+hundred(?:\\s+and)?(?:[\\s-](?:${UNITS}|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen))?)`;
/** An age of someone supposed, not seen: "what if a 95-year-old started it". */
const SUPPOSED_PERSON =
  /\b(?:if|whether|suppose|imagine|would|could|should|say)\s+(?:a|an|one|the|some)?\s*$/i;
/** Names that follow "patient" but are not a name ("patient Group", "patient Education"). */
const NOT_A_NAME =
  /^(?:The|This|That|Group|Education|Support|Advocacy|Journey|Reported|Selection|Information|Leaflet|Population|Care|Safety|Access|Assistance|Programme|Program|Services?|Who|With|On|In|At|Was|Is|Had|Has|Developed|Presented|Started|Stopped|Notes?|Id|ID|No|Number|Record|Mr|Mrs|Ms|Dr|Prof)$/;

/** The detectors of ages, photos and names; they run after the numbered identifiers. */
export const PERSON_DETECTORS: readonly IdentifierDetector[] = [
  {
    category: 'age over 89',
    pattern: new RegExp(
      `\\b(?<value>(?:${AGE_OVER_89}|${AGE_IN_WORDS})[\\s-]*(?:years?|yrs?|y)[\\s-]*old)\\b`,
      'gi',
    ),
    message: AGE_MESSAGE,
    notAfter: new RegExp(`${AGGREGATE_AGE_BEFORE.source}|${SUPPOSED_PERSON.source}`, 'i'),
    notBefore: /^s\b/i,
  },
  {
    category: 'age over 89',
    pattern: new RegExp(
      `\\b(?:aged?|age\\s*:|age\\s+of)\\s*(?<value>${AGE_OVER_89}|${AGE_IN_WORDS})\\b(?!\\s*(?:[-–—+]|to\\b|or\\b|and\\b|(?:years?|yrs?)\\s+(?:or|and)\\b|%|\\.\\d))`,
      'gi',
    ),
    message: AGE_MESSAGE,
    notAfter: AGGREGATE_AGE_BEFORE,
  },
  {
    category: 'age over 89',
    pattern: new RegExp(
      `\\b(?<value>${AGE_OVER_89}[\\s-]?(?:yo|y\\/o|y\\.o\\.?|yrs?\\/o|yr|yrs|y)(?![a-z])|${AGE_OVER_89}\\s?[MF](?![\\w-]))`,
      'gi',
    ),
    message: AGE_MESSAGE,
    notAfter: AGGREGATE_AGE_BEFORE,
  },
  {
    category: 'age over 89',
    pattern: /\b(?<value>nonagenarian|centenarian|in\s+(?:his|her)\s+(?:nineties|90s|hundreds))\b/gi,
    message: AGE_MESSAGE,
  },
  {
    category: 'age over 89',
    pattern:
      /\b(?:born|b\.|year\s+of\s+birth|YOB|birth\s+year|DOB)\s*(?:in|:)?\s*(?<value>(?:18|19|20)\d{2})\b(?![/.-]\d)/gi,
    message: `A birth year that makes a patient over 89 identifies them. Write "90 or older" instead, or remove it.`,
    isValid: (year, now) => now.getFullYear() - Number(year) >= 90,
    notAfter: /\b(?:patients|people|those|all|cohort|cases)\b[^.;\n]{0,30}$/i,
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
    // "patient Mrs Okafor", "pt named Harold", "Dr T's patient, Harold B.,", "name: Jane Roe".
    pattern:
      /\b(?:[Pp]atient|[Pp]t|[Nn]ame)(?:\s+(?:named|called|is)|\s*[:,(-])?\s+(?<value>(?:(?:Mr|Mrs|Ms|Miss|Mx|Master)\.?\s+)?\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}\.?(?![\p{L}]))?(?:\s+\p{Lu}[\p{Ll}'’-]+)?)(?=[\s,.;:)]|$)/gu,
    message: `This looks like a patient's name. ${REMOVE}`,
    isValid: (name) => !NOT_A_NAME.test(name.split(/\s+/)[0] ?? ''),
  },
  {
    category: 'patient name',
    // A title and a surname: "Mrs Okafor", "Mr. J. Brennan". Staff and KOLs are told apart by contact-owner.ts.
    pattern:
      /\b(?<value>(?:Mr|Mrs|Ms|Miss|Mx|Herr|Frau|Mme|Mlle|Sr|Sra|Srta|Smt|Shri|Sri|Kumari|Sig|Sig\.ra|Dona|Señor|Señora)\.?\s+(?:\p{Lu}\.\s*)?\p{Lu}[\p{L}'’-]+(?:[\s-]\p{Lu}[\p{Ll}'’-]+){0,2})/gu,
    message: `This looks like a patient's name. ${REMOVE}`,
    isContact: true,
    assumePatient: true,
    ownerReach: 20,
  },
  {
    category: 'patient name',
    // A full name just before an age or sex, as case notes open: "Nguyen Thi Lan, 45F", "Siobhan O'Neill, 67 y/o".
    pattern:
      /(?<![\p{L}.]\s?)\b(?<value>\p{Lu}[\p{Ll}'’-]+(?:\s\p{Lu}[\p{Ll}'’-]+){1,3})\s*[,(]\s*(?:\d{1,3}\s?[MFmf]\b|\d{1,3}[\s-]?(?:y\/?o|yo|yrs?|years?)\b|aged\s+\d)/gu,
    message: `This looks like a patient's name. ${REMOVE}`,
    isContact: true,
    assumePatient: true,
    isValid: (name) => !NOT_A_NAME.test(name.split(/\s+/)[0] ?? ''),
  },
  {
    category: 'patient name',
    // A first name and an initial, the way case notes shorten a name: "Harold B.", "Priya S".
    pattern:
      /(?<!\b(?:Dr|Prof|Professor|Doctor|Mr|Mrs|Ms|Miss|Sister|Nurse)\.?\s)\b(?<value>\p{Lu}\p{Ll}{2,}\s(?![AIQ]\b)\p{Lu}(?:\.|(?=[,;)]|$)))(?!\s\p{Lu}\p{Ll})/gu,
    message: `This looks like a patient's name. ${REMOVE}`,
    isContact: true,
    isValid: (name) =>
      !NOT_A_NAME.test(name.split(/\s+/)[0] ?? '') &&
      !/^(?:Type|Grade|Phase|Stage|Cohort|Arm|Part|Table|Figure|Day|Week|Cycle|Dose|Vitamin|Hepatitis|Factor|Class|Group|Study|Trial|Room|Hall|Level|Ward|Unit|Block|Site|General|Told|Asked|Sent|Note|Met|Call|Plan|Action|Update|Question|Answer|Section|Appendix|Plan|Option|Version|Schedule|Item|Point|Slide|Page|Gate|Bay|Floor|Suite|Building|Wing|Track|Session|Module|Lane|Line|Route|Zone|Area|Region|Tier)\b/.test(
        name,
      ),
  },
];
