// Reads a page into an ExtractedPage: layered scholarly metadata (site adapters, meta tags, JSON-LD, text) and the sanitized article.
import type { ExtractedPage } from '../model';
import { readArticleBody, type ArticleBody } from './article-body';
import { EXTRACT_LIMITS, WARNINGS } from './limits';
import { assignDefined, composeMetadata, readMarkupRecord, short } from './metadata';
import { cleanText } from './plain-text';
import type { Attempt } from './read-markup';
import { isArticle, readArticle, type ReadableArticle } from './readable';

export { EXTRACT_LIMITS, WARNINGS } from './limits';
export { extractMetadata } from './metadata';

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

function readPage(doc: Document, url: string, warnings: string[]): ExtractedPage {
  const attempt = attemptWith(warnings);
  // The markup is read first: Readability rewrites the document.
  const read = readMarkupRecord(doc, url, attempt);
  const { kind } = read.markup;
  const article = attempt<ReadableArticle | undefined>(() => readArticle(doc), undefined);
  const body: ArticleBody = article?.html
    ? attempt(() => readArticleBody(doc, article.html ?? '', url, EXTRACT_LIMITS), { warnings: [] })
    : { warnings: [] };
  const hasArticle = isArticle(article, {
    text: body.text ?? '',
    isRecord: !!read.abstract || kind !== 'web-page',
  });
  if (hasArticle) warnings.push(...body.warnings);
  else warnings.push(WARNINGS.noArticle);
  const text = hasArticle ? body.text : undefined;

  const page: ExtractedPage = {
    ...composeMetadata(read, url, attempt, { article, hasArticle, text }),
    hasArticle,
    warnings,
  };
  assignDefined(page, { articleHtml: hasArticle ? body.html : undefined, articleText: text });
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
