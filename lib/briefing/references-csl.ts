// The reference list as CSL-JSON (Citation Style Language data), for Zotero, Pandoc and citeproc processors.
import type { SourceKind } from '../model';
import { assignCitationKeys } from './citation-keys';
import type { BriefingReference, CitedPerson, CitedWork } from './model';
import {
  isoDateParts,
  oneLine,
  publicationDateParts,
  splitPages,
  stripUnsafeCharacters,
  workNotes,
} from './reference-fields';

/** CSL 1.0.2 item type per kind; "article" is CSL's type for preprints and working papers. */
const CSL_TYPES: Record<SourceKind, string> = {
  'pubmed-abstract': 'article-journal',
  'pmc-article': 'article-journal',
  'journal-article': 'article-journal',
  preprint: 'article',
  'congress-abstract': 'paper-conference',
  poster: 'speech',
  'trial-protocol': 'report',
  label: 'document',
  'trial-registry': 'webpage',
  'web-page': 'webpage',
  bookmark: 'webpage',
};

/** A CSL name: family and given when the name was split, else the name as printed. */
export type CslName = { family: string; given: string } | { literal: string };

/** A CSL date: one `[year, month?, day?]` of integers. */
export interface CslDate {
  'date-parts': number[][];
}

/** The CSL-JSON item this export writes; the CSL variable names are the specification's. */
export interface CslItem {
  id: string;
  type: string;
  title?: string;
  author?: CslName[];
  'container-title'?: string;
  'container-title-short'?: string;
  'event-title'?: string;
  publisher?: string;
  issued?: CslDate;
  accessed?: CslDate;
  volume?: string;
  issue?: string;
  page?: string;
  DOI?: string;
  PMID?: string;
  PMCID?: string;
  URL?: string;
  keyword?: string;
  abstract?: string;
  note?: string;
}

function cslName(person: CitedPerson): CslName {
  if (person.family && person.given) return { family: oneLine(person.family), given: oneLine(person.given) };
  return { literal: oneLine(person.family ?? person.literal) };
}

/** One item; fields without a value are left out, as the CSL schema expects. */
function cslItem(work: CitedWork, id: string): CslItem {
  const date = publicationDateParts(work);
  const accessed = isoDateParts(work.accessed);
  const pages = work.pages ? splitPages(work.pages) : undefined;
  const notes = workNotes(work);
  const container = work.journal ?? (work.kind === 'preprint' ? work.publisher : undefined);
  const item: CslItem = {
    id,
    type: CSL_TYPES[work.kind],
    title: work.title,
    author: work.authors.length > 0 ? work.authors.map(cslName) : undefined,
    'container-title': container,
    'container-title-short': work.journal ? work.journalAbbrev : undefined,
    'event-title': work.congress?.name,
    publisher: work.kind === 'preprint' && container === work.publisher ? undefined : work.publisher,
    issued: date ? { 'date-parts': [date] } : undefined,
    accessed: accessed ? { 'date-parts': [accessed] } : undefined,
    volume: work.volume,
    issue: work.issue,
    page: pages ? [pages.start, pages.end].filter((part) => part !== undefined).join('-') : undefined,
    DOI: work.doi,
    PMID: work.pmid,
    PMCID: work.pmcid,
    URL: work.url,
    keyword: work.keywords.length > 0 ? work.keywords.map(oneLine).join(', ') : undefined,
    abstract:
      work.abstract === undefined
        ? undefined
        : stripUnsafeCharacters(work.abstract).replace(/\r\n?/g, '\n').trim(),
    note: notes.length > 0 ? notes.join('\n') : undefined,
  };
  const entries = Object.entries(item).map(([name, value]) => [
    name,
    typeof value === 'string' && name !== 'abstract' && name !== 'note' ? oneLine(value) : value,
  ]);
  return Object.fromEntries(entries.filter(([, value]) => value !== undefined && value !== '')) as CslItem;
}

/**
 * The references as a CSL-JSON array, pretty-printed, ending with a newline. Each item's `id` is the work's
 * citation key, the same as in the BibTeX export, so a Pandoc document can cite either file.
 */
export function renderCslJson(references: BriefingReference[]): string {
  const keys = assignCitationKeys(references.map((reference) => reference.work));
  return `${JSON.stringify(
    references.map((reference, i) => cslItem(reference.work, keys[i] ?? `ref${reference.number}`)),
    null,
    2,
  )}\n`;
}
