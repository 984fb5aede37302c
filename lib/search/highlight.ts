// Splits displayed text into marked and unmarked segments for the words a search matched, and cuts excerpts.
import { APOSTROPHES, foldText } from '../text/fold';
import { STOPWORDS } from './tokenize';
import { MIN_PREFIX_LENGTH } from './vocabulary';

/** A run of displayed text; `match` runs are rendered as `<mark>`, as text, never as HTML. */
export interface TextSegment {
  text: string;
  match: boolean;
}

/** A letter, combining mark or digit of original text, except the modifier letters that fold to an apostrophe ("Ilʹin"). */
const WORD_CHARACTER = `(?:(?![${APOSTROPHES}])[\\p{L}\\p{M}\\p{N}])`;
/** Word chains in original (unfolded) text: words joined by hyphens or apostrophes, as the tokenizer joins folded text. */
const CHAIN = new RegExp(`${WORD_CHARACTER}+(?:[${APOSTROPHES}\\u2010\\u2011-]${WORD_CHARACTER}+)*`, 'gu');
const PART = new RegExp(`${WORD_CHARACTER}+`, 'gu');
/** The index joins at most three parts of a compound, so a query word never spans more. */
const MAX_PARTS = 3;

interface Part {
  start: number;
  end: number;
  folded: string;
}

function partsOf(chain: string, offset: number): Part[] {
  const parts: Part[] = [];
  PART.lastIndex = 0;
  for (let m = PART.exec(chain); m; m = PART.exec(chain)) {
    parts.push({ start: offset + m.index, end: offset + m.index + m[0].length, folded: foldText(m[0]) });
  }
  return parts;
}

/** The number of parts from `from` that a term covers, or 0 when it does not match there. */
function matchLength(parts: readonly Part[], from: number, term: string): number {
  let joined = '';
  for (let j = from; j < parts.length && j < from + MAX_PARTS; j++) {
    joined += (parts[j] as Part).folded;
    if (joined.length < term.length) {
      if (!term.startsWith(joined)) return 0;
      continue;
    }
    const matches = term.length < MIN_PREFIX_LENGTH ? joined === term : joined.startsWith(term);
    if (!matches) return 0;
    const covered = j - from + 1;
    return covered === 1 && STOPWORDS.has(joined) ? 0 : covered;
  }
  return 0;
}

/** The character ranges of `text` that the highlight terms match, whole words, in order. */
export function matchRanges(text: string, terms: readonly string[]): [number, number][] {
  const ranges: [number, number][] = [];
  if (terms.length === 0) return ranges;
  CHAIN.lastIndex = 0;
  for (let m = CHAIN.exec(text); m; m = CHAIN.exec(text)) {
    const parts = partsOf(m[0], m.index);
    for (let i = 0; i < parts.length; i++) {
      const covered = Math.max(0, ...terms.map((term) => matchLength(parts, i, term)));
      if (covered === 0) continue;
      const start = (parts[i] as Part).start;
      const end = (parts[i + covered - 1] as Part).end;
      const last = ranges[ranges.length - 1];
      if (last && last[1] >= start) last[1] = Math.max(last[1], end);
      else ranges.push([start, end]);
      i += covered - 1;
    }
  }
  return ranges;
}

/**
 * Splits text into segments, marking every word that a search with these terms matches (the
 * `highlightTerms` of a result). Safe to render as text in any UI; no HTML is produced.
 */
export function highlightSegments(text: string, terms: readonly string[]): TextSegment[] {
  const segments: TextSegment[] = [];
  let position = 0;
  for (const [start, end] of matchRanges(text, terms)) {
    if (start > position) segments.push({ text: text.slice(position, start), match: false });
    segments.push({ text: text.slice(start, end), match: true });
    position = end;
  }
  if (position < text.length || segments.length === 0)
    segments.push({ text: text.slice(position), match: false });
  return segments;
}

/**
 * About `maxLength` characters of text around its first match, cut at word boundaries with "…",
 * so that a result can show why an abstract or a note matched; the start of the text when nothing does.
 */
export function excerptAround(text: string, terms: readonly string[], maxLength = 200): string {
  if (text.length <= maxLength) return text;
  const first = matchRanges(text, terms)[0];
  const center = first ? first[0] : 0;
  let start = Math.max(0, Math.min(center - Math.floor(maxLength / 3), text.length - maxLength));
  let end = Math.min(text.length, start + maxLength);
  if (start > 0) {
    const space = text.indexOf(' ', start);
    start = space >= 0 && space < center ? space + 1 : start;
  }
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    end = space > start && space > (first ? first[1] : 0) ? space : end;
  }
  return `${start > 0 ? '…' : ''}${text.slice(start, end).trim()}${end < text.length ? '…' : ''}`;
}
