// Short, human-readable renderings of sources for lists and previews (not citations: see lib/briefing).
import type { Author, InsightCategory, Source, SourceKind } from './model';

/** Labels for each kind of source, as an MSL would say them. */
export const KIND_LABELS: Record<SourceKind, string> = {
  'pubmed-abstract': 'PubMed',
  'pmc-article': 'PMC article',
  'journal-article': 'Article',
  preprint: 'Preprint',
  'trial-registry': 'Trial',
  'congress-abstract': 'Congress abstract',
  poster: 'Poster',
  'trial-protocol': 'Trial protocol',
  label: 'Label',
  'web-page': 'Web page',
  bookmark: 'Bookmark',
};

/** "Smith JA, Doe J, Lee K, et al." style author line, first `max` names. */
export function formatAuthorList(authors: Author[], max = 3): string {
  const names = authors.slice(0, max).map((a) => a.name);
  if (authors.length > max) names.push('et al.');
  return names.join(', ');
}

/** Journal (or site) and year, the way a list shows where a work appeared. */
export function formatVenue(source: Pick<Source, 'journal' | 'siteName' | 'year'>): string {
  return [source.journal ?? source.siteName, source.year]
    .filter((part) => part !== undefined && part !== '')
    .join(' · ');
}

/** A capture date as "24 Nov 2026", in the user's locale. */
export function formatDate(epochMs: number, locale?: string): string {
  return new Date(epochMs).toLocaleDateString(locale, { day: 'numeric', month: 'short', year: 'numeric' });
}

/** Links to the public record of each identifier. */
export const IDENTIFIER_LINKS = {
  doi: (id: string) => `https://doi.org/${encodeURI(id)}`,
  pmid: (id: string) => `https://pubmed.ncbi.nlm.nih.gov/${encodeURIComponent(id)}/`,
  nct: (id: string) => `https://clinicaltrials.gov/study/${encodeURIComponent(id)}`,
} as const;

/** A host name for display, or the address itself when it has none. */
export function formatHost(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '') || url;
  } catch {
    return url;
  }
}

/** Lower-case text without diacritics, for matching what a user types against names. */
export function foldForMatch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/** Insight categories as medical affairs names them, in the order a form lists them. */
export const INSIGHT_LABELS: Record<InsightCategory, string> = {
  'unmet-need': 'Unmet need',
  'treatment-patterns': 'Treatment patterns',
  'perception-of-data': 'Perception of data',
  'evidence-gap': 'Evidence gap',
  'competitive-landscape': 'Competitive landscape',
  'trial-design': 'Trial design and recruitment',
  access: 'Access',
  'education-need': 'Education need',
  other: 'Other',
};

/** "1 note", "3 notes", "1 briefing record": a count with its noun in the right number. */
export function countOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}
