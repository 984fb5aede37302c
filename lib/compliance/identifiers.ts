// Runs the identifier table over a text and turns its matches into findings, skipping scholarly numbers and group statistics.
import { isPatientsContact } from './contact-owner';
import type { IdentifierDetector } from './detector-parts';
import { IDENTIFIER_DETECTORS } from './identifier-detectors';
import { findScientificSpans, overlapsAny } from './scientific-spans';
import { splitSentences } from './sentences';
import type { ComplianceFinding, TextSpan } from './types';

const CONTEXT = 40;
/** A note that speaks of a patient: contact details with no other owner in their sentence are taken as the patient's. */
const PATIENT_CONTEXT =
  /\b(?:patient|pt|c\/o|y\/?o|yo|year[\s-]old|admitted|hospitali[sz]ed|discharged)\b(?!s)/i;
/** A note that says it is about no one in particular: "general question, no specific patient". */
const NO_PATIENT =
  /\b(?:no|not about a|not about any|without a)\s+(?:specific|particular|actual|individual|real|named)\s+(?:patient|pt|case)|\bgeneral (?:question|query|enquiry|request)\b/i;

/** Patient identifiers in the text, in order; each passage is reported once, by the most specific detector. */
export function findPatientIdentifiers(
  text: string,
  now: Date = new Date(),
  detectors: readonly IdentifierDetector[] = IDENTIFIER_DETECTORS,
): ComplianceFinding[] {
  const scholarly = findScientificSpans(text);
  const noteMentionsPatient = PATIENT_CONTEXT.test(text) && !NO_PATIENT.test(text);
  const sentences = splitSentences(text);
  const taken: TextSpan[] = [];
  const findings: ComplianceFinding[] = [];
  for (const detector of detectors) {
    for (const m of text.matchAll(withIndices(detector.pattern))) {
      const [start, end] = m.indices?.groups?.value ??
        m.indices?.groups?.value2 ?? [m.index, m.index + m[0].length];
      const value = text.slice(start, end);
      const span = { start, end };
      if (overlapsAny(span, scholarly) || overlapsAny(span, taken)) continue;
      if (detector.isValid && !detector.isValid(value, now)) continue;
      if (detector.notAfter?.test(text.slice(Math.max(0, m.index - CONTEXT), m.index))) continue;
      if (detector.notBefore?.test(text.slice(m.index + m[0].length, m.index + m[0].length + CONTEXT)))
        continue;
      const unsure = detector.assumePatient || (noteMentionsPatient && !detector.needsPatientWord);
      if (
        detector.isContact &&
        !isPatientsContact(text, { start: m.index, end }, unsure, sentences, detector.ownerReach)
      )
        continue;
      taken.push(span);
      findings.push({
        kind: 'patient-identifier',
        category: detector.category,
        match: value,
        ...span,
        message: detector.message,
      });
    }
  }
  return findings.sort((a, b) => a.start - b.start);
}

const withIndicesCache = new WeakMap<RegExp, RegExp>();

// The same pattern with the `d` flag, so that the offsets of the `value` group are known exactly.
function withIndices(pattern: RegExp): RegExp {
  let compiled = withIndicesCache.get(pattern);
  if (!compiled) {
    compiled = pattern.hasIndices ? pattern : new RegExp(pattern.source, `${pattern.flags}d`);
    withIndicesCache.set(pattern, compiled);
  }
  return compiled;
}
