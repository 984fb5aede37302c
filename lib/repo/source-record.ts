// Turns an extracted page (untrusted data from a content script) into a bounded Source record.
import type { Author, ExtractedPage, Source } from '../model';

/** Upper bounds on what one clip may store, so that a 3 MB page cannot bloat the library. */
export const LIMITS = {
  shortText: 2_000,
  abstract: 20_000,
  articleText: 500_000,
  articleHtml: 1_000_000,
  authors: 500,
  ids: 50,
} as const;

function clean(value: unknown, max: number): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed ? trimmed.slice(0, max) : undefined;
}

function cleanAuthors(value: unknown): Author[] {
  if (!Array.isArray(value)) return [];
  return value.slice(0, LIMITS.authors).flatMap((raw: unknown): Author[] => {
    if (!raw || typeof raw !== 'object') return [];
    const a = raw as Record<string, unknown>;
    const name = clean(a.name, LIMITS.shortText);
    if (!name) return [];
    const affiliations = Array.isArray(a.affiliations)
      ? a.affiliations.flatMap((x) => clean(x, LIMITS.shortText) ?? []).slice(0, 20)
      : [];
    return [{ name, family: clean(a.family, 200), given: clean(a.given, 200), affiliations, orcid: clean(a.orcid, 40) }];
  });
}

function cleanYear(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value > 1000 && value < 3000 ? value : undefined;
}

/** The fields of a source that come from the page, bounded and type-checked. */
export type SourceFields = Omit<Source, 'id' | 'kolIds' | 'areaIds' | 'capturedAt' | 'updatedAt'>;

/** Checks and bounds every field of an extracted page before it is stored. */
export function toSourceFields(page: ExtractedPage): SourceFields {
  const nct = Array.isArray(page.nct) ? page.nct.flatMap((x) => clean(x, 20) ?? []).slice(0, LIMITS.ids) : [];
  return {
    url: clean(page.url, LIMITS.shortText) ?? 'about:blank',
    canonicalUrl: clean(page.canonicalUrl, LIMITS.shortText),
    kind: page.kind,
    title: clean(page.title, LIMITS.shortText) ?? clean(page.url, LIMITS.shortText) ?? 'Untitled page',
    byline: clean(page.byline, LIMITS.shortText),
    authors: cleanAuthors(page.authors),
    journal: clean(page.journal, LIMITS.shortText),
    year: cleanYear(page.year),
    published: clean(page.published, 40),
    doi: clean(page.doi, 300)?.toLowerCase(),
    pmid: clean(page.pmid, 20),
    nct,
    abstract: clean(page.abstract, LIMITS.abstract),
    excerpt: clean(page.excerpt, LIMITS.shortText),
    siteName: clean(page.siteName, LIMITS.shortText),
    lang: clean(page.lang, 20),
    articleHtml: clean(page.articleHtml, LIMITS.articleHtml),
    articleText: clean(page.articleText, LIMITS.articleText),
  };
}

/** Fills the fields an existing source lacks from a new clip of the same work; keeps its links. */
export function mergeSourceFields(existing: Source, fields: SourceFields): Source {
  const isEmpty = (value: unknown): boolean => value === undefined || (Array.isArray(value) && value.length === 0);
  const missing = Object.entries(fields).filter(
    ([key, value]) => value !== undefined && isEmpty(existing[key as keyof SourceFields]),
  );
  return { ...existing, ...Object.fromEntries(missing), nct: [...new Set([...existing.nct, ...fields.nct])] };
}
