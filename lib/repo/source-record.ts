// Turns an extracted page (untrusted data from a content script) into a bounded Source record.
import type {
  Author,
  CongressInfo,
  ExtractedPage,
  FieldSource,
  FieldSources,
  Source,
  StructuredAbstract,
} from '../model';

/** Upper bounds on what one clip may store, so that a 3 MB page cannot bloat the library. */
export const LIMITS = {
  shortText: 2_000,
  abstract: 20_000,
  articleText: 500_000,
  articleHtml: 1_000_000,
  authors: 500,
  ids: 50,
  abstractSections: 60,
  keywords: 100,
  keyword: 200,
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
    return [
      {
        name,
        family: clean(a.family, 200),
        given: clean(a.given, 200),
        affiliations,
        orcid: clean(a.orcid, 40),
      },
    ];
  });
}

/** An abstract as { text, sections }, each part a bounded string; anything else from the page is dropped. */
function cleanAbstract(value: unknown): StructuredAbstract | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const raw = value as Record<string, unknown>;
  const text = clean(raw.text, LIMITS.abstract);
  if (!text) return undefined;
  const sections = (Array.isArray(raw.sections) ? raw.sections : [])
    .slice(0, LIMITS.abstractSections)
    .flatMap((item: unknown) => {
      if (!item || typeof item !== 'object') return [];
      const section = item as Record<string, unknown>;
      const sectionText = clean(section.text, LIMITS.abstract);
      if (!sectionText) return [];
      const label = clean(section.label, 200);
      return [label ? { label, text: sectionText } : { text: sectionText }];
    });
  return { text, sections: sections.length > 0 ? sections : [{ text }] };
}

function cleanKeywords(value: unknown): string[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const keywords = value.flatMap((x) => clean(x, LIMITS.keyword) ?? []).slice(0, LIMITS.keywords);
  return keywords.length > 0 ? keywords : undefined;
}

function cleanCongress(value: unknown): CongressInfo | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const raw = value as Record<string, unknown>;
  const name = clean(raw.name, 300);
  if (!name) return undefined;
  const congress: CongressInfo = { name };
  const year = cleanYear(raw.year);
  if (year) congress.year = year;
  for (const key of ['abstractNumber', 'session', 'presenter'] as const) {
    const part = clean(raw[key], 300);
    if (part) congress[key] = part;
  }
  return congress;
}

const FIELD_SOURCES = new Set<FieldSource>([
  'site',
  'citation',
  'jsonld',
  'dc',
  'prism',
  'og',
  'url',
  'text',
]);

/** Field origins as recorded at extraction: only known field names (short keys) and known sources. */
function cleanFieldSources(value: unknown): FieldSources | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([key, source]) => /^[a-zA-Z]{1,20}$/.test(key) && FIELD_SOURCES.has(source as FieldSource))
    .slice(0, 40);
  return entries.length > 0 ? (Object.fromEntries(entries) as FieldSources) : undefined;
}

function cleanYear(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value > 1000 && value < 3000
    ? value
    : undefined;
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
    journalAbbrev: clean(page.journalAbbrev, 300),
    publisher: clean(page.publisher, 300),
    year: cleanYear(page.year),
    published: clean(page.published, 40),
    volume: clean(page.volume, 40),
    issue: clean(page.issue, 40),
    pages: clean(page.pages, 40),
    doi: clean(page.doi, 300)?.toLowerCase(),
    pmid: clean(page.pmid, 20),
    pmcid: clean(page.pmcid, 20),
    arxiv: clean(page.arxiv, 40),
    nct,
    abstract: cleanAbstract(page.abstract),
    keywords: cleanKeywords(page.keywords),
    congress: cleanCongress(page.congress),
    fieldSources: cleanFieldSources(page.fieldSources),
    excerpt: clean(page.excerpt, LIMITS.shortText),
    siteName: clean(page.siteName, LIMITS.shortText),
    lang: clean(page.lang, 20),
    articleHtml: clean(page.articleHtml, LIMITS.articleHtml),
    articleText: clean(page.articleText, LIMITS.articleText),
  };
}

/** Fills the fields an existing source lacks from a new clip of the same work; keeps its links. */
export function mergeSourceFields(existing: Source, fields: SourceFields): Source {
  const isEmpty = (value: unknown): boolean =>
    value === undefined || (Array.isArray(value) && value.length === 0);
  const missing = Object.entries(fields).filter(
    ([key, value]) => value !== undefined && isEmpty(existing[key as keyof SourceFields]),
  );
  return { ...existing, ...Object.fromEntries(missing), nct: [...new Set([...existing.nct, ...fields.nct])] };
}
