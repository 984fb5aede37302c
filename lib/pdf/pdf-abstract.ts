// Finds a PDF's abstract from its layout: under an "Abstract" heading or as run-in labelled sections, one column, with its labels and keywords.
import type { AbstractSection, StructuredAbstract } from '../model';
import { SECTION_LABELS, splitKeywords } from '../extract/abstract-sections';
import type { PageText } from './page-text';
import { isInMargin, isStamp } from './page-furniture';
import type { LinePart, TextLine } from './text-lines';

/** Labels of structured abstracts beyond the HTML list: those publishers print in PDFs. */
const EXTRA_LABELS = [
  'background and objective',
  'background and objectives',
  'key findings and limitations',
  'conclusions and clinical implications',
  'patient summary',
  'design/methods',
  'methods/design',
  'methods and findings',
  'methods and results',
  'results and conclusions',
  'aims and objectives',
  'study design',
  'main results',
  'authors’ conclusions',
  "authors' conclusions",
  'selection criteria',
  'search methods',
  'data collection and analysis',
  'outcomes',
  'main outcome(s) and measure(s)',
  'trial registration',
];
const LABELS = new Set([...SECTION_LABELS, ...EXTRA_LABELS]);

/** The heading of an abstract, in any spacing ("A bs t r ac t", "a b s t r a c t", "ABSTRACT"). */
const ABSTRACT_HEADING = /^(?:abstract|summary|synopsis)$/;
/** A line that starts with the abstract heading and goes on with the text ("ABSTRACT: Lupeol …"). */
const INLINE_HEADING = /^(?:abstract|summary)\s*(?:[:.—–-]\s*|\s+(?=\p{Lu}))/iu;
/** Lines that end an abstract: the first section, keywords, notes and licences. */
const ABSTRACT_END =
  /^(?:(?:\d+\.?\s*)?introduction\b|key\s?words?\b|index terms\b|abbreviations\b|©|copyright\b|\(c\)\s*\d{4}|received\b|citation:|this is an open access|published by\b|author notes?:|article history|corresponding author|e-?mail:|\d+\.\s+\p{Lu}|background$)/iu;
/** A known label with a colon after a sentence's end, inside a line. */
const INNER_LABEL = new RegExp(
  `(?<=[.!?)]\\s)(${[...LABELS].map((l) => l.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|')})\\s*:\\s`,
  'giu',
);
const KEYWORDS = /^(?:key\s?words?|index terms)\s*[:.—–-]?\s*/i;

function squeeze(text: string): string {
  return text.replace(/\s+/g, '').toLowerCase();
}

/** A known section label at the start of a text, with its punctuation: "Background:", "Objectives." */
function leadingLabel(text: string): { label: string; rest: string } | undefined {
  const match = /^(\p{Lu}[\p{L}’'()/ ,&-]{2,60}?)\s*[:.]\s+(.*)$/u.exec(text);
  if (match?.[1] && LABELS.has(match[1].toLowerCase())) return { label: match[1], rest: match[2] ?? '' };
  const bare = text.replace(/[:.]$/, '').trim();
  return LABELS.has(bare.toLowerCase()) ? { label: bare, rest: '' } : undefined;
}

/** The lines of the pages to scan, in drawing order, without stamps, margins and rotated text. */
function bodyLines(pages: readonly PageText[]): Array<{ line: TextLine; page: PageText }> {
  return pages.flatMap((page) =>
    page.lines
      .filter((line) => !line.rotated && !isStamp(line) && !isInMargin(line, page))
      .map((line) => ({ line, page })),
  );
}

/** Where the abstract starts: after its heading, or at the first run-in label below the title. */
function findStart(
  lines: ReadonlyArray<{ line: TextLine }>,
  below?: { page: number; y: number },
): { index: number; inline?: string } | undefined {
  for (let i = 0; i < lines.length; i++) {
    const { line } = lines[i]!;
    if (ABSTRACT_HEADING.test(squeeze(line.text).replace(/[:.]$/, ''))) return { index: i + 1 };
    const inline = INLINE_HEADING.exec(line.text);
    if (inline && line.text.length > inline[0].length + 10)
      return { index: i + 1, inline: line.text.slice(inline[0].length) };
  }
  for (let i = 0; i < lines.length; i++) {
    const { line } = lines[i]!;
    if (below && (line.page < below.page || (line.page === below.page && line.y >= below.y))) continue;
    const lead = leadingLabel(line.plain);
    if (lead?.rest && line.page === (below?.page ?? line.page)) return { index: i };
  }
  return undefined;
}

/** Labels inside a line: parts in another font that read as a label, or known labels after a sentence. */
function splitLine(line: TextLine): Array<{ label?: string; text: string }> {
  const pieces: Array<{ label?: string; text: string }> = [];
  let text = '';
  let dropPunctuation = false;
  // Runs of one font are one segment: a bold label drawn in pieces ("Background" " and objective:") is one label.
  const parts: LinePart[] = [];
  for (const part of line.parts.filter((p) => !p.script)) {
    const last = parts.at(-1);
    if (last && last.font === part.font) {
      last.text += (part.spaceBefore ? ' ' : '') + part.text;
      last.right = part.right;
    } else parts.push({ ...part });
  }
  parts.forEach((part, i) => {
    const candidate = part.text.replace(/\s+/g, ' ').trim().replace(/[:.]$/, '');
    const atStart = !text.trim() || /[.!?)]\s*$/.test(text);
    // A label in its own font, its colon or full stop inside it or starting the next run ("Methods" ". Focus …").
    const punctuated = /[:.]\s*$/.test(part.text.trim()) || /^[:.]/.test(parts[i + 1]?.text.trim() ?? '');
    const isLabel =
      atStart &&
      part.font !== line.font &&
      (punctuated || LABELS.has(candidate.toLowerCase())) &&
      /^\p{Lu}[\p{L}’'()/ ,&-]{2,60}$/u.test(candidate);
    if (isLabel) {
      if (text.trim() || pieces.length > 0) pieces.push({ text: text.trim() });
      pieces.push({ label: candidate, text: '' });
      text = '';
      dropPunctuation = !/[:.]\s*$/.test(part.text.trim());
      return;
    }
    const piece = dropPunctuation ? part.text.replace(/^\s*[:.]\s*/, '') : part.text;
    dropPunctuation = false;
    text += (text && part.spaceBefore ? ' ' : '') + piece;
  });
  pieces.push({ text: text.trim() });
  // A known label printed in the text's own font ("Objectives. Patient experiences …"), at the line's
  // start or after a sentence ("… 2 data collection phases. Results: …").
  return pieces.flatMap((piece, index) => {
    if (piece.label !== undefined) return [piece];
    const out: Array<{ label?: string; text: string }> = [];
    let rest = piece.text;
    const lead = index === 0 ? leadingLabel(rest) : undefined;
    if (lead) {
      out.push({ label: lead.label, text: '' });
      rest = lead.rest;
    }
    let last = 0;
    for (const match of rest.matchAll(INNER_LABEL)) {
      if (!/^\p{Lu}/u.test(match[1] ?? '')) continue;
      out.push({ text: rest.slice(last, match.index).trim() });
      out.push({ label: match[1] ?? '', text: '' });
      last = (match.index ?? 0) + match[0].length;
    }
    out.push({ text: rest.slice(last).trim() });
    return out;
  });
}

/** Joins a line to the text before it, mending words broken at the line's end ("transplanta-" "tion"). */
function append(text: string, next: string): string {
  if (!text) return next;
  if (/\p{Ll}-$/u.test(text) && /^\p{Ll}/u.test(next)) return text.slice(0, -1) + next;
  return `${text} ${next}`;
}

/** The abstract and the keywords printed with it. */
export interface PdfAbstract {
  abstract?: StructuredAbstract;
  keywords: string[];
}

/**
 * The abstract on the first content pages: the text under an "Abstract" heading (however spaced),
 * or from the first run-in section label below the title, kept to the column and type size of its
 * first line (so side columns of article info do not interleave), until the introduction, keywords,
 * a licence or a change of type size. Section labels become sections.
 */
export function findPdfAbstract(
  pages: readonly PageText[],
  below?: { page: number; y: number },
): PdfAbstract {
  const lines = bodyLines(pages);
  const keywords = findKeywords(lines.map((entry) => entry.line));
  const start = findStart(lines, below);
  if (!start) return { keywords };
  const sections: AbstractSection[] = [];
  let open: AbstractSection | undefined;
  const add = (piece: { label?: string; text: string }): void => {
    if (piece.label !== undefined) {
      open = { label: piece.label, text: '' };
      sections.push(open);
    }
    if (!piece.text) return;
    if (!open) {
      open = { text: '' };
      sections.push(open);
    }
    open.text = append(open.text, piece.text);
  };
  if (start.inline)
    for (const piece of splitLine({
      ...lines[start.index - 1]!.line,
      parts: [{ text: start.inline, x: 0, right: 0, size: 0, font: '', spaceBefore: false, script: false }],
      font: '',
    }))
      add(piece);
  let column: TextLine | undefined;
  let previous: TextLine | undefined;
  let length = 0;
  for (let i = start.index; i < lines.length && length < 6000; i++) {
    const { line } = lines[i]!;
    const text = line.plain.trim();
    if (!text) continue;
    const isLabelLine = !!leadingLabel(text) && !leadingLabel(text)?.rest;
    if (column) {
      const sameColumn =
        line.x >= column.x - column.size * 1.5 && line.x <= column.x + (column.right - column.x) * 0.5;
      const sameSize = Math.abs(line.size - column.size) <= column.size * 0.06;
      if (!sameColumn || (!sameSize && !isLabelLine)) {
        if (line.page === column.page && sameColumn && !sameSize && line.y < column.y) break;
        continue;
      }
      if (previous && line.page === previous.page && previous.y - line.y > column.size * 3.2) break;
    }
    if (ABSTRACT_END.test(text) && !leadingLabel(text)) break;
    if (!column && !isLabelLine) column = line;
    for (const piece of splitLine(line)) add(piece);
    previous = line;
    length += text.length;
  }
  const kept = sections.filter((section) => section.text.trim());
  if (kept.length === 0) return { keywords };
  for (const section of kept) {
    section.text = section.text.replace(/\s+/g, ' ').trim();
    if (section.label === undefined) delete section.label;
  }
  return { abstract: { text: kept.map((s) => s.text).join('\n\n'), sections: kept }, keywords };
}

/** Keywords printed as "Keywords: a; b; c" (or one per line under "Keywords:"), up to the next heading. */
function findKeywords(lines: readonly TextLine[]): string[] {
  const index = lines.findIndex((line) => KEYWORDS.test(line.plain.trim()));
  if (index < 0) return [];
  const head = lines[index]!;
  let text = head.plain.trim().replace(KEYWORDS, '');
  for (const line of lines.slice(index + 1, index + 12)) {
    if (Math.abs(line.size - head.size) > 0.6 || Math.abs(line.x - head.x) > head.size * 3) break;
    if (/^(?:\d+\.?\s*)?(?:introduction|abbreviations|background)\b|:$/i.test(line.plain)) break;
    text += text.endsWith('-')
      ? line.plain.trim()
      : `${/[;,]$/.test(text) || !text ? '' : ';'} ${line.plain.trim()}`;
  }
  return splitKeywords(text.trim()).filter((keyword) => keyword !== '...' && keyword.length > 1);
}
