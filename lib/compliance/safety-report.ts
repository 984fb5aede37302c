// The text of "Copy for the safety report": the events, the suspect products and the reporter, with the patient's identifiers removed.
import type { ComplianceFinding } from './types';

/** Who passed the event on and when, as the MSL would give it to pharmacovigilance. */
export interface SafetyReportContext {
  /** The KOLs linked to the note (the primary reporter is the HCP), by name. */
  reporters: readonly string[];
  /** When the MSL heard of it, ISO date. */
  heardOn: string;
}

/**
 * The four elements of ICH E2D's minimum case, as far as the note gives them. The patient is described only as "a patient":
 * every passage the check found to identify them is replaced by "[removed]", so the copy can be pasted into a safety form.
 */
export function buildSafetyReport(
  text: string,
  findings: readonly ComplianceFinding[],
  context: SafetyReportContext,
): string {
  const events = findings.filter((f) => f.kind === 'adverse-event');
  const products = [...new Set(events.map((f) => f.product).filter((p): p is string => Boolean(p)))];
  const eventWords = [...new Set(events.map((f) => f.match.trim()))];
  const identifiers = findings
    .filter((f) => f.kind === 'patient-identifier')
    .sort((a, b) => b.start - a.start);
  let narrative = text;
  for (const f of identifiers) narrative = `${narrative.slice(0, f.start)}[removed]${narrative.slice(f.end)}`;
  return [
    'Suspected adverse event reported to a medical science liaison',
    `Suspect product: ${products.length > 0 ? products.join(', ') : 'not named in the note'}`,
    `Event: ${eventWords.join('; ')}`,
    'Patient: one identifiable patient (details withheld; identifiers removed below)',
    `Reporter: ${context.reporters.length > 0 ? `${context.reporters.join(', ')} (healthcare professional)` : 'healthcare professional (not named in the note)'}, via the medical science liaison`,
    `Heard on: ${context.heardOn}`,
    '',
    'As written, with identifiers removed:',
    narrative.trim(),
  ].join('\n');
}
