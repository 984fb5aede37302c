// Splits free text into sentences without breaking at titles, initials and the abbreviations of medical writing.
import type { TextSpan } from './types';

/** A sentence of the checked text and where it sits. */
export interface Sentence extends TextSpan {
  text: string;
}

// Words that end with a full stop without ending a sentence ("Dr. Lee", "e.g. rash", "vs. placebo").
const ABBREVIATIONS = new Set([
  'dr',
  'drs',
  'mr',
  'mrs',
  'ms',
  'prof',
  'st',
  'jr',
  'sr',
  'e.g',
  'i.e',
  'eg',
  'ie',
  'vs',
  'al',
  'etc',
  'fig',
  'figs',
  'no',
  'nos',
  'approx',
  'ca',
  'cf',
  'vol',
  'pp',
  'p',
  'inc',
  'ltd',
  'co',
  'dept',
  'univ',
  'mt',
  'ft',
  'ave',
  'rd',
  'pt',
  'pts',
]);

// A line break alone (the spaces before it are trimmed by push), so a long run of spaces is scanned once.
const BOUNDARY = /(?<![.!?])[.!?]+["')\]]*\s+|\n\s*/g;

/** Sentences in order; adverse-event language is judged one sentence at a time, so a statistic in one sentence does not excuse the next. */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  for (const boundary of text.matchAll(BOUNDARY)) {
    const at = boundary.index;
    const isNewline = boundary[0].includes('\n');
    if (!isNewline && !endsSentence(text, at, at + boundary[0].length)) continue;
    push(sentences, text, start, at + boundary[0].trimEnd().length);
    start = at + boundary[0].length;
  }
  push(sentences, text, start, text.length);
  return sentences;
}

function endsSentence(text: string, stopAt: number, nextAt: number): boolean {
  const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, stopAt - 12), stopAt))?.[1] ?? '';
  const bare = word.replace(/^\.+/, '').toLowerCase();
  if (ABBREVIATIONS.has(bare)) return false;
  if (
    /^\p{Lu}$/u.test(word) &&
    !/\p{Ll}[\p{L}'’-]*\s+\p{Lu}$/u.test(text.slice(Math.max(0, stopAt - 20), stopAt))
  ) {
    return false; // an initial ("Dr J. Smith", "J. A. Smith"), but not a name like "drug Y." after a lower-case word
  }
  const next = text.charAt(nextAt);
  return next === '' || !/\p{Ll}/u.test(next); // "approx. two" or "... et al. reported" go on
}

function push(into: Sentence[], text: string, from: number, to: number): void {
  let start = from;
  let end = to;
  while (start < end && /\s/.test(text.charAt(start))) start++;
  while (end > start && /\s/.test(text.charAt(end - 1))) end--;
  if (end > start) into.push({ start, end, text: text.slice(start, end) });
}
