// Reads a page's scholarly metadata without Readability: the popup's quick preview, and the fields extractPage completes.
import type { FieldSource, FieldSources, PageMetadata, StructuredAbstract, Work } from '../model';
import { fieldEntries, WORK_FIELDS } from '../work-model';
import { abstractFromDescription } from './abstract';
import { joinAuthorNames } from './authors';
import { readCongress } from './congress';
import { parsePageDate } from './page-date';
import { findNctIds } from './identifiers';
import { EXTRACT_LIMITS } from './limits';
import { KIND_RULES } from './page-kind';
import { cleanText, truncateText } from './plain-text';
import { readMarkup, type Attempt, type Markup } from './read-markup';
import type { ReadableArticle } from './readable';
import { chooseTitleWithOrigin, type TitleOrigin } from './title';
import { mergeLayers, type WorkRecord } from './work-record';

/** What the page's markup says, merged: read before Readability rewrites the document. */
export interface MarkupRecord {
  markup: Markup;
  record: WorkRecord;
  sources: FieldSources;
  abstract?: StructuredAbstract;
}

/** What reading the article adds to the metadata: Readability's fields, and the article's text when it is one. */
export interface ArticleReading {
  article?: ReadableArticle;
  hasArticle: boolean;
  text?: string;
}

/**
 * The scholarly metadata of a page (title, authors, journal, dates, identifiers, abstract, kind,
 * congress) without Readability or DOMPurify: a fraction of extractPage's time on a long article, and
 * the same fields where the page's markup gives them. Never throws; may rewrite `doc` like extractPage.
 */
export function extractMetadata(doc: Document, url: string): PageMetadata {
  const attempt: Attempt = <T>(step: () => T, fallback: T): T => {
    try {
      return step();
    } catch {
      return fallback;
    }
  };
  try {
    return composeMetadata(readMarkupRecord(doc, url, attempt), url, attempt);
  } catch {
    return {
      url,
      kind: 'web-page',
      title: attempt(() => short(doc.title), undefined) ?? url,
      authors: [],
      nct: [],
    };
  }
}

/** Reads every markup layer and merges them; the abstract falls back to the description on scholarly pages. */
export function readMarkupRecord(doc: Document, url: string, attempt: Attempt): MarkupRecord {
  const markup = readMarkup(doc, url, attempt);
  const { record, sources } = mergeLayers(markup.layers);
  const isScholarly = markup.kind !== 'web-page' && markup.kind !== 'trial-registry';
  const described =
    !record.abstract && isScholarly
      ? abstractFromDescription(markup.page.description, record.doi)
      : undefined;
  if (described?.abstract) sources.abstract = 'og';
  return { markup, record, sources, abstract: record.abstract ?? described?.abstract };
}

/** Where a title came from, by the candidate `chooseTitle` picked. */
const TITLE_SOURCE: Record<Exclude<TitleOrigin, 'citation'>, FieldSource> = {
  readability: 'text',
  meta: 'og',
  document: 'text',
  heading: 'text',
  url: 'url',
};

/**
 * The page's fields from its markup and, when the article was read, Readability's title, date, byline,
 * excerpt, site name and language, which fill in what the markup left out.
 */
export function composeMetadata(
  read: MarkupRecord,
  url: string,
  attempt: Attempt,
  reading?: ArticleReading,
): PageMetadata {
  const { markup, record, abstract } = read;
  const sources = { ...read.sources };
  const { kind } = markup;
  const article = reading?.article;
  const chosen = chooseTitleWithOrigin(
    {
      citationTitle: record.title,
      readabilityTitle: article?.title,
      metaTitle: markup.page.altTitle,
      documentTitle: markup.documentTitle,
      headings: markup.headings,
    },
    url,
    kind !== 'web-page',
  );
  sources.title = chosen.origin === 'citation' ? sources.title : TITLE_SOURCE[chosen.origin];
  const readableDate = record.date ? undefined : parsePageDate(article?.publishedTime);
  if (readableDate) sources.published = sources.year = 'text';
  const date = record.date ?? readableDate;
  const authors = (record.authors ?? []).slice(0, EXTRACT_LIMITS.authors);
  // The page's own record or registration: its ids, title, description and abstract (or, without an
  // abstract, the start of its text); trials cited in the body belong to other works.
  const nct = findNctIds(
    ...(record.nct ?? []),
    chosen.title,
    markup.page.description,
    abstract?.text,
    abstract ? undefined : reading?.text?.slice(0, EXTRACT_LIMITS.nctScanChars),
  );
  if (nct.length > 0) sources.nct ??= 'text';
  const congress =
    kind === 'congress-abstract'
      ? attempt(
          () =>
            readCongress({
              known: record.congress ?? {},
              labels: markup.labels,
              doi: record.doi,
              issue: record.issue,
              pages: record.pages,
              year: date?.year,
              texts: [record.title, markup.documentTitle, markup.bodyStart, abstract?.text],
              fallbackName: record.journal ?? markup.page.siteName,
            }),
          undefined,
        )
      : undefined;
  if (congress) sources.congress ??= 'text';
  else delete sources.congress;
  sources.kind = kindSource(markup, sources);

  const page: PageMetadata = { url, kind, title: short(chosen.title) ?? url, authors, nct };
  assignDefined(page, {
    canonicalUrl: markup.canonicalUrl,
    byline: short(authors.length > 0 ? joinAuthorNames(authors) : usableByline(article?.byline)),
    ...carriedFields(record),
    year: date?.year,
    published: date?.iso,
    abstract: abstract ? boundAbstract(abstract) : undefined,
    keywords: record.keywords?.length ? record.keywords.slice(0, EXTRACT_LIMITS.keywords) : undefined,
    congress,
    excerpt: short((reading?.hasArticle ? article?.excerpt : undefined) ?? markup.page.description),
    siteName: short(article?.siteName ?? markup.page.siteName),
    lang: short(article?.lang ?? markup.lang ?? markup.page.lang),
  });
  page.fieldSources = pickSources(sources, page);
  return page;
}

/** The work fields composeMetadata decides itself, from the record and the rest of the page. */
const COMPOSED = new Set<keyof Work>(['kind', 'title', 'authors', 'nct', 'abstract', 'keywords', 'congress']);

/**
 * The other work fields as the merged record gives them (journal, volume, identifiers, and any field added to
 * lib/work-model.ts), one-line text cleaned and cut to size.
 */
function carriedFields(record: WorkRecord): Partial<Work> {
  const carried: Record<string, unknown> = {};
  for (const [field, spec] of fieldEntries<Work>(WORK_FIELDS)) {
    const value: unknown = (record as Record<string, unknown>)[field];
    if (value === undefined || COMPOSED.has(field)) continue;
    carried[field] = spec.type === 'line' && typeof value === 'string' ? short(value) : value;
  }
  return carried as Partial<Work>;
}

/** Where the kind came from: the site adapter, a URL rule, JSON-LD, or the metadata that signalled it. */
function kindSource(markup: Markup, sources: FieldSources): FieldSource | undefined {
  const { signals, kind } = markup;
  if (signals.siteKind) return 'site';
  if (kind === 'web-page') return undefined;
  const byUrl = KIND_RULES.some(
    (rule) => rule.kind === kind && rule.url && signals.urls.some((u) => rule.url?.test(u)),
  );
  if (byUrl) return 'url';
  if (signals.declaredKind === kind) return 'jsonld';
  return sources.congress ?? sources.doi ?? sources.journal ?? sources.issue;
}

/** Only the sources of fields the page ends up with. */
function pickSources(sources: FieldSources, page: PageMetadata): FieldSources {
  const present = (key: string): boolean => {
    const value: unknown = (page as unknown as Record<string, unknown>)[key];
    return value !== undefined && !(Array.isArray(value) && value.length === 0);
  };
  return Object.fromEntries(
    Object.entries(sources).filter(([key, value]) => value && present(key)),
  ) as FieldSources;
}

/** The abstract within EXTRACT_LIMITS.abstract: sections kept whole while they fit, the text cut at a word. */
function boundAbstract(abstract: StructuredAbstract): StructuredAbstract {
  if (abstract.text.length <= EXTRACT_LIMITS.abstract) return abstract;
  let used = 0;
  const sections = abstract.sections.filter(
    (section) => (used += section.text.length + 2) <= EXTRACT_LIMITS.abstract,
  );
  return { text: truncateText(abstract.text, EXTRACT_LIMITS.abstract), sections };
}

/** Readability's byline unless it is a stray letter or number ("a", "1") picked from markup. */
function usableByline(byline: string | undefined): string | undefined {
  return byline && /\p{L}{2,}/u.test(byline) ? byline : undefined;
}

/** A page string cleaned and cut to EXTRACT_LIMITS.shortText; undefined when blank. */
export function short(value: string | undefined): string | undefined {
  const cleaned = cleanText(value);
  return cleaned ? truncateText(cleaned, EXTRACT_LIMITS.shortText) : undefined;
}

/** Copies only the defined fields, so the result carries no `key: undefined` entries. */
export function assignDefined<T extends object>(page: T, fields: Partial<T>): void {
  for (const key of Object.keys(fields) as Array<keyof T>) {
    const value = fields[key];
    if (value !== undefined) page[key] = value as T[keyof T];
  }
}
