// The one folding rule for comparing text a person typed or read: case, accents, letters spelled out, one apostrophe.
// Every match in Liaison (search, KOL picker, KOL matching, area suggestions, restricted terms, file names and
// citation keys) folds through here, so that what one place finds another place finds too.

/**
 * Characters used as an apostrophe (and the transliteration prime of ISO 9 for ь): a name typed as
 * "O'Brien" is written "O’Brien" on the page, "Ilʹin" or "Il'in" in a byline.
 */
export const APOSTROPHES = "'’‘‛′`´ʹʻʼ＇";

/** Hyphens that are not U+002D ("García‐López" with U+2010 as some publishers set it). */
const HYPHENS = '\u2010\u2011';

/**
 * Letters that Unicode normalisation leaves whole but readers take as plain Latin letters ("Jørgensen" is
 * looked up as "Jorgensen"), and the Greek final sigma, which lower-casing writes only at the end of a word.
 */
const SPELLED_OUT: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
  ħ: 'h',
  ŧ: 't',
  ς: 'σ',
  ...Object.fromEntries([...APOSTROPHES].map((mark) => [mark, "'"])),
  ...Object.fromEntries([...HYPHENS].map((mark) => [mark, '-'])),
};

const SPELLED_OUT_CHARACTERS = new RegExp(`[${Object.keys(SPELLED_OUT).join('')}]`, 'gu');
/** A run that `toLowerCase` alone does not fold: anything beyond ASCII, and the backtick used as an apostrophe. */
const NEEDS_FOLDING = /[`\u0080-\uffff]/;
const RUNS_TO_FOLD = /[`\u0080-\uffff]+/g;
const COMBINING_MARKS = /\p{M}+/gu;
/** Apostrophes whose compatibility decomposition is not an apostrophe (´ is a space and an acute accent). */
const APOSTROPHES_BEFORE_NORMALISING = new RegExp(`[${APOSTROPHES}]`, 'gu');

function foldRun(run: string): string {
  return run
    .replace(APOSTROPHES_BEFORE_NORMALISING, "'")
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(SPELLED_OUT_CHARACTERS, (letter) => SPELLED_OUT[letter] ?? letter);
}

/**
 * Folds text so that "Jørgensen", "JORGENSEN" and "jorgensen" compare equal: lower case, diacritics
 * removed (stacked ones too: "Nguyễn" -> "nguyen"), ß æ œ ø ł đ ð þ ı spelled out, every apostrophe as "'"
 * and every hyphen as "-". Greek and Cyrillic stay in their script (only accents and case fold): a Greek
 * letter in medical text is a unit or a molecule ("5 μg", "TNF-α"), and "5 μg" must never match "5 mg".
 */
export function foldText(text: string): string {
  const lower = text.toLowerCase();
  // Only the runs beyond ASCII need normalising: most of an English abstract is left to toLowerCase.
  return NEEDS_FOLDING.test(lower) ? lower.replace(RUNS_TO_FOLD, foldRun) : lower;
}

/** A folded copy of a text, with where each of its characters came from. */
export interface FoldedText {
  /** The text as `foldText` folds it. */
  text: string;
  /** For each UTF-16 unit of `text`, the offset in the original of the character it came from; one extra entry for the end. */
  origin: number[];
}

/**
 * Folds one character at a time, so that a match found in the folded text maps back to the exact words
 * the user wrote (the compliance check underlines them). The text is the same as `foldText` gives.
 */
export function foldTextWithOrigins(original: string): FoldedText {
  const cached = recent.get(original);
  if (cached) return cached;
  const parts: string[] = [];
  const origin: number[] = [];
  let at = 0;
  for (const character of original) {
    // ASCII needs only lower-casing (the backtick is an apostrophe); normalisation is for the rest.
    const folded = character < '\u0080' && character !== '`' ? character.toLowerCase() : foldText(character);
    parts.push(folded);
    for (let i = 0; i < folded.length; i++) origin.push(at);
    at += character.length;
  }
  origin.push(at);
  const result = { text: parts.join(''), origin };
  if (recent.size >= RECENT_LIMIT) recent.delete(recent.keys().next().value ?? '');
  recent.set(original, result);
  return result;
}

// The compliance check folds the same note and its sentences several times (events, products, words): keep the last few.
const RECENT_LIMIT = 16;
const recent = new Map<string, FoldedText>();
