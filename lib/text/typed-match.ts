// Whether what a user is typing into a picker finds an option: every typed word, folded, within the option's text.
import { foldText } from './fold';

/** Folded, apostrophes dropped ("O’Brien" and "OBrien" meet), split on anything that is not a letter, digit or hyphen. */
function words(text: string): string[] {
  return foldText(text)
    .replace(/'/g, '')
    .split(/[^\p{L}\p{N}-]+/u)
    .filter((word) => word !== '');
}

/**
 * True when each word typed occurs in `text` (in any order, as the start or middle of a word), compared
 * through the one folding rule: "jorgensen" finds "Jørgensen", "lopez garcia" finds "García-López, M".
 * An empty query finds everything.
 */
export function matchesTyped(typed: string, text: string): boolean {
  const haystack = words(text).join(' ');
  return words(typed).every((word) => haystack.includes(word) || haystack.includes(word.replace(/-/g, ' ')));
}
