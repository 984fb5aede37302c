// The reference list as RIS, the tagged format EndNote, Zotero, Mendeley and Rayyan import.
import type { CitedWork, BriefingReference } from './model';
import type { SourceKind } from '../model';
import { assignCitationKeys } from './citation-keys';
import {
  invertedName,
  isoDateParts,
  oneLine,
  publicationDateParts,
  splitPages,
  workNotes,
} from './reference-fields';

/**
 * RIS reference type per kind. Preprints are JOUR with the server as the journal, as bioRxiv and medRxiv
 * export them: UNPB ("unpublished work") imports as a manuscript and loses the server.
 */
const RIS_TYPES: Record<SourceKind, string> = {
  'pubmed-abstract': 'JOUR',
  'pmc-article': 'JOUR',
  'journal-article': 'JOUR',
  preprint: 'JOUR',
  'congress-abstract': 'CONF',
  poster: 'CONF',
  'trial-protocol': 'RPRT',
  label: 'GEN',
  'trial-registry': 'ELEC',
  'web-page': 'ELEC',
  bookmark: 'ELEC',
};

/** `yyyy/mm/dd/`, RIS's date form, from date parts. */
function risDate(parts: number[]): string {
  return `${parts.map((part, i) => (i === 0 ? String(part) : String(part).padStart(2, '0'))).join('/')}/`;
}

/** The tag-value pairs of one work, in the order EndNote writes them; empty values are left out later. */
function risFields(work: CitedWork, key: string): Array<[string, string | undefined]> {
  const pages = work.pages ? splitPages(work.pages) : undefined;
  const date = publicationDateParts(work);
  const accessed = isoDateParts(work.accessed);
  const container =
    work.journal ?? work.congress?.name ?? (work.kind === 'preprint' ? work.publisher : undefined);
  return [
    ['TY', RIS_TYPES[work.kind]],
    ['ID', key],
    ...work.authors.map((person): [string, string] => ['AU', invertedName(person)]),
    ['TI', work.title],
    ['T2', container],
    ['J2', work.journalAbbrev],
    ['C3', work.congress?.name],
    ['PY', date ? String(date[0]) : undefined],
    ['DA', date && date.length > 1 ? risDate(date) : undefined],
    ['VL', work.volume],
    ['IS', work.issue],
    ['SP', pages?.start],
    ['EP', pages?.end],
    ['PB', work.publisher === container ? undefined : work.publisher],
    ['DO', work.doi],
    // PubMed's accession number, as EndNote and PubMed's own RIS write it; C2 holds the PMCID.
    ['AN', work.pmid],
    ['DB', work.pmid ? 'PubMed' : undefined],
    ['C2', work.pmcid],
    ['UR', work.url],
    ['Y2', accessed ? risDate(accessed) : undefined],
    ...work.keywords.map((keyword): [string, string] => ['KW', keyword]),
    ['AB', work.abstract],
    ...workNotes(work).map((note): [string, string] => ['N1', note]),
  ];
}

/**
 * The references as RIS: one record per work from `TY` to `ER`, CRLF line endings (the RIS specification's),
 * UTF-8 without a byte-order mark; `ID` is the work's citation key, as in the BibTeX and CSL-JSON exports. Every
 * value is put on one line (line breaks become spaces), so nothing a page says can end a record or start a field.
 * A group author is written whole, without a comma, which Zotero keeps as one name.
 */
export function renderRis(references: BriefingReference[]): string {
  const keys = assignCitationKeys(references.map((reference) => reference.work));
  return references
    .map((reference, i) => {
      const lines = risFields(reference.work, keys[i] ?? '')
        .map(([tag, value]) => [tag, value === undefined ? '' : oneLine(value)] as const)
        .filter(([, value]) => value !== '')
        .map(([tag, value]) => `${tag}  - ${value}\r\n`);
      return `${lines.join('')}ER  - \r\n`;
    })
    .join('\r\n');
}
