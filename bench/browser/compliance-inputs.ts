// What the compliance benchmark checks: notes joined from the labelled note sets, and hostile strings aimed at the detectors' patterns.
import type { ComplianceOptions } from '../../lib/compliance';
import type { NoteSet } from '../../tests/eval/compliance/note-set';
import tuning from '../../tests/eval/compliance/tuning-notes.json';
import tuning2 from '../../tests/eval/compliance/tuning2-notes.json';
import { Random } from '../generate/random';

/** Real note texts and the Settings they were written for (one product-list entry a product, its names joined). */
export interface NoteSource {
  texts: readonly string[];
  options: ComplianceOptions;
}

/** The day the sets were written, as `npm run eval:compliance` checks them (ages from birth years depend on it). */
const NOW = new Date('2026-12-03');
const SETS: readonly NoteSet[] = [tuning, tuning2];

/** Each set on its own: a note is checked with the products and restricted words of the set it comes from. */
export const NOTE_SOURCES: readonly NoteSource[] = SETS.map((set) => ({
  texts: set.notes.map((note) => note.text),
  options: {
    products: set.products.map((names) => names.join(', ')),
    restrictedTerms: set.restrictedTerms,
    now: NOW,
  },
}));

/** Both sets together, for the 100 KB note and the hostile inputs: every product and restricted word is looked for. */
export const ALL_NOTES: NoteSource = {
  texts: NOTE_SOURCES.flatMap((source) => source.texts),
  options: {
    products: NOTE_SOURCES.flatMap((source) => source.options.products ?? []),
    restrictedTerms: [...new Set(NOTE_SOURCES.flatMap((source) => source.options.restrictedTerms ?? []))],
    now: NOW,
  },
};

/** The first `length` UTF-16 units of a text, without leaving half of a surrogate pair at the end. */
function cut(text: string, length: number): string {
  const head = text.slice(0, length);
  return /[\uD800-\uDBFF]$/.test(head) ? `${head.slice(0, -1)} ` : head;
}

/**
 * A long note of exactly `length` characters: the source's notes in order from a random one, separated by blank lines,
 * as an MSL's debrief of a congress day reads (several patients, products and requests in one note).
 */
export function joinedNote(source: NoteSource, length: number, random: Random): string {
  const parts: string[] = [];
  let total = 0;
  for (let i = random.int(0, source.texts.length - 1); total < length; i++) {
    const text = source.texts[i % source.texts.length] ?? '';
    parts.push(text);
    total += text.length + 2;
  }
  return cut(parts.join('\n\n'), length);
}

/** Length of each hostile input, the length of the realistic notes. */
export const HOSTILE_LENGTH = 2_000;

/** One hostile input: what it aims at, and its text. */
export interface HostileInput {
  label: string;
  text: string;
}

/** `token` repeated to fill the length, then `tail` (a last character or word that makes a near-match fail at the end). */
function repeated(token: string, tail = ''): HostileInput {
  const body = token.repeat(Math.ceil(HOSTILE_LENGTH / token.length));
  const label = `${JSON.stringify(token)} repeated${tail ? ` + ${JSON.stringify(tail)}` : ''}`;
  return { label, text: cut(body, HOSTILE_LENGTH - tail.length) + tail };
}

/** A deterministic jumble of the characters the patterns care about (letters, digits, separators, '@', '/', '+'). */
function jumble(label: string, alphabet: string, seed: number): HostileInput {
  const random = new Random(seed);
  const chars = [...alphabet];
  return {
    label,
    text: cut(Array.from({ length: HOSTILE_LENGTH }, () => random.pick(chars)).join(''), HOSTILE_LENGTH),
  };
}

/**
 * Inputs built to make a regular expression backtrack: long runs of one character, tokens that start a match again and
 * again without finishing it (titles, "pt", dates, phone and address prefixes, URLs, labels, event and context words),
 * a long word, mixed scripts, and jumbles. Each is 2,000 characters.
 */
export const HOSTILE_INPUTS: readonly HostileInput[] = [
  repeated('a'),
  repeated('A'),
  repeated('1'),
  repeated(' '),
  repeated('\n'),
  repeated(' \t\n'),
  repeated('-'),
  repeated('.'),
  repeated('@'),
  repeated('/'),
  repeated('+'),
  repeated('abcdefghijklmnopqrstuvwxyz'),
  repeated('a-'),
  repeated('1 '),
  repeated('1-'),
  repeated('1.'),
  repeated('12/'),
  repeated('+1 '),
  repeated('(0'),
  repeated('x@'),
  repeated('a.%+-'),
  repeated('Mr '),
  repeated('Ab '),
  repeated('Ab C. '),
  repeated('Ab Cd '),
  repeated('pt ', 'rash'),
  repeated('no ', 'rash'),
  repeated('no rash, '),
  repeated('ALT '),
  repeated('patient developed '),
  repeated('on x ', 'developed'),
  repeated('stopped x ', 'due to'),
  repeated('http://a/'),
  repeated('www.a'),
  repeated('10.1234/'),
  repeated('MRN 1'),
  repeated('serial A-'),
  repeated('fax x'),
  repeated('Aadhaar 1 '),
  repeated('1 rue A'),
  repeated('ninety-'),
  repeated('non-'),
  repeated('Veltrazo '),
  repeated('é😀ßЖ中ع\u0301\u00a0\u200b‐'),
  jumble('jumble of digits and separators', '0123456789 -./()+', 1),
  jumble('jumble of letters, digits and symbols', 'aA1 .-@/+:#,é', 2),
];
