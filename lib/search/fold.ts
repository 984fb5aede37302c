// Folds text for matching: lower case, diacritics removed, letters without a decomposition spelled out.

const NON_ASCII = /[\u0080-\uffff]/;
const NON_ASCII_RUNS = /[\u0080-\uffff]+/g;
const COMBINING_MARKS = /\p{M}+/gu;
const UNDECOMPOSABLE = /[ßæœøłđðþı]/g;

/** Letters that Unicode normalisation leaves alone but readers treat as plain Latin letters. */
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
};

/**
 * Folds text so that "Müller", "MULLER" and "muller" compare equal; one definition shared by the index,
 * the query and the highlighter, so what is found is also what is marked.
 */
export function foldText(text: string): string {
  const lower = text.toLowerCase();
  // Only the non-ASCII runs need normalising: most of an English abstract is left to toLowerCase.
  return NON_ASCII.test(lower) ? lower.replace(NON_ASCII_RUNS, foldRun) : lower;
}

function foldRun(run: string): string {
  return run
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(UNDECOMPOSABLE, (letter) => SPELLED_OUT[letter] ?? letter);
}
