// Reads citation lines ("Journal. 2015 Mar 12;56(3):120-31. doi: ...") into journal, date, volume, issue and pages.
import { parsePageDate, type PageDate } from './page-date';
import { normalizeDoi } from './identifiers';

/** What a citation line gives: the journal as abbreviated there, the date, the DOI, volume, issue, pages. */
export interface CitationLine {
  journal?: string;
  date?: PageDate;
  doi?: string;
  volume?: string;
  issue?: string;
  pages?: string;
}

/** NLM citation style after the date: ";56(3):120-31", ";41(Database issue):D36-42", ";56:120-131". */
const VOLUME_ISSUE_PAGES =
  /;\s*([A-Za-z]?\d[\w.-]*)?\s*(?:\(([^()]{1,40})\))?\s*(?::\s*([A-Za-z]{0,2}\d[\w-]*))?/;

/** Volume, issue and pages from the part of a citation line that follows the date. */
export function readVolumeIssuePages(text: string): Pick<CitationLine, 'volume' | 'issue' | 'pages'> {
  const match = VOLUME_ISSUE_PAGES.exec(text);
  const parts: Pick<CitationLine, 'volume' | 'issue' | 'pages'> = {};
  if (match?.[1]) parts.volume = match[1];
  if (match?.[2]) parts.issue = match[2].trim();
  if (match?.[3]) parts.pages = match[3];
  return parts;
}

/**
 * A citation line as PubMed prints it, with or without the journal in front ("2024 Jun 12;18(3):412-424.").
 * The date must come first (after the journal), so that prose is never taken for a citation.
 */
export function parseCitation(text: string, withJournal: boolean): CitationLine | undefined {
  const journalMatch = withJournal ? /^(.{2,200}?)\.\s+(?=(?:1[6-9]|2[01])\d\d\b)/.exec(text) : undefined;
  const rest = journalMatch ? text.slice(journalMatch[0].length) : text;
  const dateText = /^\s*((?:1[6-9]|2[01])\d\d(?:\s+[A-Za-z]{3,9}\.?(?:\s+\d{1,2})?)?)/.exec(rest)?.[1];
  if (!dateText) return undefined;
  const line: CitationLine = {
    ...readVolumeIssuePages(rest.slice(rest.indexOf(dateText) + dateText.length)),
  };
  const date = parsePageDate(dateText);
  if (date) line.date = date;
  if (journalMatch?.[1]) line.journal = journalMatch[1].trim();
  const doi = /\bdoi:\s*(10\.\S+)/i.exec(text)?.[1];
  if (doi) line.doi = normalizeDoi(doi);
  return line;
}

/**
 * Old PubMed pages carry no citation_* tags, only this line in `<meta name=description>`; it is taken
 * as a citation only when it names a DOI, so that an ordinary description is never misread.
 */
export function readCitationLine(description: string | undefined): CitationLine | undefined {
  if (!description || !/\bdoi:\s*10\./i.test(description)) return undefined;
  const line = parseCitation(description, true) ?? {};
  const doi = normalizeDoi(description.slice(description.search(/\bdoi:\s*10\./i)));
  if (doi) line.doi = doi;
  return line;
}
