// Splits folded text into search terms: words, and hyphenated or apostrophised compounds ("PD-1" -> pd1).

/** Longer tokens are sequences, hashes or markup debris, not words anyone types. */
export const MAX_TERM_LENGTH = 40;

/** Compounds are indexed for every run of up to this many parts ("anti-PD-1": antipd, pd1, antipd1). */
const MAX_JOINED_PARTS = 3;

/**
 * Words too common to tell one abstract from another. Leaving them out keeps a tenth of the index
 * away; a query made only of them finds nothing rather than everything.
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a an and are as at be been but by for from had has have in into is it its not of on or our s ' +
    'than that the their then there these they this those to was we were which while with'
  ).split(' '),
);

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const nonAsciiWordChar = new Map<number, boolean>();

/** Whether a character of folded text belongs to a word: a-z, 0-9, or any other letter or digit. */
function isWordChar(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
  let known = nonAsciiWordChar.get(code);
  if (known === undefined) {
    known = LETTER_OR_DIGIT.test(String.fromCharCode(code));
    nonAsciiWordChar.set(code, known);
  }
  return known;
}

/** Hyphens and apostrophes join the parts of a compound ("anti-pd-1", "crohn's"). */
function isJoiner(code: number): boolean {
  return code === 45 || code === 39 || code === 0x2019 || code === 0x2010 || code === 0x2011;
}

/**
 * Scans folded text once, by character code (several times faster than a regular expression over
 * 100 MB of abstracts): plain words go to `word`, compounds to `compound` as their parts.
 */
function scan(folded: string, word: (w: string) => void, compound: (parts: string[]) => void): void {
  const n = folded.length;
  let i = 0;
  while (i < n) {
    while (i < n && !isWordChar(folded.charCodeAt(i))) i++;
    if (i >= n) return;
    let end = i + 1;
    while (end < n && isWordChar(folded.charCodeAt(end))) end++;
    if (end + 1 >= n || !isJoiner(folded.charCodeAt(end)) || !isWordChar(folded.charCodeAt(end + 1))) {
      word(folded.slice(i, end));
      i = end;
      continue;
    }
    const parts = [folded.slice(i, end)];
    i = end;
    while (i + 1 < n && isJoiner(folded.charCodeAt(i)) && isWordChar(folded.charCodeAt(i + 1))) {
      end = i + 2;
      while (end < n && isWordChar(folded.charCodeAt(end))) end++;
      parts.push(folded.slice(i + 1, end));
      i = end;
    }
    compound(parts);
  }
}

/**
 * Calls `emit` for every index term of text that `foldText` has folded: each word that is not a
 * stopword, and for compounds also the joined runs of parts, so that "PD-1", "pd1" and "PD 1" meet.
 */
export function forEachTerm(folded: string, emit: (term: string) => void): void {
  scan(
    folded,
    (word) => {
      if (word.length <= MAX_TERM_LENGTH && !STOPWORDS.has(word)) emit(word);
    },
    (parts) => {
      for (let i = 0; i < parts.length; i++) {
        const part = parts[i] as string;
        if (part.length <= MAX_TERM_LENGTH && !STOPWORDS.has(part)) emit(part);
        let joined = part;
        for (let j = i + 1; j < parts.length && j < i + MAX_JOINED_PARTS; j++) {
          joined += parts[j] as string;
          if (joined.length <= MAX_TERM_LENGTH) emit(joined);
        }
      }
    },
  );
}

/**
 * The terms of a query as typed, folded: a compound of up to three parts becomes one joined term
 * (matching the index's joins), a longer one its parts; stopwords are dropped, repeats removed.
 */
export function queryWords(folded: string): string[] {
  const words: string[] = [];
  scan(
    folded,
    (word) => {
      if (!STOPWORDS.has(word)) words.push(word);
    },
    (parts) => {
      if (parts.length <= MAX_JOINED_PARTS) words.push(parts.join(''));
      else words.push(...parts.filter((part) => !STOPWORDS.has(part)));
    },
  );
  return [...new Set(words.filter((word) => word.length <= MAX_TERM_LENGTH))];
}
