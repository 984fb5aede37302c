// The compliance guard's settings, live, for the options page's note forms: restricted words, products, PV contact.
import { useLiveQuery } from '../../../components/use-live-query';
import { openDatabase } from '../../../lib/repo/database';
import { getComplianceSettings, type ComplianceSettings } from '../../../lib/repo/compliance-settings';

const db = openDatabase();

const EMPTY: ComplianceSettings = {
  restrictedTerms: [],
  products: [],
  pharmacovigilance: { email: '', phone: '', address: '' },
};

/** The settings; empty until loaded. */
export function useComplianceSettings(): ComplianceSettings {
  return useLiveQuery(() => getComplianceSettings(db), []).value ?? EMPTY;
}
