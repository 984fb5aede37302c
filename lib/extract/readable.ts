// Runs Mozilla Readability on a page clone and reports whether what it found is an article.
import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { stripTags } from './meta-tags';
import { cleanText } from './plain-text';

/** Readability's result, reduced to the fields this project uses, blanks removed. */
export interface ReadableArticle {
  title?: string;
  /** Unsanitized article HTML: never store or render it before `sanitizeArticle`. */
  html?: string;
  byline?: string;
  excerpt?: string;
  siteName?: string;
  lang?: string;
  publishedTime?: string;
  /** Characters of article text, as Readability counts them. */
  length: number;
  /** Readability's own quick verdict, taken before parsing: a hint, not a gate. */
  probablyReaderable: boolean;
}

/** Readability's threshold for a real article (its default `charThreshold`). */
const ARTICLE_CHARS = 500;
/** A short text still counts when the page looked like an article before parsing. */
const SHORT_ARTICLE_CHARS = 140;

/**
 * Parses the document with Readability, which rewrites it: call it after everything that reads the
 * original markup (meta tags, abstract). Returns undefined when Readability finds nothing.
 */
export function readArticle(doc: Document): ReadableArticle | undefined {
  let probablyReaderable = false;
  try {
    probablyReaderable = isProbablyReaderable(doc);
  } catch {
    // only a hint
  }
  const parsed = new Readability(doc).parse();
  if (!parsed) return undefined;
  return {
    title: cleanText(parsed.title),
    html: parsed.content ?? undefined,
    // Byline and excerpt may come from meta tags, where pages escape markup into the value.
    byline: cleanText(stripTags(parsed.byline ?? '')),
    excerpt: cleanText(stripTags(parsed.excerpt ?? '')),
    siteName: cleanText(parsed.siteName),
    lang: cleanText(parsed.lang),
    publishedTime: cleanText(parsed.publishedTime),
    length: parsed.length ?? 0,
    probablyReaderable,
  };
}

/** What besides Readability's own numbers tells an article from the leftovers of an app page. */
export interface ArticleSignals {
  /** The article as plain text (sanitized), to measure its prose. */
  text: string;
  /** The page has an abstract, or is a scholarly or registry page: short records still count. */
  isRecord: boolean;
}

/** Characters of running prose below which a web page is chrome, not an article (YouTube's scored 94). */
const MIN_PROSE_CHARS = 100;

/** Han, kana and hangul: one such character carries about what two Latin letters do. */
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/g;

/**
 * Characters in lines that read as prose (long, or ending a sentence), so that a video page's chapter
 * list or a feed's "Vote · 38.8k · Posted by" is not taken for an article.
 */
export function measureProse(text: string): number {
  let total = 0;
  for (const line of text.split(/\n+/)) {
    const weight = line.length + (line.match(CJK)?.length ?? 0);
    if (weight >= 100 || (weight >= 40 && /[.!?\u3002\uff01\uff1f]["\u201d\u2019)\u300d]?$/.test(line)))
      total += weight;
  }
  return total;
}

/**
 * Whether Readability's result is an article rather than the leftovers of a video page, a login
 * form or an app shell, which Readability still returns as its best guess.
 */
export function isArticle(article: ReadableArticle | undefined, signals: ArticleSignals): boolean {
  if (!article?.html) return false;
  const longEnough =
    article.length >= ARTICLE_CHARS ||
    ((article.probablyReaderable || signals.isRecord) && article.length >= SHORT_ARTICLE_CHARS);
  return longEnough && (signals.isRecord || measureProse(signals.text) >= MIN_PROSE_CHARS);
}
