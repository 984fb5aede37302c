// Reads a page into an ExtractedPage: scholarly meta tags, identifiers, and the sanitized article.
import type { ExtractedPage } from '../model';
import { abstractFromDescription, findAbstractInDom, stripAbstractLabel } from './abstract';
import { readArticleBody, type ArticleBody } from './article-body';
import { joinAuthorNames } from './authors';
import { readCitationLine } from './citation-line';
import { defuseClobbering } from './clobbering';
import { parsePageDate } from './dates';
import { findDoiInScripts, findDoiInUrl, findNctIds, findPmidInUrl } from './identifiers';
import { readMetaTags } from './meta-tags';
import { classifyPage } from './page-kind';
import { cleanText, truncateText } from './plain-text';
import { isArticle, readArticle, type ReadableArticle } from './readable';
import { readScholarlyMeta, type ScholarlyMeta } from './scholarly-meta';
import { chooseTitle, readHeadings } from './title';

/** Bounds of what one extraction returns; the repo bounds stored sources the same way. */
export const EXTRACT_LIMITS = {
  articleHtml: 1_000_000,
  articleText: 500_000,
  abstract: 20_000,
  shortText: 2_000,
  authors: 500,
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
function attempt<T>(warnings: string[], step: () => T, fallback: T): T {
  try {
    return step();
  } catch {
    if (!warnings.includes(WARNINGS.failed)) warnings.push(WARNINGS.failed);
    return fallback;
  }
}

/** What the page's own markup says, read before Readability rewrites the document. */
interface Markup {
  meta: ScholarlyMeta;
  canonicalUrl?: string;
  abstract?: string;
  documentTitle?: string;
  lang?: string;
  headings: string[];
}

function readMarkup(doc: Document, url: string, warnings: string[]): Markup {
  attempt(warnings, () => defuseClobbering(doc), 0);
  const noMeta: ScholarlyMeta = { authors: [] };
  const meta = attempt(warnings, () => readScholarlyMeta(readMetaTags(doc)), noMeta);
  // The DOM typings say documentElement is never null; in an empty document it is.
  const root = doc.documentElement as HTMLElement | null;
  return {
    meta,
    canonicalUrl: attempt(warnings, () => readCanonicalUrl(doc, url, meta.canonical), undefined),
    abstract: attempt(warnings, () => findAbstractInDom(doc), undefined),
    documentTitle: attempt(warnings, () => cleanText(doc.title), undefined),
    lang: attempt(warnings, () => cleanText(root?.getAttribute('lang')), undefined),
    headings: attempt(warnings, () => readHeadings(doc), []),
  };
}

function readPage(doc: Document, url: string, warnings: string[]): ExtractedPage {
  const { meta, canonicalUrl, abstract: domAbstract, documentTitle, lang: htmlLang, headings } = readMarkup(
    doc,
    url,
    warnings,
  );
  const urls = [url, canonicalUrl].filter((u): u is string => !!u);
  const citationLine = readCitationLine(meta.description);
  const doi = meta.doi ?? firstOf(urls, findDoiInUrl) ?? citationLine?.doi
    ?? attempt(warnings, () => findDoiInScripts(doc), undefined);
  const pmid = meta.pmid ?? firstOf(urls, findPmidInUrl);
  const journal = meta.journal ?? citationLine?.journal;
  const kind = classifyPage({ urls, journal, doi, conference: meta.conference });
  const isScholarly = kind !== 'web-page' && kind !== 'trial-registry';

  const article = attempt<ReadableArticle | undefined>(warnings, () => readArticle(doc), undefined);
  const abstract = (meta.abstract ? stripAbstractLabel(meta.abstract) : undefined) ?? domAbstract
    ?? (isScholarly ? abstractFromDescription(meta.description, doi) : undefined);
  const body: ArticleBody = article?.html
    ? attempt(warnings, () => readArticleBody(doc, article.html ?? '', url, EXTRACT_LIMITS), { warnings: [] })
    : { warnings: [] };
  const hasArticle = isArticle(article, { text: body.text ?? '', isRecord: !!abstract || kind !== 'web-page' });
  if (hasArticle) warnings.push(...body.warnings);
  else warnings.push(WARNINGS.noArticle);
  const text = hasArticle ? body.text : undefined;

  const title = chooseTitle(
    {
      citationTitle: meta.title,
      readabilityTitle: article?.title,
      metaTitle: meta.altTitle,
      documentTitle,
      headings,
    },
    url,
    kind !== 'web-page',
  );
  const date = meta.date ?? parsePageDate(article?.publishedTime) ?? citationLine?.date;
  const authors = meta.authors.slice(0, EXTRACT_LIMITS.authors);
  // The page's own record or registration: its address, title, description and abstract, and the start
  // of its text; trials cited further down belong to other works.
  const nct = findNctIds(...urls, title, meta.description, abstract, text?.slice(0, EXTRACT_LIMITS.nctScanChars));

  const page: ExtractedPage = {
    url,
    kind,
    title: short(title) ?? url,
    authors,
    nct,
    hasArticle,
    warnings,
  };
  assign(page, {
    canonicalUrl,
    byline: short(authors.length > 0 ? joinAuthorNames(authors) : usableByline(article?.byline)),
    journal: short(journal),
    year: date?.year,
    published: date?.iso,
    doi,
    pmid,
    abstract: abstract ? truncateText(abstract, EXTRACT_LIMITS.abstract) : undefined,
    excerpt: short((hasArticle ? article?.excerpt : undefined) ?? meta.description),
    siteName: short(article?.siteName ?? meta.siteName),
    lang: short(article?.lang ?? htmlLang ?? meta.lang),
    articleHtml: hasArticle ? body.html : undefined,
    articleText: text,
  });
  return page;
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

/** `<link rel=canonical>` or og:url, made absolute; only http(s) addresses are kept. */
function readCanonicalUrl(doc: Document, url: string, ogUrl: string | undefined): string | undefined {
  const link = Array.from(doc.querySelectorAll('link[rel]')).find((el) =>
    (el.getAttribute('rel') ?? '').toLowerCase().split(/\s+/).includes('canonical'),
  );
  for (const candidate of [link?.getAttribute('href'), ogUrl]) {
    if (!candidate?.trim()) continue;
    try {
      const absolute = new URL(candidate.trim(), url);
      if (absolute.protocol === 'http:' || absolute.protocol === 'https:') return absolute.href;
    } catch {
      // not a URL: try the next candidate
    }
  }
  return undefined;
}

/** Readability's byline unless it is a stray letter or number ("a", "1") picked from markup. */
function usableByline(byline: string | undefined): string | undefined {
  return byline && /\p{L}{2,}/u.test(byline) ? byline : undefined;
}

function firstOf(values: readonly string[], read: (value: string) => string | undefined): string | undefined {
  for (const value of values) {
    const found = read(value);
    if (found) return found;
  }
  return undefined;
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
