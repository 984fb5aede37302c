// Benchmark step: extractPage on one saved page against bare Readability on the same page, both on a fresh clone.
import { Readability } from '@mozilla/readability';
import { extractPage } from '../../lib/extract';

/** One page's timings, in ms, one per repeat. */
export interface ExtractionTimes {
  extract: number[];
  readability: number[];
  /** Time to parse the HTML into a document (not part of either figure). */
  parseMs: number;
  hasArticle: boolean;
}

/**
 * Parses the page's HTML once with DOMParser, then, alternating which goes first, times
 * `extractPage(clone, url)` (what the clip script runs) and `new Readability(clone).parse()`.
 * Each gets its own `cloneNode(true)`, timed with it, as the clip script clones the live page.
 */
export function extractPageTimes(params: { html: string; url: string; repeats: number }): ExtractionTimes {
  let start = performance.now();
  const doc = new DOMParser().parseFromString(params.html, 'text/html');
  const parseMs = performance.now() - start;
  const times: ExtractionTimes = { extract: [], readability: [], parseMs, hasArticle: false };
  const runExtract = () => {
    start = performance.now();
    const page = extractPage(doc.cloneNode(true) as Document, params.url);
    times.extract.push(performance.now() - start);
    times.hasArticle = page.hasArticle;
  };
  const runReadability = () => {
    start = performance.now();
    new Readability(doc.cloneNode(true) as Document).parse();
    times.readability.push(performance.now() - start);
  };
  for (let r = 0; r < params.repeats; r++) {
    if (r % 2 === 0) {
      runExtract();
      runReadability();
    } else {
      runReadability();
      runExtract();
    }
  }
  return times;
}
