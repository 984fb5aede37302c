// The words of adverse-event language: who it happened to, what happened, and what says a sentence is about a group or a hypothesis.

/** Words that may sit between an article and "patient" without making the patient a specific one. */
const GENERIC_PATIENT =
  /\b(?:typical|hypothetical|ideal|eligible|average|given|each|every|any|future|potential|prospective|right|certain|suitable|appropriate|such)\b/i;

/**
 * A patient the speaker knows: "my patient", "her patients", "Dr Chen's patient", "a patient of mine", "I treated a patient".
 * Enough on its own, even in a sentence with a statistic.
 */
export const KNOWN_PATIENT: readonly RegExp[] = [
  /\b(?:my|our|his|her|their)\s+(?:(?!experience|view|opinion|words|mind|hands|estimate|data)[\p{L}-]+\s+)?(?:patients?|pts?)\b(?!-|\s+(?:population|base|selection|profile|journey|experience|perspective|advocacy|education|support|numbers?)\b)/giu,
  /\b(?:Dr|Prof|Professor|Doctor)\.?\s+\p{Lu}[\p{L}'’-]+['’]s\s+(?:[\p{L}-]+\s+)?(?:patients?|pts?)\b(?!-)/gu,
  /\b(?:a|one|another|two|three|several|some)\s+(?:patients?|pts?)\s+(?:of\s+(?:mine|hers|his|theirs|ours)|in\s+(?:my|her|his|our|their)\s+(?:practice|clinic|care|unit|ward|department|service|hospital|centre|center))\b/giu,
  /\b(?:I|we|she|he|they)\s+(?:saw|treated|have|had|see|treat|looked\s+after)\s+(?:a|one|another|two|three|several)\s+(?:patients?|pts?)\b/giu,
  /\b(?:Mr|Mrs|Ms|Miss)\.?\s+\p{Lu}(?:[\p{L}'’-]+|\.)/gu,
];

/** One unnamed patient or case: "a patient", "one 67-year-old woman", "the patient", "a case of". Not enough in group statistics or a hypothesis. */
export const SOME_PATIENT: readonly { pattern: RegExp; unless?: RegExp }[] = [
  {
    pattern:
      /\b(?:a|an|one|another|this|that|the|same|single)\s+(?:[\p{L}\d-]+\s+){0,2}?(?:patient|pt|subject|participant|man|woman|boy|girl|child|infant|baby|gentleman|lady|male|female|individual|person|teenager|adolescent)\b(?!-|\s+(?:population|group|selection|profile|type|journey|experience|perspective|level|outcomes?|preferences?|education|advocacy|support|reported|registry|voice|numbers?)\b)/giu,
    unless: GENERIC_PATIENT,
  },
  { pattern: /\b(?:a|an|one)\s+\d{1,3}[\s-]*(?:year|yr)s?[\s-]*old\b/giu },
  { pattern: /\b(?:a|one|two|three|several|a\s+few|\d+)\s+cases?\s+(?:of|where|in\s+which|with)\b/giu },
];

/** A sentence that continues about the patient of the previous one: "She developed a rash two days later." */
export const CONTINUES_ABOUT_PATIENT =
  /^(?:he|she|they|his|her|their|the\s+(?:same\s+)?patient|this\s+patient|the\s+(?:wo)?man)\b/i;

/** Events that are harmful whatever follows them: death, hospital admission, having to stop the drug. */
export const SERIOUS_EVENT =
  /\b(?:died|passed\s+away|was\s+(?:hospitali[sz]ed|admitted\s+to|intubated|resuscitated|rushed|taken\s+to)|(?:went|ended\s+up)\s+(?:into|in)\s+(?:the\s+)?(?:ER|ED|ICU|hospital|A&E|emergency|shock|anaphyla\w*|cardiac\s+arrest|a\s+coma|liver\s+failure|kidney\s+failure|renal\s+failure)|broke\s+out\s+in|had\s+to\s+(?:stop|discontinue|come\s+off|be\s+taken\s+off|be\s+hospitali[sz]ed|go\s+to\s+(?:the\s+)?(?:ER|ED|hospital|A&E|emergency))|(?:stopped|discontinued|interrupted|held)\s+(?:the\s+|his\s+|her\s+|their\s+)?[\p{L}-]*\s*(?:because|due\s+to)\b)/giu;

/** Past-tense verbs that are a clinical problem in themselves: "fainted", "collapsed", "fell and fractured her wrist". */
export const SYMPTOM_VERB =
  /\b(?:fainted|collapsed|bled|seized|vomited|fell|fractured|passed\s+out|blacked\s+out|stopped\s+breathing|lost\s+consciousness)\b/giu;

/** Past or ongoing events that are adverse only when what follows is a clinical problem: "developed hepatitis", "had a seizure". */
export const EVENT_VERB =
  /\b(?:developed|experienced|suffered|had|got|presented\s+with|complained\s+of|reported|noticed|showed|displayed|was\s+diagnosed\s+with|(?:has|had|have)\s+(?:developed|experienced|suffered|had|been\s+having|seen|observed|noticed)|(?:is|was|were|are)\s+(?:having|experiencing|developing)|seen|saw|observed)\b/giu;

/** Naming an adverse event outright: "side effect", "infusion reaction", "toxicity", "SAE". */
export const ADVERSE_EVENT_NOUNS: readonly RegExp[] = [
  /\b(?:side[\s-]effects?|adverse\s+(?:events?|reactions?|effects?|drug\s+reactions?)|(?:allergic|anaphylactic|infusion|injection[\s-]site|hypersensitivity|skin|drug|severe|serious|bad|systemic)\s+reactions?|toxicity|toxicities|overdose|medication\s+error)\b/giu,
  /\b(?:S?AE|ADR)s?\b/gu,
];

// Clinical problems that read as an adverse event after "developed", "had", "experienced". Diseases by suffix follow.
const CLINICAL_WORDS = [
  'rash(?:es)?',
  'hives',
  'urticaria',
  'itch(?:ing|y)?',
  'pruritus',
  'blister(?:s|ing)?',
  'seizures?',
  'convulsions?',
  'strokes?',
  'heart\\s+attacks?',
  'infarcts?',
  'infarction',
  'arrhythmias?',
  'a-?fib',
  'atrial\\s+fibrillation',
  'palpitations',
  'QTc?\\s+prolongation',
  'prolonged\\s+QTc?',
  'cardiac\\s+arrest',
  'heart\\s+failure',
  'bleed(?:s|ing)?',
  'h(?:a)?emorrhages?',
  'bruising',
  'clots?',
  'thrombos[ie]s',
  'embol(?:ism|i|us)',
  'anaphylaxis',
  'anaphylactic',
  'allergic',
  'swelling',
  'o?edema',
  'angioedema',
  'nausea',
  'vomiting',
  'diarrh(?:o)?ea',
  'constipation',
  'headaches?',
  'migraines?',
  'dizz(?:y|iness)',
  'vertigo',
  'faint(?:ed|ing)?',
  'syncope',
  'fevers?',
  'chills',
  'infections?',
  'sepsis',
  'septic\\s+shock',
  'shock',
  'pneumonia',
  'fatigue',
  'weakness',
  'pain',
  'cramps?',
  'jaundice',
  'liver\\s+(?:injury|damage|failure|toxicity|enzymes?|problems?)',
  'elevated\\s+(?:LFTs|ALT|AST|liver\\s+enzymes|transaminases|bilirubin|creatinine|troponin)',
  'raised\\s+(?:LFTs|ALT|AST|liver\\s+enzymes|transaminases|bilirubin|creatinine)',
  '(?:kidney|renal)\\s+(?:injury|failure|damage|problems?)',
  'hair\\s+loss',
  'alopecia',
  'blurred\\s+vision',
  '(?:vision|visual|hearing)\\s+loss',
  'tinnitus',
  'chest\\s+pain',
  'shortness\\s+of\\s+breath',
  'breathing\\s+problems',
  'dyspn(?:o)?ea',
  'cough',
  'hypotension',
  'low\\s+blood\\s+pressure',
  'hypertensive\\s+crisis',
  'fractures?',
  'a\\s+fall',
  'fell',
  'confusion',
  'delirium',
  'hallucinations?',
  'depression',
  'suicidal',
  'suicide',
  'insomnia',
  'weight\\s+(?:gain|loss)',
  'hypoglyc(?:a)?emia',
  'cytokine\\s+release\\s+syndrome',
  'neurotoxicity',
  'Stevens[\\s-]Johnson',
  'interstitial\\s+lung\\s+disease',
  'a\\s+reaction',
  'flares?',
  'coma',
  'death',
  'overdose',
];
// Abbreviations that are ordinary words in lower case ("ten", "pe"), so matched with their case.
const CLINICAL_ACRONYMS = [
  'MI',
  'DVT',
  'PE',
  'DILI',
  'AKI',
  'CRS',
  'ICANS',
  'SJS',
  'TEN',
  'DRESS',
  'ILD',
  'PML',
  'TLS',
  'HLH',
  'PRES',
];
const CLINICAL_SUFFIXES =
  '[\\p{L}-]+(?:itis|(?:a)?emia|penia|pathy|algia|osis|plegia|rrh(?:o)?ea|rrhages?|cytosis|toxicity)';
/** Words ending like a diagnosis that are not one. */
const NOT_CLINICAL =
  /^(?:diagnosis|prognosis|academia|empathy|sympathy|telepathy|homeopathy|osteopathy|naturopathy|nostalgia|apotheosis|symbiosis|hypnosis)$/i;

/** A clinical problem: one of the words above, a word ending like a diagnosis (-itis, -emia, -penia, -pathy, -osis), or an abbreviation. */
export const CLINICAL_PROBLEMS: readonly RegExp[] = [
  new RegExp(`\\b(?:${CLINICAL_WORDS.join('|')}|${CLINICAL_SUFFIXES})\\b`, 'giu'),
  new RegExp(`\\b(?:${CLINICAL_ACRONYMS.join('|')})\\b`, 'gu'),
];

/** Whether a matched clinical word is a real one (not "diagnosis" or "academia"). */
export function isClinicalWord(word: string): boolean {
  return !NOT_CLINICAL.test(word);
}

/** Just before a clinical word: it is the patient's background condition or a good outcome, not a new event ("patient with colitis", "history of stroke"). */
export const BACKGROUND_BEFORE =
  /(?:\b(?:patients?|pts?|man|woman|child|boy|girl|person|someone|those|people)\s+(?:with|of)|\b(?:history\s+of|prior|previous|pre-?existing|baseline|underlying|known|chronic|treated\s+for|indicated\s+for|for|resolution\s+of|improvement\s+(?:of|in)|remission\s+of|clearance\s+of|control\s+of|reduction\s+(?:of|in)|relief\s+(?:of|from)|risk\s+of|less|fewer|reduced|lower|decreased|improved|resolved|better|rates?\s+of|no|not|without|never|free\s+of|denied|denies)|\bn['’]t)\s+(?:[\p{L}-]+\s+){0,3}$/iu;

/** Just before an event word: negated ("did not have", "has never seen", "without any"). */
export const NEGATED_BEFORE =
  /\b(?:no|not|never|without|none|neither|nor|denied|denies)\s+(?:[\p{L}-]+\s+){0,2}$|n['’]t\s+(?:[\p{L}-]+\s+){0,2}$/iu;

/** A sentence that reports group statistics: trial results, rates, arms. */
export const GROUP_STATISTICS =
  /%|\bn\s*=|\b\d+\s*(?:of|\/)\s*\d+\b|\b(?:incidence|rates?|arms?|placebo|randomi[sz]ed|cohorts?|phase\s+(?:[1-4]|I{1,3}V?|IV)|trials?|stud(?:y|ies)|versus|vs\.?|compared\s+with|hazard|odds|CI|median|mean|per\s+cent|percent)\b/iu;

/** A sentence that asks or supposes rather than reports: "how should she manage a patient who developed a rash?" */
export const HYPOTHETICAL =
  /\b(?:if|whether|suppose|imagine|hypothetical(?:ly)?|how\s+(?:to|should|would|do|does|can|could|best))\b|\?\s*$/iu;
