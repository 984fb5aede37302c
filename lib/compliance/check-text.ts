// The compliance check run before a note is saved: patient identifiers, adverse-event language and the company's restricted terms.
import { findAdverseEvents } from './adverse-events';
import { findPatientIdentifiers } from './identifiers';
import { findRestrictedTerms } from './restricted-terms';
import type { ComplianceFinding, ComplianceOptions } from './types';

/**
 * Everything in a note the user should look at before saving it, in text order. Runs locally and quickly (regular expressions
 * and lexicons), so it can run on every save. An empty array means nothing was found, not that the note is compliant.
 */
export function checkText(text: string, options: ComplianceOptions = {}): ComplianceFinding[] {
  const findings = [
    ...findPatientIdentifiers(text, options.now),
    ...findAdverseEvents(text, options.products ?? []),
    ...findRestrictedTerms(text, options.restrictedTerms ?? []),
  ];
  return findings.sort((a, b) => a.start - b.start || b.end - a.end);
}
