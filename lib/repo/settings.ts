// Preferences kept in the settings table: the company's restricted words for the compliance check.
import type { LiaisonDb } from '../db';
import type { RepoEnv } from '../model';

const RESTRICTED_TERMS = 'restrictedTerms';

/** The company's own restricted words, which the compliance check flags in notes. */
export async function getRestrictedTerms(db: LiaisonDb): Promise<string[]> {
  const setting = await db.settings.get(RESTRICTED_TERMS);
  return Array.isArray(setting?.value) ? setting.value : [];
}

/** Replaces the restricted words: trimmed, without blanks or repeats. */
export async function setRestrictedTerms(
  db: LiaisonDb,
  terms: string[],
  env: Pick<RepoEnv, 'now'>,
): Promise<string[]> {
  const clean = [...new Set(terms.map((t) => t.trim()).filter(Boolean))].slice(0, 500);
  await db.settings.put({ id: RESTRICTED_TERMS, value: clean, updatedAt: env.now() });
  return clean;
}
