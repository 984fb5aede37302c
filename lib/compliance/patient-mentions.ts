// Tells whether a sentence is about one patient: however referred to ("63-y/o woman", "pt", "his 93-year-old patient", "Mrs K").

/** A patient the speaker knows (theirs, a colleague's, a named one), some single patient, or no one in particular. */
export type PatientMention = 'known' | 'some' | 'none';

const PERSON =
  '(?:patient|pateint|patinet|paitent|pt|man|woman|gentleman|gent|lady|guy|boy|girl|child|kid|infant|baby|neonate|toddler|teen(?:ager)?|adolescent|male|female|individual|person|chap|mum|mom|mother|father|dad|wife|husband|veteran|case|m|f)';
/** An age however typed: "63-y/o", "63yo", "63 yrs", "63-year-old", "ninety-one-year-old", "aged 63", "63M". */
const AGE =
  '(?:\\d{1,3}|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|one hundred)(?:[\\s-](?:one|two|three|four|five|six|seven|eight|nine))?)(?:\\s?-?\\s?(?:y\\/?o|y\\.o\\.?|yo|yr\\/?o|yrs?|years?|year[\\s-]old|years?[\\s-]old|yrs?[\\s-]old)\\b|(?<=\\d)[mf]\\b)';

/** A patient the speaker knows: possessive, a colleague's, a named one. */
const KNOWN: readonly RegExp[] = [
  new RegExp(
    `\\b(?:my|our|his|her|their|your)\\s+(?:(?:own|\\w+-year-old|\\d+\\s?(?:y\\/?o|yo)|elderly|young|older|new|last|first|current|former|index|male|female)\\s+)?(?:patients?|pts?)\\b(?!\\s+(?:population|base|selection|profile|journey|experience|perspective|advocacy|education|support|numbers?|groups?|organi[sz]ations?)\\b)`,
    'g',
  ),
  /\b(?:dr|prof|professor|doctor)\.?\s+[a-z][\w'’.-]*(?:['’]s|'s)\s+(?:[\w-]+\s+)?(?:patients?|pts?)\b/g,
  /\b(?:kol|consultant|oncologist|rheumatologist|neurologist|cardiologist|physician|doctor|gp|nurse|colleague|registrar|resident|fellow|attending|investigator|hcp)['’]?s\s+(?:[\w-]+\s+)?(?:patients?|pts?)\b/g,
  /\b(?:patients?|pts?)\s+(?:of\s+(?:mine|hers|his|theirs|ours|dr\b|prof\b)|(?:under|in)\s+(?:her|his|their|my|our)\s+care)/g,
  /\b(?:i|we|she|he|they)\s+(?:saw|treated|have|had|see|treat|looked\s+after|admitted|reviewed|started|switched|put)\s+(?:a|an|one|another|this)\s+/g,
  /\b(?:mr|mrs|ms|miss|mx|herr|frau|mme|mlle|sr|sra|smt|shri|sri)\.?\s+[a-z]/g,
];

/** Some single patient: "a patient", "the pt", "one 67-year-old woman", "pt" alone, an age, "c/o". */
const SOME: readonly RegExp[] = [
  new RegExp(
    `\\b(?:a|an|one|another|this|that|the|same|single|index|elderly|young)\\s+(?:[\\w/.-]+\\s+){0,3}?${PERSON}\\b(?!['’]?s\\s+(?:population|group)|\\s+(?:population|group|selection|profile|type|journey|experience|perspective|level|outcomes?|preferences?|education|advocacy|support|reported|registry|voice|numbers?|base|organi[sz]ations?)\\b)`,
    'g',
  ),
  new RegExp(`(?<![\\w.])${AGE}`, 'g'),
  /\b(?:pt|pateint|patinet|paitent)\b(?!s|\s*\/)/g,
  // "patient on X had a stroke": a bare singular patient, unless it names a group or a service ("patient education").
  /(?<!\b(?:every|each|any|all|no|typical|such|given|average|ideal|eligible|future|potential)\s+(?:[\w-]+\s+)?)\bpatient\b(?![s'’-])(?!\s+(?:population|group|selection|profile|type|journey|experience|perspective|level|outcomes?|preferences?|education|advocacy|support|reported|registry|voice|numbers?|base|organi[sz]ations?|access|information|leaflet|safety|services?|programme|program|assistance|centred|centered|care|materials?|pathway|forum|panel|engagement|insights?)\b)/g,
  /\bpt\s+(?:was|is|had|has|developed|presented|complained|reported|c\/o|started|stopped|on|with|w\/|admitted|died|got|needed|became)\b/g,
  /\bc\/o\b/g,
  // "Kid (12) on X", "lady in her 60s", "man, 54,".
  /\b(?:kid|child|boy|girl|baby|toddler|infant|teen(?:ager)?|lady|gentleman|gent|man|woman|guy|chap)\s*(?:\(\s*\d{1,3}\s*\)|,?\s+(?:aged\s+)?\d{1,3}\b|in (?:her|his) (?:\d0s|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))/g,
  /\b(?:aged|age)\s+\d{1,3}\b/g,
  /\b(?:she|he)\s+(?:was|is|had|has|developed|presented|complained|got|became|died|needed|started|stopped)\b/g,
];

/** Who a sentence (folded) is about. A group sentence ("3/40 pts") has no single patient even if it says "pt". */
export function findPatientMention(folded: string): PatientMention {
  if (KNOWN.some((p) => matches(p, folded))) return 'known';
  return SOME.some((p) => matches(p, folded)) ? 'some' : 'none';
}

/** A sentence that continues about the patient of an earlier one: "She was admitted on day 3." */
export const CONTINUES_ABOUT_PATIENT =
  /^(?:[-–•*]\s*)?(?:he|she|they|his|her|their|him|the\s+(?:same\s+)?(?:patient|pt|man|woman|lady|gentleman|child)|this\s+(?:patient|pt)|pt|then|later|subsequently|next day|the next|after|within|on day|\d+\s*(?:h|hrs?|hours?|d|days?|wks?|weeks?|months?)\b)/;

function matches(pattern: RegExp, text: string): boolean {
  pattern.lastIndex = 0;
  const found = pattern.test(text);
  pattern.lastIndex = 0;
  return found;
}
