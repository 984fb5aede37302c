// Cleans author names as pages print them and splits "Family, Given" forms into their parts.
import type { Author } from '../model';
import { cleanText } from './plain-text';

/** Superscripts, footnote and correspondence markers that bylines glue to names. */
const MARKERS = /[\u00B9\u00B2\u00B3\u2070-\u209F*\u2020\u2021\u00A7\u00B6\u2016#\u2709]/g;

/** Link texts that publishers interleave with names. */
const NOISE = /\b(?:View ORCID Profile|ORCID(?: iD)?(?: profile)?)\b|https?:\/\/orcid\.org\/\S+/gi;

/**
 * Degrees and suffixes printed after a name ("Michael L. Anderson, PhD"), which are not a given name.
 * Compared case-sensitively, so that the surname Ma is not the degree MA.
 */
const DEGREES = new Set([
  'PhD',
  'Ph.D.',
  'MD',
  'M.D.',
  'MPH',
  'MSc',
  'MS',
  'MA',
  'BSc',
  'BS',
  'BA',
  'MBA',
  'MBBS',
  'MBChB',
  'DO',
  'DPhil',
  'DrPH',
  'DSc',
  'PharmD',
  'RN',
  'NP',
  'PA-C',
  'FRCP',
  'FRCPC',
  'FACP',
  'FACC',
  'FRACP',
  'FRCS',
  'MRCP',
  'Jr',
  'Jr.',
  'Sr',
  'Sr.',
  'II',
  'III',
  'IV',
]);

function isDegree(part: string): boolean {
  return DEGREES.has(part.replace(/\s+/g, ''));
}

/**
 * A printed author name without affiliation numbers, asterisks, daggers, ORCID link text and
 * zero-width characters, because the name is matched against KOL names later.
 */
export function cleanAuthorName(raw: string | null | undefined): string | undefined {
  const text = cleanText((raw ?? '').replace(NOISE, ' ').replace(MARKERS, ' '));
  if (!text) return undefined;
  const trimmed = text
    // affiliation numbers and letters after the name: "Jane Smith 1,2", "Jane Smith1 2"
    .replace(/(?<=\p{L}\.?)\s*\d+(?:\s*[,\u2013-]\s*\d+)*\s*$/u, '')
    .replace(/^[\s,;:\d]+|[\s,;:]+$/g, '')
    .replace(/\s+and$/i, '');
  return trimmed && /\p{L}/u.test(trimmed) ? trimmed : undefined;
}

/**
 * An `Author` from a name as the page gives it. "Smith, Jane A." is split into family and given and
 * shown as "Jane A. Smith", so that every author reads the same way whatever the page's order.
 */
export function parseAuthor(raw: string, affiliations: string[] = [], orcid?: string): Author | undefined {
  const name = cleanAuthorName(raw);
  if (!name) return undefined;
  const author: Author = { name, affiliations };
  if (orcid) author.orcid = orcid;
  const parts = name
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  const [family, given, ...rest] = parts;
  // MEDLINE's short form "Okafor CN": the family name, then the initials of the given names.
  const medline = /^(\p{Lu}[\p{L}'\u2019 .-]*?)\s+(\p{Lu}{1,3})$/u.exec(name);
  if (parts.length === 1 && medline?.[1] && medline[2] && !isDegree(medline[2])) {
    author.family = medline[1];
    author.given = medline[2];
    return author;
  }
  if (parts.length < 2 || !family || !given || isDegree(given)) return author;
  if (!rest.every(isDegree)) return author;
  // A comma inside a name is "Family, Given"; anything longer than a few words is a list, not a name.
  if (family.split(' ').length > 4 || given.split(' ').length > 4) return author;
  author.family = family;
  author.given = given;
  author.name = [given, family, ...rest].join(' ');
  return author;
}

/** An `Author` from name parts printed apart (given-name and surname spans, JSON-LD givenName/familyName). */
export function authorFromParts(
  given: string | undefined,
  family: string,
  affiliations: string[] = [],
  orcid?: string,
): Author | undefined {
  const author = parseAuthor([given, family].filter(Boolean).join(' '), affiliations, orcid);
  const cleanFamily = cleanAuthorName(family);
  const cleanGiven = cleanAuthorName(given);
  if (author && cleanFamily) author.family = cleanFamily;
  if (author && cleanGiven) author.given = cleanGiven;
  return author;
}

/** The byline an `ExtractedPage` shows when the page gives authors but no printed byline. */
export function joinAuthorNames(authors: readonly Author[]): string | undefined {
  if (authors.length === 0) return undefined;
  const names = authors.map((author) => author.name);
  // Citation style: up to six names in full, otherwise the first three and "et al.".
  return names.length <= 6 ? names.join(', ') : `${names.slice(0, 3).join(', ')}, et al.`;
}
