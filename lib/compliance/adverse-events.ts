// Finds sentences that report a suspected side effect in a specific patient, as opposed to trial statistics or questions.
import {
  ADVERSE_EVENT_NOUNS,
  BACKGROUND_BEFORE,
  CLINICAL_PROBLEMS,
  CONTINUES_ABOUT_PATIENT,
  EVENT_VERB,
  GROUP_STATISTICS,
  HYPOTHETICAL,
  KNOWN_PATIENT,
  NEGATED_BEFORE,
  SERIOUS_EVENT,
  SOME_PATIENT,
  SYMPTOM_VERB,
  isClinicalWord,
} from './adverse-event-lexicon';
import { splitSentences } from './sentences';
import type { ComplianceFinding } from './types';

/** Who a sentence is about: a patient the speaker knows, some single patient or case, or nobody in particular. */
export type PatientMention = 'known' | 'some' | 'none';

/** The reminder every adverse-event finding carries. */
export const ADVERSE_EVENT_MESSAGE =
  "This sounds like a suspected side effect in a specific patient (an adverse event). Report it through your company's pharmacovigilance (drug safety) channel within the required timelines, and keep the patient's details out of this note.";

const LOOK_BACK = 40;

/**
 * Sentences that report an adverse event: a specific patient, plus a serious event or an event verb with a clinical problem.
 * Published statistics ("grade 3 events in 12% of patients") name no specific patient and are left alone; a single case inside
 * group statistics ("one patient (0.5%) died") is too, unless the speaker knows the patient ("my patient").
 */
export function findAdverseEvents(text: string): ComplianceFinding[] {
  const findings: ComplianceFinding[] = [];
  let previous: PatientMention = 'none';
  for (const sentence of splitSentences(text)) {
    let patient = findPatientMention(sentence.text);
    if (patient === 'none' && CONTINUES_ABOUT_PATIENT.test(sentence.text)) patient = previous;
    previous = patient;
    if (patient === 'none' || HYPOTHETICAL.test(sentence.text)) continue;
    if (patient === 'some' && GROUP_STATISTICS.test(sentence.text)) continue;
    if (!describesAdverseEvent(sentence.text)) continue;
    findings.push({
      kind: 'adverse-event',
      category: 'adverse event',
      match: sentence.text,
      start: sentence.start,
      end: sentence.end,
      message: ADVERSE_EVENT_MESSAGE,
    });
  }
  return findings;
}

/** Whether a sentence is about a patient the speaker knows, some single patient, or no one in particular. */
export function findPatientMention(sentence: string): PatientMention {
  if (KNOWN_PATIENT.some((pattern) => hasMatch(sentence, pattern))) return 'known';
  const some = SOME_PATIENT.some(({ pattern, unless }) =>
    [...sentence.matchAll(pattern)].some((m) => !unless?.test(m[0])),
  );
  return some ? 'some' : 'none';
}

/** Whether a sentence says something harmful happened: a serious event, a symptom verb ("fainted"), or an event verb with a new clinical problem or a named side effect. */
export function describesAdverseEvent(sentence: string): boolean {
  const isAsserted = (m: RegExpMatchArray) => !NEGATED_BEFORE.test(before(sentence, m));
  if ([SERIOUS_EVENT, SYMPTOM_VERB].some((pattern) => [...sentence.matchAll(pattern)].some(isAsserted)))
    return true;
  const sideEffects = ADVERSE_EVENT_NOUNS.flatMap((pattern) => [...sentence.matchAll(pattern)]).filter(
    isAsserted,
  );
  if (sideEffects.some((m) => /\bwith\s+(?:an?\s+)?(?:[\p{L}-]+\s+)?$/iu.test(before(sentence, m))))
    return true;
  if (![...sentence.matchAll(EVENT_VERB)].some(isAsserted)) return false;
  const problems = CLINICAL_PROBLEMS.flatMap((pattern) => [...sentence.matchAll(pattern)]).filter(
    (m) => isClinicalWord(m[0]) && !BACKGROUND_BEFORE.test(before(sentence, m)),
  );
  return problems.length > 0 || sideEffects.length > 0;
}

function before(sentence: string, m: RegExpMatchArray): string {
  const at = m.index ?? 0;
  return sentence.slice(Math.max(0, at - LOOK_BACK), at);
}

function hasMatch(text: string, pattern: RegExp): boolean {
  pattern.lastIndex = 0;
  const found = pattern.test(text);
  pattern.lastIndex = 0;
  return found;
}
