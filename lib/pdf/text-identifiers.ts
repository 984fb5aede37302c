// Finds the work's own identifiers in a PDF's text and links (DOI, PMID, PMCID, NCT, arXiv), leaving those it only cites.
import { normalizeArxiv, normalizeDoi, normalizePmcid, normalizePmid } from '../extract/identifiers';
import type { PageText } from './page-text';
import { isInMargin, isStamp } from './page-furniture';
import type { TextLine } from './text-lines';

/** The identifiers a document names as its own. */
export interface PdfIdentifiers {
  doi?: string;
  pmid?: string;
  pmcid?: string;
  arxiv?: string;
  nct: string[];
}

/** Headings after which every identifier is a reference's. */
const REFERENCES =
  /^(?:\d+\.?\s*)?(?:references?|bibliography|literature cited|works cited|r\s?e\s?f\s?e\s?r\s?e\s?n\s?c\s?e\s?s)\s*$/i;

/** Words near a DOI that make it another object's: a dataset, a supplement, a cited work. */
const FOREIGN_DOI_CONTEXT =
  /\b(?:data\s?set|dataset \d|data availability|supplement\w*|supporting information|figshare|zenodo|dryad|see also|cited|reprinted|adapted from|erratum|correction to|comment on|retraction of)\b/i;

/** A DOI as printed in text: "doi:10…", "DOI 10…", "https://doi.org/10…", split lines joined by the caller. */
const DOI = /10\.\d{4,9}\/[^\s"'<>()[\]{}]+(?:\([^\s()]*\)[^\s"'<>()[\]{}]*)*/g;

/** Registration contexts: an NCT id in one of these is the work's own trial. */
const REGISTRATION =
  /(?:trial registration|registered (?:at|with|in|on)|registration (?:number|no\.?)|clinicaltrials\.gov(?: identifier| id| number|:)?|NCT (?:number|no\.?))/i;

/** Lines that are references: numbered or author-year entries after the References heading are excluded anyway. */
function referenceStart(lines: readonly TextLine[]): number {
  const index = lines.findIndex((line) => REFERENCES.test(line.text.trim()));
  return index < 0 ? lines.length : index;
}

/** The text of lines before the reference list, with a line's DOI continued on the next line rejoined. */
function textBeforeReferences(lines: readonly TextLine[]): string {
  return lines
    .slice(0, referenceStart(lines))
    .map((line) => line.text)
    .join('\n')
    .replace(/(10\.\d{4,9}\/\S*[./_-])\n(?=[\w.-]+)/g, '$1');
}

/** A DOI candidate and where it was seen. */
interface DoiSeen {
  doi: string;
  weight: number;
}

function doiCandidates(
  pages: readonly PageText[],
  foreign: RegExp | undefined,
  links: readonly string[],
): DoiSeen[] {
  const seen: DoiSeen[] = [];
  const add = (raw: string, weight: number): void => {
    const doi = normalizeDoi(raw);
    if (!doi || (foreign && foreign.test(doi))) return;
    seen.push({ doi, weight });
  };
  // Crossmark's link names the article the page belongs to, even where the page's text is unreadable.
  for (const link of links) {
    const crossmark = /crossmark\.crossref\.org\/dialog\/?\?doi=([^&\s]+)/i.exec(link);
    if (crossmark?.[1]) add(decodeURIComponent(crossmark[1]), 10);
  }
  for (const page of pages) {
    const lines = page.lines.slice(0, referenceStart(page.lines));
    const text = textBeforeReferences(page.lines);
    for (const match of text.matchAll(DOI)) {
      const before = text.slice(Math.max(0, (match.index ?? 0) - 60), match.index);
      const line = lines.find((l) => l.text.includes(match[0].slice(0, 12)));
      if (FOREIGN_DOI_CONTEXT.test(before) || (line && isStamp(line) && !/preprint/i.test(line.text)))
        continue;
      const labelled = /\b(?:doi|DOI)\s*:?\s*(?:https?:\/\/(?:dx\.)?doi\.org\/)?$|doi\.org\/$/.test(before);
      const margin = line ? isInMargin(line, page) : false;
      const first = page === pages[0];
      add(match[0], (labelled ? 3 : 1) + (margin ? 2 : 0) + (first ? 1 : 0));
    }
  }
  return seen;
}

/**
 * The work's DOI: Crossmark's link first, then the DOI the pages print with a "DOI" label or in a
 * running head or footer, most often; DOIs of references, datasets and supplements, and an
 * aggregator's own (JSTOR 10.2307/…) are left out.
 */
export function findDoi(
  pages: readonly PageText[],
  foreign: RegExp | undefined,
  links: readonly string[],
): string | undefined {
  const scores = new Map<string, number>();
  for (const { doi, weight } of doiCandidates(pages, foreign, links))
    scores.set(doi, (scores.get(doi) ?? 0) + weight);
  return [...scores].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/** The pages' text before the reference list, as one string. */
function frontText(pages: readonly PageText[]): string {
  return pages.map((page) => textBeforeReferences(page.lines)).join('\n');
}

/**
 * The document's own trial ids: NCT numbers on a protocol's cover page, in its abstract,
 * or in a registration statement ("Trial registration: ClinicalTrials.gov NCT…", "NCT number:
 * 00598429", a clinicaltrials.gov link); NCTs named elsewhere are studies it cites.
 */
export function findOwnNctIds(
  pages: readonly PageText[],
  abstractText: string | undefined,
  isProtocol: boolean,
): string[] {
  const ids = new Set<string>();
  const addAll = (text: string | undefined): void => {
    for (const match of (text ?? '').matchAll(/\bNCT\s?(\d{8})\b/gi)) ids.add(`NCT${match[1]}`);
  };
  addAll(abstractText);
  const firstPage = pages[0];
  if (firstPage && isProtocol)
    addAll(
      firstPage.lines
        .filter((line) => !isStamp(line))
        .map((line) => line.text)
        .join('\n'),
    );
  const text = frontText(pages).replace(/(\p{L})-\n(\p{Ll})/gu, '$1$2');
  for (const match of text.matchAll(/\bNCT\s?(\d{8})\b|\bNCT (?:number|no\.?)\s*:?\s*(\d{8})\b/gi)) {
    // The sentence before the id, back to the previous id: "Trial registration: ClinicalTrials.gov NCT…".
    const window = text.slice(Math.max(0, (match.index ?? 0) - 160), match.index);
    const before = window.split(/NCT\s?\d{8}|[.;]\s+(?=\p{Lu})/u).at(-1) ?? '';
    if (REGISTRATION.test(before)) ids.add(`NCT${match[1] ?? match[2]}`);
  }
  for (const link of pages.flatMap((page) => page.links)) {
    const id = /clinicaltrials\.gov\/.*?\b(NCT\d{8})\b/i.exec(link)?.[1];
    if (id) ids.add(id.toUpperCase());
  }
  return [...ids];
}

/** PMID, PMCID and arXiv id printed as the document's own (labelled on its first pages, or arXiv's margin id). */
export function findOtherIds(pages: readonly PageText[]): Omit<PdfIdentifiers, 'doi' | 'nct'> {
  const ids: Omit<PdfIdentifiers, 'doi' | 'nct'> = {};
  const text = frontText(pages.slice(0, 2));
  const pmid = /\bPMID\s*:?\s*(\d{1,9})\b/.exec(text)?.[1];
  if (pmid) ids.pmid = normalizePmid(pmid);
  const pmcid = /\bPMCID\s*:?\s*(PMC\d{1,9})\b|\b(PMC\d{5,9})\b/.exec(text);
  if (pmcid) ids.pmcid = normalizePmcid(pmcid[1] ?? pmcid[2]);
  const arxivLine = pages
    .slice(0, 2)
    .flatMap((page) => page.lines)
    .find((line) => /^arXiv:\s?\S+\s*\[[^\]]+\]/i.test(line.text));
  if (arxivLine) ids.arxiv = normalizeArxiv(arxivLine.text);
  for (const key of Object.keys(ids) as Array<keyof typeof ids>) if (!ids[key]) delete ids[key];
  return ids;
}
