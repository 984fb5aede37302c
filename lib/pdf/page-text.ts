// Reads pages of an open PDF into lines and link targets, and judges whether the text layer is there and readable.
import type { PdfDocument } from './pdf-document';
import { groupLines, type TextLine } from './text-lines';

/** One page's text as lines, its size, and the addresses its link annotations point to. */
export interface PageText {
  page: number;
  width: number;
  height: number;
  /** The bottom of the page box (usually 0; some files shift the box). */
  bottom: number;
  lines: TextLine[];
  links: string[];
  /** The size of most of the page's text, in points. */
  bodySize: number;
}

/** Whether the document has text to read: a scan has none; a broken font map gives unreadable text. */
export type TextLayerState = 'text' | 'none' | 'unusable';

/** The size with the most characters among the lines: a page's or a document's body text. */
export function mostCommonSize(lines: readonly TextLine[]): number {
  const chars = new Map<number, number>();
  for (const line of lines) {
    const key = Math.round(line.size * 2) / 2;
    chars.set(key, (chars.get(key) ?? 0) + line.text.length);
  }
  return [...chars].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 10;
}

/** Reads pages `first`..`last` (1-based, clamped to the document) in order; a page that fails to load is left out. */
export async function readPages(doc: PdfDocument, first: number, last: number): Promise<PageText[]> {
  const pages: PageText[] = [];
  for (let number = Math.max(1, first); number <= Math.min(last, doc.numPages); number++) {
    // A damaged page is read as an empty one: the rest of the document still counts.
    const page = await doc.getPage(number).catch(() => undefined);
    if (!page) continue;
    const [x0 = 0, y0 = 0, x1 = 612, y1 = 792] = page.view;
    const content = await page.getTextContent().catch(() => ({ items: [] }));
    const annotations = await page.getAnnotations().catch(() => []);
    const lines = groupLines(content.items, number);
    pages.push({
      page: number,
      bodySize: mostCommonSize(lines),
      width: x1 - x0,
      height: y1 - y0,
      bottom: y0,
      lines,
      links: annotations.flatMap((a) => (a.subtype === 'Link' ? (a.url ?? a.unsafeUrl ?? []) : [])),
    });
    page.cleanup?.();
  }
  return pages;
}

/**
 * Characters that readable text rarely has but a font without a usable Unicode map yields: control
 * codes, Latin-1 symbols (»·¿º), spacing modifier letters, the replacement character.
 */
// eslint-disable-next-line no-control-regex -- control codes are one sign of a broken font map
const UNREADABLE = /[\u0000-\u0008\u000E-\u001F\u0080-\u00BF\u02B0-\u02FF\uFFFD]/gu;

/** The share of a text's visible characters that look like a broken font map's output. */
export function unreadableShare(text: string): number {
  const visible = text.replace(/\s+/g, '');
  if (!visible) return 0;
  return (visible.match(UNREADABLE)?.length ?? 0) / visible.length;
}

/**
 * 'none' when the first pages carry no text at all (a scan), 'unusable' when most of the first page's
 * text is a broken font map's output, else 'text'.
 */
export function judgeTextLayer(pages: readonly PageText[]): TextLayerState {
  const letters = pages.reduce(
    (sum, page) => sum + page.lines.reduce((n, line) => n + line.text.length, 0),
    0,
  );
  if (letters < 20) return 'none';
  const firstText =
    pages
      .find((page) => page.lines.length > 0)
      ?.lines.map((line) => line.text)
      .join(' ') ?? '';
  return unreadableShare(firstText) > 0.1 ? 'unusable' : 'text';
}
