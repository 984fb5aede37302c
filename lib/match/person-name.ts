// Parses a person's name in any of the forms author lists use into family name and initials.
import { foldText } from '../text/fold';

/** A name reduced to what matching compares: family-name tokens and given-name initials. */
export interface ParsedName {
  /** Family-name tokens, lower-case, without diacritics, particles included ("van", "der"). */
  family: string[];
  /** Given-name initials in order, lower-case ("ja" for "Jane Anne" or "J. A."). */
  initials: string;
  /** The first given name when it is spelled out, lower-case; undefined for initials only. */
  firstGiven?: string;
}

/** Name particles that belong to the family name ("van der Berg", "de la Cruz", "Al Hussein"). */
const PARTICLES = new Set([
  'van',
  'von',
  'der',
  'den',
  'de',
  'del',
  'della',
  'di',
  'da',
  'dos',
  'das',
  'du',
  'la',
  'le',
  'ten',
  'ter',
  'bin',
  'al',
  'el',
  'st',
]);

/** Degrees and suffixes that follow names in bylines and are not part of them. */
const SUFFIXES = new Set([
  'md',
  'phd',
  'mph',
  'msc',
  'ms',
  'mba',
  'frcp',
  'frcpc',
  'facp',
  'do',
  'rn',
  'jr',
  'sr',
  'ii',
  'iii',
  'iv',
  'prof',
  'dr',
  'mbbs',
  'pharmd',
  'bsc',
  'mrcp',
  'frcs',
]);

/** Folded (lib/text/fold.ts) without apostrophes ("O’Brien" = "OBrien"), markers or punctuation; hyphens and commas kept for the caller. */
function foldName(text: string): string {
  return foldText(text)
    .replace(/'/g, '')
    .replace(/[^\p{L}\s,-]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Splits folded text into words, hyphenated parts apart, degrees and suffixes dropped. */
function words(folded: string): string[] {
  return folded.split(/[\s-]+/).filter((t) => t && !SUFFIXES.has(t));
}

function initialsOf(given: string[]): string {
  return given.map((t) => t[0] ?? '').join('');
}

function spelled(token: string | undefined): string | undefined {
  return token && token.length > 1 ? token : undefined;
}

function fromParts(family: string, given: string): ParsedName {
  const givenWords = words(foldName(given));
  return {
    family: words(foldName(family)),
    initials: initialsOf(givenWords),
    firstGiven: spelled(givenWords[0]),
  };
}

/** Removes markers (digits, superscripts, daggers), zero-width characters and trailing degrees. */
function cleanRaw(name: string): string {
  const noMarks = name
    .normalize('NFKC')
    .replace(/[\u200b-\u200d\ufeff]/g, '')
    .replace(/[*†‡§¶#\d]+/g, ' ');
  const segments = noMarks
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const kept = segments.filter((s, i) => i === 0 || words(foldName(s)).length > 0);
  return kept.join(', ');
}

/**
 * Parses "Smith JA", "J. A. Smith", "Smith, Jane A.", "Jane A. van der Berg" and "García-López M".
 * Structured parts (family/given) from the page win over parsing when given.
 */
export function parsePersonName(name: string, parts?: { family?: string; given?: string }): ParsedName {
  if (parts?.family) return fromParts(parts.family, parts.given ?? '');
  const raw = cleanRaw(name);
  const commaIndex = raw.indexOf(',');
  if (commaIndex > 0) return fromParts(raw.slice(0, commaIndex), raw.slice(commaIndex + 1));
  const rawTokens = raw.split(/\s+/).filter(Boolean);
  const last = rawTokens[rawTokens.length - 1] ?? '';
  if (rawTokens.length >= 2 && /^[A-Z]{1,3}$/.test(last.replace(/\./g, ''))) {
    // "Smith JA", "van der Berg J": everything before the initials is the family name.
    return {
      family: words(foldName(rawTokens.slice(0, -1).join(' '))),
      initials: last.replace(/\./g, '').toLowerCase(),
    };
  }
  // "Jane A. van der Berg", "María García-López": the family name is the last word and its particles.
  const folded = foldName(raw)
    .split(' ')
    .filter((t) => t && !SUFFIXES.has(t));
  let start = folded.length - 1;
  while (start > 1 && PARTICLES.has(folded[start - 1] ?? '')) start--;
  return fromParts(folded.slice(start).join(' '), folded.slice(0, start).join(' '));
}

/**
 * The readings of a name to compare: as parsed, and, for a plain two- or three-word name, family name
 * first ("Zhang Wei", "Nguyen Thi Lan"), as East Asian and Vietnamese names are often written.
 */
export function nameReadings(name: string, parts?: { family?: string; given?: string }): ParsedName[] {
  const parsed = parsePersonName(name, parts);
  const plain = cleanRaw(name);
  const folded = foldName(plain).split(' ').filter(Boolean);
  const hasInitials = plain.split(/\s+/).some((t) => /^[A-Z]{1,3}$/.test(t.replace(/\./g, '')));
  const isPlain =
    !parts?.family && !plain.includes(',') && !hasInitials && folded.length >= 2 && folded.length <= 3;
  if (!isPlain) return [parsed];
  return [parsed, fromParts(folded[0] ?? '', folded.slice(1).join(' '))];
}

/** The family name without particles, so that "Van der Berg" and "Berg" can still be compared. */
export function coreFamily(name: ParsedName): string {
  const core = name.family.filter((t) => !PARTICLES.has(t));
  return (core.length ? core : name.family).join(' ');
}
