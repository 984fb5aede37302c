// Citation keys for the reference exports: the same key names a work in BibTeX and in CSL-JSON (its `id`).
import { foldText } from '../text/fold';
import type { CitedWork } from './model';

/** Words a title often starts with that say nothing about the work. */
const SKIPPED_TITLE_WORDS = new Set([
  'a',
  'an',
  'the',
  'of',
  'on',
  'in',
  'for',
  'and',
  'to',
  'from',
  'with',
  'at',
  'by',
]);

/** ASCII letters and digits only: folded ("Jørgensen" -> "jorgensen", lib/text/fold.ts), everything else dropped. */
function keyPart(text: string): string {
  return foldText(text).replace(/[^a-z0-9]/g, '');
}

/** The first word of a text that is not an article or preposition, as a key part. */
function firstSignificantWord(text: string): string {
  const words = text
    .split(/[\s\-\u2010-\u2015/:]+/)
    .map(keyPart)
    .filter((word) => word !== '');
  return words.find((word) => !SKIPPED_TITLE_WORDS.has(word)) ?? words[0] ?? '';
}

/** family + year + first significant title word: "gandhi2018pembrolizumab". */
function baseKey(work: CitedWork): string {
  const first = work.authors[0];
  // A group author ("European Society for Medical Oncology") is known by its first significant word.
  const name = first ? (first.family ? keyPart(first.family) : firstSignificantWord(first.literal)) : '';
  const word = firstSignificantWord(work.title);
  // Parts are capped so that a run-on name or title word cannot make a key of a hundred letters.
  const key = `${name.slice(0, 20)}${work.year ?? ''}${word.slice(0, 20)}`;
  return /^[a-z]/.test(key) ? key : `ref${key}`;
}

/** a, b, ..., z, aa, ab, ...: the suffix of the n-th (0-based) work sharing a key. */
function letterSuffix(n: number): string {
  const letter = String.fromCharCode(97 + (n % 26));
  return n < 26 ? letter : letterSuffix(Math.floor(n / 26) - 1) + letter;
}

/**
 * One key per work, in order, unique across the list: works that share a base key all get a letter suffix
 * (smith2024trial a and b), as author-year styles disambiguate. Keys hold only `[a-z0-9]`, safe in any format.
 */
export function assignCitationKeys(works: CitedWork[]): string[] {
  const bases = works.map(baseKey);
  const counts = new Map<string, number>();
  for (const base of bases) counts.set(base, (counts.get(base) ?? 0) + 1);
  const taken = new Set(bases.filter((base) => counts.get(base) === 1));
  const next = new Map<string, number>();
  return bases.map((base) => {
    if (counts.get(base) === 1) return base;
    let n = next.get(base) ?? 0;
    while (taken.has(base + letterSuffix(n))) n += 1;
    next.set(base, n + 1);
    const key = base + letterSuffix(n);
    taken.add(key);
    return key;
  });
}
