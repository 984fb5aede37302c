// The compliance step every free-text save goes through: check, show what was found, and say what the user confirmed.
import { useState } from 'preact/hooks';
import type { ComplianceFinding, ComplianceOptions } from '../lib/compliance';

/** What a save may do after the check: go on or wait for the user, and which adverse-event products were confirmed. */
export interface ComplianceVerdict {
  proceed: boolean;
  /** Present when the user confirmed an adverse-event prompt: the products it named (possibly none). */
  confirmedEvent?: { products: string[] };
}

/**
 * The check runs on every save; when it finds something the save stops and the findings show. Saving again with
 * `confirmed` goes on and reports whether the user confirmed an adverse-event prompt, so the caller marks the record.
 * The check's code is loaded on the first save, not at first paint: its lexicons are a large part of the popup.
 */
export function useComplianceGate(options: ComplianceOptions) {
  const [findings, setFindings] = useState<ComplianceFinding[]>([]);

  async function check(text: string, confirmed: boolean): Promise<ComplianceVerdict> {
    if (confirmed) {
      const events = findings.filter((f) => f.kind === 'adverse-event');
      setFindings([]);
      if (events.length === 0) return { proceed: true };
      const products = [...new Set(events.flatMap((f) => (f.product ? [f.product] : [])))];
      return { proceed: true, confirmedEvent: { products } };
    }
    const { checkText } = await import('../lib/compliance');
    const found = checkText(text, { ...options, now: options.now ?? new Date() });
    setFindings(found);
    return { proceed: found.length === 0 };
  }

  return { findings, check, clear: () => setFindings([]) };
}
