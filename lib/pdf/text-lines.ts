// Groups pdf.js text items into lines (baseline, size, font, superscripts kept apart), the unit every layout rule reads.
import type { PdfTextItem } from './pdf-document';

/** A run of a line in one size: superscripts (affiliation digits, footnote marks) are flagged. */
export interface LinePart {
  text: string;
  x: number;
  right: number;
  size: number;
  font: string;
  /** Whether a space separates this part from the one before it (a gap, or a space in either text). */
  spaceBefore: boolean;
  /** Raised or lowered and smaller than the line: a marker, not a word of the line. */
  script: boolean;
}

/** One printed line, in page coordinates (points, y up from the bottom of the page). */
export interface TextLine {
  /** The line as read, superscripts included, whitespace collapsed. */
  text: string;
  /** The line without its superscripts and subscripts. */
  plain: string;
  parts: LinePart[];
  x: number;
  right: number;
  /** Baseline of the line's main text. */
  y: number;
  /** The size of the line's main text (most characters), in points. */
  size: number;
  /** pdf.js's name for the font of the main text; equal names mean the same font within a document. */
  font: string;
  /** 1-based page number. */
  page: number;
  /** Printed at an angle (margin stamps such as arXiv's id run vertically). */
  rotated: boolean;
}

/** Ligatures and invisible characters that fonts put in text layers; the ligatures become their letters. */
const LIGATURES: Readonly<Record<string, string>> = {
  '\uFB00': 'ff',
  '\uFB01': 'fi',
  '\uFB02': 'fl',
  '\uFB03': 'ffi',
  '\uFB04': 'ffl',
  '\uFB05': 'st',
  '\uFB06': 'st',
};
const INVISIBLE = /\u00AD|\u200B|\u200C|\u200D|\u2060|\uFEFF/g;
// eslint-disable-next-line no-control-regex -- text layers carry control codes, which are removed here
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F]/g;

/** A text-layer string with ligatures spelled out and soft hyphens, zero-width and control characters removed. */
export function normalizeLayerText(text: string): string {
  return text
    .replace(/[\uFB00-\uFB06]/g, (ligature) => LIGATURES[ligature] ?? ligature)
    .replace(INVISIBLE, '')
    .replace(CONTROL, ' ');
}

interface Run {
  text: string;
  x: number;
  y: number;
  right: number;
  size: number;
  font: string;
  rotated: boolean;
}

function toRun(item: PdfTextItem): Run | undefined {
  const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = item.transform;
  const size = Math.hypot(c, d) || Math.hypot(a, b) || item.height;
  const text = normalizeLayerText(item.str);
  if (!text || !(size > 0)) return undefined;
  const rotated = Math.abs(b) > Math.abs(a) * 0.05 || a < 0;
  return { text, x: e, y: f, right: e + (rotated ? 0 : item.width), size, font: item.fontName, rotated };
}

/** Whether a run continues the line being built: same baseline within half a size, and no column gap. */
function continues(line: Run[], run: Run): boolean {
  const last = line.at(-1);
  if (!last || last.rotated !== run.rotated) return false;
  if (run.rotated) return Math.abs(run.x - last.x) < Math.max(run.size, last.size);
  const anchor = line.reduce((big, r) => (r.size > big.size ? r : big), last);
  const size = Math.max(anchor.size, run.size);
  if (Math.abs(run.y - anchor.y) > size * 0.5) return false;
  const gap = run.x - last.right;
  return gap > -size && gap < size * 2;
}

/** The size with the most characters: the line's main text, not its superscripts or a drop capital. */
function mainSize(runs: readonly Run[]): Run {
  const most = (key: (run: Run) => string): Run | undefined => {
    const counts = new Map<string, { chars: number; run: Run }>();
    for (const run of runs) {
      const entry = counts.get(key(run)) ?? { chars: 0, run };
      entry.chars += run.text.trim().length;
      counts.set(key(run), entry);
    }
    return [...counts.values()].sort((a, b) => b.chars - a.chars || b.run.size - a.run.size)[0]?.run;
  };
  const sizeKey = (run: Run): string => String(Math.round(run.size * 2) / 2);
  const size = most(sizeKey) ?? runs[0]!;
  // Within that size, the font with the most characters: a bold run-in label is not the line's font.
  return most((run) => `${sizeKey(run)} ${sizeKey(run) === sizeKey(size) ? run.font : ''}`) ?? size;
}

function buildLine(runs: readonly Run[], page: number): TextLine | undefined {
  const main = mainSize(runs);
  const parts: LinePart[] = runs.map((run) => ({
    text: run.text,
    x: run.x,
    right: run.right,
    size: run.size,
    font: run.font,
    spaceBefore: false,
    script:
      !run.rotated &&
      run.size < main.size * 0.85 &&
      Math.abs(run.y - main.y) > main.size * 0.12 &&
      run.text.trim().length <= 12,
  }));
  parts.forEach((part, i) => {
    const previous = parts[i - 1];
    part.spaceBefore =
      !!previous &&
      (/^\s/.test(part.text) ||
        /\s$/.test(previous.text) ||
        part.x - previous.right > Math.min(part.size, previous.size) * 0.2);
  });
  const join = (keep: (part: LinePart) => boolean): string => {
    let text = '';
    let previous: LinePart | undefined;
    for (const part of parts) {
      if (!keep(part)) {
        // A dropped marker still separates the words on either side of it.
        if (previous) text += ' ';
        continue;
      }
      const gap = previous ? part.x - previous.right : 0;
      if (previous && gap > Math.min(part.size, previous.size) * 0.2 && !/\s$/.test(text)) text += ' ';
      text += part.text;
      previous = part;
    }
    return text.replace(/\s+/g, ' ').trim();
  };
  const text = join(() => true);
  if (!text) return undefined;
  const first = runs[0]!;
  return {
    text,
    plain: join((part) => !part.script),
    parts,
    x: Math.min(...runs.map((r) => r.x)),
    right: Math.max(...runs.map((r) => r.right)),
    y: main.y,
    size: main.size,
    font: main.font,
    page,
    rotated: first.rotated,
  };
}

/**
 * The lines of a page in the order the file draws them (for most files, reading order column by
 * column). A line breaks where pdf.js ends one, where the baseline moves by more than half a size, or
 * at a gap wider than two sizes (a column gutter).
 */
export function groupLines(items: ReadonlyArray<PdfTextItem | { type: string }>, page: number): TextLine[] {
  const lines: TextLine[] = [];
  let current: Run[] = [];
  const flush = (): void => {
    const line = current.length > 0 ? buildLine(current, page) : undefined;
    if (line) lines.push(line);
    current = [];
  };
  for (const item of items) {
    if (!('str' in item)) continue;
    const run = toRun(item);
    if (run && run.text.trim()) {
      if (current.length > 0 && !continues(current, run)) flush();
      current.push(run);
    } else if (run) {
      // A space run: kept for the gap it marks when the line goes on.
      if (current.length > 0 && continues(current, run)) current.push(run);
    }
  }
  flush();
  return lines;
}

/** Lines from the top of the page down, left to right within a row: the order a layout rule scans. */
export function topDown(lines: readonly TextLine[]): TextLine[] {
  return [...lines].sort((a, b) => b.y - a.y || a.x - b.x);
}
