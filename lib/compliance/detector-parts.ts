// The shape of a patient-identifier detector and the pieces its patterns share (labels, digit checks, aggregate contexts).
/** One way a patient identifier shows up in free text, and the context that says it is something else. */
export interface IdentifierDetector {
  /** A plain label shown to the user ('phone number'). */
  category: string;
  /** A global pattern; its `value` group (or the whole match) is what the user should remove, the rest is the label around it. */
  pattern: RegExp;
  /** What the user should do, in plain words. */
  message: string;
  /** A check on the value itself (check digits, digit counts). */
  isValid?: (value: string, now: Date) => boolean;
  /** Text just before the match that shows it is not about one person ("mean age", "patients born"). */
  notAfter?: RegExp;
  /** Text just after the match that shows it is not about one person ("90-year-olds", "aged 90 or older"). */
  notBefore?: RegExp;
  /**
   * Contact details and addresses: reported only when they belong to a patient, not to the KOL, their staff, an institution,
   * the company or a conference line (see contact-owner.ts).
   */
  isContact?: boolean;
  /** With `isContact`: reported only when an owner word says it is a patient's, never by default (dates of meetings abound). */
  needsPatientWord?: boolean;
  /** With `isContact`: personal by nature (a licence, a plate, "Mrs Okafor"), so reported unless a professional owns it. */
  assumePatient?: boolean;
  /** With `isContact`: how far back owner words count (a name's own phrase is shorter than a phone number's sentence). */
  ownerReach?: number;
}

export const REMOVE = 'If it is about a patient, remove it: patient data must not be stored in Liaison.';
export const digitCount = (value: string): number => value.replace(/\D/g, '').length;
export const hasDigits =
  (min: number, max = 20) =>
  (value: string) =>
    digitCount(value) >= min && digitCount(value) <= max;
/** A labelled number that is really a date ("faxed on 12.03.2024"). */
export const isDateShaped = (value: string) =>
  /^\d{1,2}[\s./-]\d{1,2}[\s./-](?:\d{2}|\d{4})$/.test(value.trim());
export const isPhoneLike = (value: string) => hasDigits(7, 15)(value) && !isDateShaped(value);

/** A population noun shortly before the match: the text is about a group ("infants born in March 2020"), not one person. */
export const POPULATION_BEFORE =
  /\b(?:patients|participants|subjects|people|persons|individuals|adults|children|infants|babies|neonates|women|men|cases|cohorts?|those|all|any)\b[^.;\n]{0,30}$/i;
/** Summary statistics or bounds before an age: "mean age 91", "over 90 years old". */
export const AGGREGATE_AGE_BEFORE =
  /(?:\b(?:mean|median|average|max(?:imum)?|min(?:imum)?|oldest|youngest|range|IQR|SD|over|above|under|older than|younger than|at least|up to)\b|[≥>≤<])[^.;\n]{0,12}$/i;
export const US_STATES =
  'A[LKZR]|C[AOT]|D[EC]|FL|GA|HI|I[DLNA]|K[SY]|LA|M[EDAINSOT]|N[EVHJMYCD]|O[HKR]|PA|RI|S[CD]|T[NX]|UT|V[TA]|W[AVIY]|PR';
export const STREET_SUFFIX =
  '(?:Street|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Court|Ct|Place|Pl|Terrace|Parkway|Pkwy|Highway|Hwy|Circle|Way|Close|Crescent|Square|(?:St|Dr)(?!\\.?\\s+[A-Z][a-z]))';
export const AGE_OVER_89 = '(?:9\\d|1[01]\\d)';
