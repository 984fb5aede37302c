// Field values the reference-manager formats (RIS, BibTeX, CSL-JSON) share: one-line text, page ranges, dates, notes.
import type { CitedPerson, CitedWork } from './model';

/**
 * Characters no export may carry: C0/C1 controls other than tab and line breaks, lone surrogates and the two
 * non-characters XML 1.0 forbids. Page text can hold any of them; Word refuses a document.xml containing one.
 */
const UNSAFE_CHARACTERS =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u0084\u0086-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Any line break or run of white space, Unicode's line and paragraph separators included. */
const WHITE_SPACE = /[\s\u0085\u2028\u2029]+/g;

/** Text with unsafe characters removed, for formats that keep line breaks (DOCX paragraphs split on them). */
export function stripUnsafeCharacters(text: string): string {
  return text.replace(UNSAFE_CHARACTERS, '');
}

/** Text on one line: unsafe characters removed, every run of white space (line breaks too) one space, trimmed. */
export function oneLine(text: string): string {
  return stripUnsafeCharacters(text).replace(WHITE_SPACE, ' ').trim();
}

/** A page range split at its hyphen or dash; an abbreviated end ("1823-33") is written out in full ("1833"). */
export function splitPages(pages: string): { start: string; end?: string } {
  const [start = '', end] = oneLine(pages).split(/\s*[-\u2010-\u2015]+\s*/, 2);
  if (end === undefined || end === '') return { start };
  if (/^\d+$/.test(start) && /^\d+$/.test(end) && end.length < start.length) {
    return { start, end: start.slice(0, start.length - end.length) + end };
  }
  return { start, end };
}

/** `[year, month?, day?]` from the ISO publication date, else the year alone; undefined when neither is known. */
export function publicationDateParts(work: Pick<CitedWork, 'published' | 'year'>): number[] | undefined {
  const parts = work.published ? isoDateParts(work.published) : undefined;
  if (parts && (work.year === undefined || parts[0] === work.year)) return parts;
  return work.year === undefined ? undefined : [work.year];
}

/** `[year, month?, day?]` from an ISO `yyyy`, `yyyy-mm` or `yyyy-mm-dd` date (a time part is ignored). */
export function isoDateParts(iso: string): number[] | undefined {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso.trim());
  if (!match) return undefined;
  return match
    .slice(1)
    .filter((part): part is string => part !== undefined)
    .map(Number);
}

/** "Family, Given", or the name as printed when it was not split. */
export function invertedName(person: CitedPerson): string {
  if (person.family && person.given) return `${oneLine(person.family)}, ${oneLine(person.given)}`;
  return oneLine(person.family ?? person.literal);
}

/**
 * What a reference manager has no field for but an MSL needs on the record: trial registrations and the
 * congress abstract number and session. Each entry is one line of plain text.
 */
export function workNotes(work: CitedWork): string[] {
  const notes: string[] = [];
  if (work.nct.length > 0) notes.push(`ClinicalTrials.gov: ${work.nct.map(oneLine).join(', ')}`);
  const congress = work.congress;
  if (congress?.abstractNumber) notes.push(`Abstract ${oneLine(congress.abstractNumber)}`);
  if (congress?.session) notes.push(`Session: ${oneLine(congress.session)}`);
  if (congress?.presenter) notes.push(`Presented by ${oneLine(congress.presenter)}`);
  return notes;
}
