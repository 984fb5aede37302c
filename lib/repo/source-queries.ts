// Sources as the KOL and area pages see them: linked to a KOL or area, or authored by a KOL.
import type { LiaisonDb } from '../db';
import { kolFamilyKeys, matchAuthorsToKols, type KolSuggestion } from '../match/kol-match';
import type { Kol, Source } from '../model';

const newestFirst = (a: Source, b: Source) => b.capturedAt - a.capturedAt;

/** Sources linked to a KOL, newest clip first. */
export async function listSourcesLinkedToKol(db: LiaisonDb, kolId: string): Promise<Source[]> {
  return (await db.sources.where('kolIds').equals(kolId).toArray()).sort(newestFirst);
}

/** Sources linked to any of the given areas (an area and its sub-areas), newest clip first. */
export async function listSourcesLinkedToAreas(db: LiaisonDb, areaIds: string[]): Promise<Source[]> {
  const found = await db.sources.where('areaIds').anyOf(areaIds).distinct().toArray();
  return found.sort(newestFirst);
}

/** A source the KOL is an author of, with the matched author and position. */
export interface AuthoredSource {
  source: Source;
  match: KolSuggestion;
}

/**
 * Sources whose byline names the KOL (ORCID or name forms), linked or not: looked up through the
 * family-name index, then confirmed author by author.
 */
export async function listSourcesAuthoredByKol(db: LiaisonDb, kol: Kol): Promise<AuthoredSource[]> {
  const keys = kolFamilyKeys(kol);
  if (keys.length === 0) return [];
  const candidates = await db.sources.where('authorKeys').anyOf(keys).distinct().toArray();
  return candidates
    .flatMap((source) => {
      const [match] = matchAuthorsToKols(source.authors, [kol]);
      return match ? [{ source, match }] : [];
    })
    .sort((a, b) => newestFirst(a.source, b.source));
}

/** How many sources are linked to each KOL, for the KOL list. */
export async function countSourcesPerKol(db: LiaisonDb, kolIds: string[]): Promise<Map<string, number>> {
  const counts = await Promise.all(kolIds.map((id) => db.sources.where('kolIds').equals(id).count()));
  return new Map(kolIds.map((id, i) => [id, counts[i] ?? 0]));
}
