// Reads a PDF's XMP packet and Info dictionary into two metadata layers, junk titles and accounts left out.
import type { Author } from '../model';
import { parseAuthor } from '../extract/authors';
import { splitKeywords } from '../extract/abstract-sections';
import { parsePageDate } from '../extract/page-date';
import { normalizeDoi } from '../extract/identifiers';
import type { WorkRecord } from '../extract/work-record';
import { JUNK_AUTHORS, JUNK_TITLES } from './pdf-rules';
import { readCitationText } from './running-citation';

/** XMP property (as pdf.js names it, lower case) -> record field; within a field, earlier rows win. */
export const XMP_MAPPINGS: ReadonlyArray<readonly [property: string, field: XmpField]> = [
  ['dc:title', 'title'],
  ['dc:creator', 'authors'],
  ['prism:doi', 'doi'],
  ['crossmark:doi', 'doi'],
  ['pdfx:doi', 'doi'],
  ['pdfx:wps-articledoi', 'doi'],
  ['dc:identifier', 'doi'],
  ['prism:url', 'doi'],
  ['prism:publicationname', 'journal'],
  ['prism:volume', 'volume'],
  ['prism:number', 'issue'],
  ['prism:pagerange', 'pages'],
  ['prism:startingpage', 'firstPage'],
  ['prism:endingpage', 'lastPage'],
  ['prism:coverdate', 'date'],
  ['prism:publicationdate', 'date'],
  ['prism:coverdisplaydate', 'date'],
  ['dc:subject', 'keywords'],
  ['pdf:keywords', 'keywords'],
  ['dc:description', 'citation'],
  ['xmp:label', 'citation'],
];

/** Info dictionary key (custom keys in `Custom`) -> record field. */
export const INFO_MAPPINGS: ReadonlyArray<readonly [key: string, field: XmpField]> = [
  ['Title', 'title'],
  ['Author', 'authors'],
  ['doi', 'doi'],
  ['WPS-ARTICLEDOI', 'doi'],
  ['Subject', 'citation'],
  ['Keywords', 'keywords'],
];

type XmpField =
  | 'title'
  | 'authors'
  | 'doi'
  | 'journal'
  | 'volume'
  | 'issue'
  | 'pages'
  | 'firstPage'
  | 'lastPage'
  | 'date'
  | 'keywords'
  | 'citation';

/** The two file-property layers; the title and authors are still to be checked against the page text. */
export interface FileProperties {
  xmp: WorkRecord;
  info: WorkRecord;
}

function strings(value: unknown): string[] {
  if (typeof value === 'string') return value.trim() ? [value.trim()] : [];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

/** Whether a title from the file's properties is a placeholder, a file name or an internal id. */
export function isJunkTitle(title: string): boolean {
  if (JUNK_TITLES.some((rule) => rule.pattern.test(title))) return true;
  // Internal ids ("ipg1300180a", "INES_A_1185421_O", "566165"): fewer than two plain words.
  const words = title.split(/\s+/).filter((word) => /^[\p{L}][\p{L}'’-]*[,:;.]?$/u.test(word));
  return words.length < 2;
}

/** Whether a name from the file's properties is an account, a publisher or a placeholder. */
export function isJunkAuthor(name: string): boolean {
  return JUNK_AUTHORS.some((rule) => rule.pattern.test(name)) || !/\p{L}{2,}/u.test(name);
}

/** Authors from dc:creator or Info Author; one string with commas or "and" is a list. */
function readAuthors(values: readonly string[]): Author[] | undefined {
  const names =
    values.length === 1
      ? (values[0] ?? '').split(/\s*(?:;|,(?=\s*\p{Lu}\p{L}+\s+\p{Lu})|\band\b|&)\s*/u)
      : [...values];
  if (names.length === 0 || names.some((name) => isJunkAuthor(name.trim()))) return undefined;
  const authors = names.flatMap((name) => parseAuthor(name) ?? []);
  return authors.length > 0 ? authors : undefined;
}

function build(entries: ReadonlyArray<readonly [XmpField, string[]]>): WorkRecord {
  const record: WorkRecord = {};
  const first = (field: XmpField): string | undefined =>
    entries.find(([f, v]) => f === field && v.length)?.[1][0];
  const all = (field: XmpField): string[] | undefined =>
    entries.find(([f, v]) => f === field && v.length)?.[1];
  const title = first('title');
  if (title && !isJunkTitle(title)) record.title = title.replace(/\s+/g, ' ');
  const authors = all('authors');
  if (authors) record.authors = readAuthors(authors);
  for (const [field, values] of entries) {
    if (field !== 'doi' && field !== 'citation') continue;
    const doi = values.map((value) => normalizeDoi(value)).find(Boolean);
    if (doi && !record.doi) record.doi = doi;
  }
  const citation = first('citation');
  const cited = citation ? readCitationText(citation) : undefined;
  record.journal = first('journal') ?? cited?.journal;
  record.volume = first('volume') ?? cited?.volume;
  record.issue = first('issue');
  const firstPage = first('firstPage');
  const lastPage = first('lastPage');
  record.pages =
    first('pages') ?? (firstPage ? [firstPage, lastPage].filter(Boolean).join('-') : cited?.pages);
  const date = first('date');
  record.date = (date ? parsePageDate(date) : undefined) ?? cited?.date;
  const keywords = all('keywords');
  if (keywords) {
    const list = keywords.length === 1 ? splitKeywords(keywords[0] ?? '') : keywords;
    const kept = list.filter((keyword) => keyword !== '-' && keyword.length > 1);
    if (kept.length > 0) record.keywords = kept;
  }
  for (const key of Object.keys(record) as Array<keyof WorkRecord>)
    if (record[key] === undefined) delete record[key];
  return record;
}

/**
 * The XMP and Info layers of a file: XMP (dc:, prism:, crossmark:) first, then the Info dictionary,
 * each without junk titles ("Microsoft Word - …", ids, "-") and without account or publisher names
 * as authors. Creation dates are never read as the publication year.
 */
export function readFileProperties(info: object, xmp: Record<string, unknown> | undefined): FileProperties {
  const infoRecord = info as Record<string, unknown>;
  const custom = (infoRecord.Custom ?? {}) as Record<string, unknown>;
  const lowerCustom = Object.fromEntries(Object.entries(custom).map(([k, v]) => [k.toLowerCase(), v]));
  return {
    xmp: build(XMP_MAPPINGS.map(([property, field]) => [field, strings(xmp?.[property])] as const)),
    info: build(
      INFO_MAPPINGS.map(
        ([key, field]) => [field, strings(infoRecord[key] ?? lowerCustom[key.toLowerCase()])] as const,
      ),
    ),
  };
}
