// Benchmark step: where extractPage's time goes on one page, layer by layer, each on its own clone (for profiling).
import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { readArticleBody } from '../../lib/extract/article-body';
import { EXTRACT_LIMITS } from '../../lib/extract/index';
import { toPlainText } from '../../lib/extract/plain-text';
import { readMarkup } from '../../lib/extract/read-markup';
import { findWindow, sanitizeArticle } from '../../lib/extract/sanitize';

/** Milliseconds per layer, in the order extractPage runs them. */
export type LayerTimes = Record<
  'clone' | 'markup' | 'readerable' | 'readability' | 'sanitize' | 'plainText' | 'serialize' | 'body',
  number
>;

/** Runs extractPage's layers one after the other on one clone, as it does, and times each. */
export function extractionLayers(params: { html: string; url: string }): LayerTimes {
  const parsed = new DOMParser().parseFromString(params.html, 'text/html');
  const times = {} as LayerTimes;
  const time = <T>(layer: keyof LayerTimes, run: () => T): T => {
    const start = performance.now();
    const result = run();
    times[layer] = performance.now() - start;
    return result;
  };
  const doc = time('clone', () => parsed.cloneNode(true) as Document);
  time('markup', () =>
    readMarkup(doc, params.url, (step, fallback) => {
      try {
        return step();
      } catch {
        return fallback;
      }
    }),
  );
  time('readerable', () => isProbablyReaderable(doc));
  const article = time('readability', () => new Readability(doc).parse());
  const html = article?.content ?? '';
  const win = findWindow(doc);
  const body = win ? time('sanitize', () => sanitizeArticle(html, params.url, win).body) : undefined;
  if (body) time('plainText', () => toPlainText(body));
  if (body) time('serialize', () => body.innerHTML);
  time('body', () => readArticleBody(doc, html, params.url, EXTRACT_LIMITS));
  return times;
}
