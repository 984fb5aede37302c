// Matches the authors of a clipped work to KOLs: by ORCID first, then by name forms, with the reason.
import type { Author, AuthorPosition, Kol } from '../model';
import { coreFamily, nameReadings, type ParsedName } from './person-name';

/** A suggested link from a clip to a KOL, with why it was suggested. */
export interface KolSuggestion {
  kolId: string;
  /** "ORCID match" or "name match: Smith JA". */
  reason: string;
  via: 'orcid' | 'name';
  /** Index of the matched author in the byline. */
  authorIndex: number;
  position: AuthorPosition;
}

/** First, last or co-author, from an index in a byline of `count` authors. */
export function authorPosition(index: number, count: number): AuthorPosition {
  if (index === 0) return 'first';
  return index === count - 1 ? 'last' : 'co-author';
}

/** Initials agree when one is a prefix of the other ("j" and "ja"); empty initials never match. */
function initialsAgree(a: string, b: string): boolean {
  if (!a || !b) return false;
  return a.startsWith(b) || b.startsWith(a);
}

/** Whether two parsed names can be the same person. */
export function namesMatch(a: ParsedName, b: ParsedName): boolean {
  const sameFamily = a.family.join(' ') === b.family.join(' ') || coreFamily(a) === coreFamily(b);
  if (!sameFamily || !coreFamily(a)) return false;
  if (a.firstGiven && b.firstGiven && a.firstGiven !== b.firstGiven) return false;
  return initialsAgree(a.initials, b.initials);
}

function bareOrcid(value: string | undefined): string | undefined {
  const match = value?.match(/\d{4}-\d{4}-\d{4}-\d{3}[\dX]/i);
  return match?.[0].toUpperCase();
}

/** Suggests KOLs among a work's authors: one suggestion per KOL, ORCID before name. */
export function matchAuthorsToKols(authors: Author[], kols: Kol[]): KolSuggestion[] {
  const suggestions = new Map<string, KolSuggestion>();
  const kolNames = kols.map((kol) => ({
    kol,
    orcid: bareOrcid(kol.orcid),
    names: [kol.name, ...kol.nameVariants].flatMap((n) => nameReadings(n)),
  }));
  authors.forEach((author, index) => {
    const position = authorPosition(index, authors.length);
    const orcid = bareOrcid(author.orcid);
    for (const { kol, orcid: kolOrcid, names } of kolNames) {
      if (suggestions.get(kol.id)?.via === 'orcid') continue;
      if (orcid && kolOrcid && orcid === kolOrcid) {
        suggestions.set(kol.id, {
          kolId: kol.id,
          reason: 'ORCID match',
          via: 'orcid',
          authorIndex: index,
          position,
        });
        continue;
      }
      if (orcid && kolOrcid) continue; // Both have ORCIDs and they differ: a namesake, not this KOL.
      if (suggestions.has(kol.id)) continue;
      const readings = nameReadings(author.name, author);
      if (readings.some((reading) => names.some((name) => namesMatch(reading, name)))) {
        suggestions.set(kol.id, {
          kolId: kol.id,
          reason: `name match: ${author.name}`,
          via: 'name',
          authorIndex: index,
          position,
        });
      }
    }
  });
  return [...suggestions.values()].sort((a, b) => a.authorIndex - b.authorIndex);
}

/** The folded family names under which a set of names can be looked up (both readings of each). */
export function familyKeys(names: { name: string; family?: string; given?: string }[]): string[] {
  const keys = names.flatMap((n) => nameReadings(n.name, n).map(coreFamily)).filter((k) => k.length > 1);
  return [...new Set(keys)];
}

/** The lookup keys of a KOL: family names of its name and every variant. */
export function kolFamilyKeys(kol: Pick<Kol, 'name' | 'nameVariants'>): string[] {
  return familyKeys([kol.name, ...kol.nameVariants].map((name) => ({ name })));
}
