// The compliance guard's settings, live, for the options page's note forms: restricted words, products, PV contact.
import { useLiveQuery } from '../../../components/use-live-query';
import * as repo from '../repo';
import type { ComplianceSettings } from '../../../lib/repo/compliance-settings';

const EMPTY: ComplianceSettings = {
  restrictedTerms: [],
  products: [],
  pharmacovigilance: { email: '', phone: '', address: '' },
};

/** The settings; empty until loaded. */
export function useComplianceSettings(): ComplianceSettings {
  return useLiveQuery(() => repo.getComplianceSettings(), []).value ?? EMPTY;
}
