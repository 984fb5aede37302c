// Reads the citation line some pages use as their meta description ("Journal. 2015 Mar 12;56:120. doi: ...").
import { parsePageDate, type PageDate } from './dates';
import { normalizeDoi } from './identifiers';

/** What a citation line gives: the journal as abbreviated there, the date, the DOI. */
export interface CitationLine {
  journal?: string;
  date?: PageDate;
  doi?: string;
}

/**
 * Old PubMed pages carry no citation_* tags, only this line in `<meta name=description>`; it is taken
 * as a citation only when it names a DOI, so that an ordinary description is never misread.
 */
export function readCitationLine(description: string | undefined): CitationLine | undefined {
  if (!description) return undefined;
  const doiAt = description.search(/\bdoi:\s*10\./i);
  if (doiAt < 0) return undefined;
  const head = description.slice(0, doiAt);
  const journal = /^(.{2,200}?)\.\s+(?:1[6-9]|2[01])\d\d\b/.exec(head)?.[1]?.trim();
  const line: CitationLine = {};
  if (journal) line.journal = journal;
  const date = parsePageDate(journal ? head.slice(journal.length + 1) : head);
  if (date) line.date = date;
  const doi = normalizeDoi(description.slice(doiAt));
  if (doi) line.doi = doi;
  return line;
}
