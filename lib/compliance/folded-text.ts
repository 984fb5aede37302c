// Folds text for matching that ignores case and accents, keeping a map back to the offsets of the original.

/** A folded copy of a text, with where each of its characters came from. */
export interface FoldedText {
  /** Lower-cased, without diacritics ("Réponse" -> "reponse"). */
  text: string;
  /** For each UTF-16 unit of `text`, the offset in the original of the character it came from; one extra entry for the end. */
  origin: number[];
}

/** Lower-case and strip diacritics one character at a time, so a match in the folded text maps back to the exact words the user wrote. */
export function foldText(original: string): FoldedText {
  const cached = recent.get(original);
  if (cached) return cached;
  const parts: string[] = [];
  const origin: number[] = [];
  let at = 0;
  for (const ch of original) {
    const code = ch.charCodeAt(0);
    // ASCII needs only lower-casing; Unicode normalisation is for the rest.
    const folded = code < 128 ? ch.toLowerCase() : foldWord(ch);
    parts.push(folded);
    for (let i = 0; i < folded.length; i++) origin.push(at);
    at += ch.length;
  }
  origin.push(at);
  const result = { text: parts.join(''), origin };
  if (recent.size >= RECENT_LIMIT) recent.delete(recent.keys().next().value ?? '');
  recent.set(original, result);
  return result;
}

// The check folds the same note and its sentences several times (events, products, restricted words): keep the last few.
const RECENT_LIMIT = 16;
const recent = new Map<string, FoldedText>();

// Letters that Unicode does not decompose into a base letter and an accent.
const LETTERS: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ł: 'l', ı: 'i' };

/** The folded form of a short string (a restricted term), the same way `foldText` folds the note. */
export function foldWord(word: string): string {
  return word
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[ßæœøđłı]/g, (ch) => LETTERS[ch] ?? ch);
}
