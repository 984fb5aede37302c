// Tells a page's furniture from its content: stamps, running heads and footers, and cover pages.
import type { PageText } from './page-text';
import { COVER_SIGNATURES, STAMPS, type StampYield } from './pdf-rules';
import type { TextLine } from './text-lines';

/** The share of the page height at the top and bottom where running heads and footers sit. */
const MARGIN_SHARE = 0.12;

/** Whether a line is a stamp (download notes, preprint server lines, margin ids): never metadata. */
export function isStamp(line: TextLine): boolean {
  return STAMPS.some((stamp) => stamp.pattern.test(line.text));
}

/** What the stamps on these pages say about the work (a preprint server's name and kind). */
export function stampYields(pages: readonly PageText[]): StampYield {
  const yields: StampYield = {};
  for (const line of pages.flatMap((page) => page.lines)) {
    const stamp = STAMPS.find((row) => row.yields && row.pattern.test(line.text));
    if (stamp?.yields) Object.assign(yields, { ...stamp.yields, ...yields });
  }
  return yields;
}

/**
 * Whether a line is a running head or footer: in the top or bottom band of its page and no larger
 * than the page's body text (a heading that starts high on a page is content), or running along a
 * side margin.
 */
export function isInMargin(line: TextLine, page: PageText): boolean {
  if (line.rotated) return true;
  const fromBottom = line.y - page.bottom;
  const inBand = fromBottom < page.height * MARGIN_SHARE || fromBottom > page.height * (1 - MARGIN_SHARE);
  return inBand && line.size <= page.bodySize * 1.02;
}

/** A line with digits blanked, so that "Page 2 of 9" and "Page 3 of 9" compare equal. */
function shape(text: string): string {
  return text.replace(/\d+/g, '#').toLowerCase();
}

/** Lines printed on two or more of these pages (running heads, footers, stamps), by their shape. */
export function repeatedLines(pages: readonly PageText[]): Set<string> {
  const seen = new Map<string, Set<number>>();
  for (const page of pages) {
    for (const line of page.lines) {
      const key = shape(line.text);
      if (key.length < 4) continue;
      const on = seen.get(key) ?? new Set<number>();
      on.add(page.page);
      seen.set(key, on);
    }
  }
  return new Set([...seen].filter(([, on]) => on.size >= 2).map(([key]) => key));
}

/** Whether a line is one of the repeated ones. */
export function isRepeated(line: TextLine, repeated: ReadonlySet<string>): boolean {
  return repeated.has(shape(line.text));
}

/** The cover page's signature, when the page is a publisher's, aggregator's or repository's cover. */
export function coverSignature(page: PageText | undefined): (typeof COVER_SIGNATURES)[number] | undefined {
  if (!page) return undefined;
  const text = page.lines.map((line) => line.text).join('\n');
  return COVER_SIGNATURES.find((signature) => signature.pattern.test(text));
}
