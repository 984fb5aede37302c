// The company's restricted words for the compliance check, live, for the options page's note forms.
import { useLiveQuery } from '../../../components/use-live-query';
import { openDatabase } from '../../../lib/repo/database';
import { getRestrictedTerms } from '../../../lib/repo/settings';

const db = openDatabase();

/** The restricted words from settings; empty until loaded. */
export function useRestrictedTerms(): string[] {
  return useLiveQuery(() => getRestrictedTerms(db), []).value ?? [];
}
