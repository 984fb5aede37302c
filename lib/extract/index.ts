// Reads a page into an ExtractedPage: layered scholarly metadata (site adapters, meta tags, JSON-LD, text) and the sanitized article.
import type { ExtractedPage, FieldSource, FieldSources, StructuredAbstract } from '../model';
import { abstractFromDescription } from './abstract';
import { readArticleBody, type ArticleBody } from './article-body';
import { joinAuthorNames } from './authors';
import { readCongress } from './congress';
import { parsePageDate } from './dates';
import { findNctIds } from './identifiers';
import { KIND_RULES } from './page-kind';
import { cleanText, truncateText } from './plain-text';
import { readMarkup, type Attempt, type Markup } from './read-markup';
import { isArticle, readArticle, type ReadableArticle } from './readable';
import { chooseTitleWithOrigin, type TitleOrigin } from './title';
import { mergeLayers } from './work-record';

/** Bounds of what one extraction returns; the repo bounds stored sources the same way. */
export const EXTRACT_LIMITS = {
  articleHtml: 1_000_000,
  articleText: 500_000,
  abstract: 20_000,
  shortText: 2_000,
  authors: 500,
  keywords: 100,
  /** How much of the article text is searched for trial registration numbers. */
  nctScanChars: 6_000,
} as const;

/** Plain-language warnings, shown to the user as they are. */
export const WARNINGS = {
  noArticle: 'No article found on this page; it can be saved as a bookmark (title and address).',
  failed: 'Part of this page could not be read; what could be read was kept.',
} as const;

/**
 * Reads a document into plain data that can cross from the content script to the extension. Pure:
 * it uses only `doc` and `url` (and a window for DOMPurify), may rewrite `doc` (the content script
 * passes a clone), and never throws: a page that cannot be read still yields its title and address.
 */
export function extractPage(doc: Document, url: string): ExtractedPage {
  const warnings: string[] = [];
  try {
    return readPage(doc, url, warnings);
  } catch {
    return minimalPage(doc, url, [...warnings, WARNINGS.failed]);
  }
}

/** Runs a step; on failure records one warning and returns the fallback, so one bad step costs one field. */
function attemptWith(warnings: string[]): Attempt {
  return <T>(step: () => T, fallback: T): T => {
    try {
      return step();
    } catch {
      if (!warnings.includes(WARNINGS.failed)) warnings.push(WARNINGS.failed);
      return fallback;
    }
  };
}

/** Where a title came from, by the candidate `chooseTitle` picked. */
const TITLE_SOURCE: Record<Exclude<TitleOrigin, 'citation'>, FieldSource> = {
  readability: 'text',
  meta: 'og',
  document: 'text',
  heading: 'text',
  url: 'url',
};

function readPage(doc: Document, url: string, warnings: string[]): ExtractedPage {
  const attempt = attemptWith(warnings);
  const markup = readMarkup(doc, url, attempt);
  const { record, sources } = mergeLayers(markup.layers);
  const { kind } = markup;
  const isScholarly = kind !== 'web-page' && kind !== 'trial-registry';

  const article = attempt<ReadableArticle | undefined>(() => readArticle(doc), undefined);
  const described = !record.abstract && isScholarly ? abstractFromDescription(markup.page.description, record.doi) : undefined;
  if (described?.abstract) sources.abstract = 'og';
  const abstract = record.abstract ?? described?.abstract;
  const body: ArticleBody = article?.html
    ? attempt(() => readArticleBody(doc, article.html ?? '', url, EXTRACT_LIMITS), { warnings: [] })
    : { warnings: [] };
  const hasArticle = isArticle(article, { text: body.text ?? '', isRecord: !!abstract || kind !== 'web-page' });
  if (hasArticle) warnings.push(...body.warnings);
  else warnings.push(WARNINGS.noArticle);
  const text = hasArticle ? body.text : undefined;

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
  const nct = findNctIds(...(record.nct ?? []), chosen.title, markup.page.description, abstract?.text,
    abstract ? undefined : text?.slice(0, EXTRACT_LIMITS.nctScanChars));
  if (nct.length > 0) sources.nct ??= 'text';
  const congress = kind === 'congress-abstract'
    ? attempt(() => readCongress({
      known: record.congress ?? {},
      labels: markup.labels,
      doi: record.doi,
      issue: record.issue,
      pages: record.pages,
      year: date?.year,
      texts: [record.title, markup.documentTitle, markup.bodyStart, abstract?.text],
      fallbackName: record.journal ?? markup.page.siteName,
    }), undefined)
    : undefined;
  if (congress) sources.congress ??= 'text';
  else delete sources.congress;
  sources.kind = kindSource(markup, sources);

  const page: ExtractedPage = { url, kind, title: short(chosen.title) ?? url, authors, nct, hasArticle, warnings };
  assign(page, {
    canonicalUrl: markup.canonicalUrl,
    byline: short(authors.length > 0 ? joinAuthorNames(authors) : usableByline(article?.byline)),
    journal: short(record.journal),
    journalAbbrev: short(record.journalAbbrev),
    publisher: short(record.publisher),
    year: date?.year,
    published: date?.iso,
    volume: short(record.volume),
    issue: short(record.issue),
    pages: short(record.pages),
    doi: record.doi,
    pmid: record.pmid,
    pmcid: record.pmcid,
    arxiv: record.arxiv,
    abstract: abstract ? boundAbstract(abstract) : undefined,
    keywords: record.keywords?.length ? record.keywords.slice(0, EXTRACT_LIMITS.keywords) : undefined,
    congress,
    excerpt: short((hasArticle ? article?.excerpt : undefined) ?? markup.page.description),
    siteName: short(article?.siteName ?? markup.page.siteName),
    lang: short(article?.lang ?? markup.lang ?? markup.page.lang),
    articleHtml: hasArticle ? body.html : undefined,
    articleText: text,
  });
  page.fieldSources = pickSources(sources, page);
  return page;
}

/** Where the kind came from: the site adapter, a URL rule, JSON-LD, or the metadata that signalled it. */
function kindSource(markup: Markup, sources: FieldSources): FieldSource | undefined {
  const { signals, kind } = markup;
  if (signals.siteKind) return 'site';
  if (kind === 'web-page') return undefined;
  const byUrl = KIND_RULES.some((rule) => rule.kind === kind && rule.url && signals.urls.some((u) => rule.url?.test(u)));
  if (byUrl) return 'url';
  if (signals.declaredKind === kind) return 'jsonld';
  return sources.congress ?? sources.doi ?? sources.journal ?? sources.issue;
}

/** Only the sources of fields the page ends up with. */
function pickSources(sources: FieldSources, page: ExtractedPage): FieldSources {
  const present = (key: string): boolean => {
    const value: unknown = (page as unknown as Record<string, unknown>)[key];
    return value !== undefined && !(Array.isArray(value) && value.length === 0);
  };
  return Object.fromEntries(Object.entries(sources).filter(([key, value]) => value && present(key))) as FieldSources;
}

/** The abstract within EXTRACT_LIMITS.abstract: sections kept whole while they fit, the text cut at a word. */
function boundAbstract(abstract: StructuredAbstract): StructuredAbstract {
  if (abstract.text.length <= EXTRACT_LIMITS.abstract) return abstract;
  let used = 0;
  const sections = abstract.sections.filter((section) => (used += section.text.length + 2) <= EXTRACT_LIMITS.abstract);
  return { text: truncateText(abstract.text, EXTRACT_LIMITS.abstract), sections };
}

/** The page as a bookmark: title and address only, for when reading the page failed. */
function minimalPage(doc: Document, url: string, warnings: string[]): ExtractedPage {
  let title: string | undefined;
  try {
    title = cleanText(doc.title);
  } catch {
    title = undefined;
  }
  return {
    url,
    kind: 'web-page',
    title: short(title) ?? url,
    authors: [],
    nct: [],
    hasArticle: false,
    warnings: [...warnings, WARNINGS.noArticle],
  };
}

/** Readability's byline unless it is a stray letter or number ("a", "1") picked from markup. */
function usableByline(byline: string | undefined): string | undefined {
  return byline && /\p{L}{2,}/u.test(byline) ? byline : undefined;
}

function short(value: string | undefined): string | undefined {
  const cleaned = cleanText(value);
  return cleaned ? truncateText(cleaned, EXTRACT_LIMITS.shortText) : undefined;
}

/** Copies only the defined fields, so the result carries no `key: undefined` entries. */
function assign(page: ExtractedPage, fields: Partial<ExtractedPage>): void {
  for (const key of Object.keys(fields) as Array<keyof ExtractedPage>) {
    const value = fields[key];
    if (value !== undefined) (page as unknown as Record<string, unknown>)[key] = value;
  }
}
