// Recognises and normalises scholarly identifiers: DOI, PMID, PMCID, arXiv id, NCT number and ORCID iD.

/** A DOI as printed anywhere: prefix 10.NNNN, a slash, then anything up to whitespace or a quote. */
const DOI_IN_TEXT = /10\.\d{4,9}\/[^\s"'<>]+/;

/** Path segments that follow a DOI in publishers' URLs but are not part of it. */
const URL_DOI_SUFFIX =
  /(?:\/(?:full|abstract|abs|pdf|epdf|html|fulltext|meta|figures|references|citedby|suppl_file|tables?))+\/?$/i;

/** Views that bioRxiv-style URLs append with a dot ("v3.full.pdf", "v1.supplementary-material"). */
const URL_DOI_EXTENSION =
  /\.(?:full(?:\.pdf)?|full-text|abstract|article-info|article-metrics|supplementary-material|pdf|html?)$/i;

/**
 * A bare, lower-case DOI from any printed form ("doi:10...", "https://doi.org/10...", "info:doi/10..."),
 * without trailing punctuation, because the library deduplicates works by DOI.
 */
export function normalizeDoi(raw: string | null | undefined): string | undefined {
  if (!raw) return undefined;
  let text = raw;
  try {
    if (/%2F/i.test(text)) text = decodeURIComponent(text);
  } catch {
    // A stray % is not a reason to lose the DOI: keep the raw text.
  }
  const match = DOI_IN_TEXT.exec(text);
  if (!match) return undefined;
  let doi = match[0];
  // Trailing punctuation comes from the sentence around the DOI; a closing bracket is part of the DOI
  // only when it closes one opened inside it (10.1016/S0140-6736(20)30183-5).
  for (;;) {
    const last = doi.at(-1) ?? '';
    if ('.,;:!?\'"'.includes(last)) {
      doi = doi.slice(0, -1);
    } else if (')]}'.includes(last) && count(doi, opening(last)) < count(doi, last)) {
      doi = doi.slice(0, -1);
    } else {
      break;
    }
  }
  return doi.length > 8 ? doi.toLowerCase() : undefined;
}

function opening(closing: string): string {
  return closing === ')' ? '(' : closing === ']' ? '[' : '{';
}

function count(text: string, char: string): number {
  return text.split(char).length - 1;
}

/** Addresses that name a work by another id with a known DOI form (arXiv registers 10.48550/arXiv.<id>). */
const URL_DOI_RULES: ReadonlyArray<readonly [pattern: RegExp, toDoi: (id: string) => string]> = [
  [
    /^https?:\/\/(?:www\.|export\.)?arxiv\.org\/(?:abs|pdf|html)\/(\d{4}\.\d{4,5})/i,
    (id) => `10.48550/arxiv.${id}`,
  ],
];

/**
 * The DOI in a page's own address (acpjournals /doi/10..., Frontiers, PLOS ?id=, bioRxiv content/10...),
 * without the view suffix (/full, /abstract) or a preprint's version (v3), for pages whose meta lacks it.
 */
export function findDoiInUrl(url: string): string | undefined {
  let text = url;
  try {
    text = decodeURIComponent(url);
  } catch {
    // keep the raw URL
  }
  const match = /10\.\d{4,9}\/[^\s?#&]+/.exec(text);
  if (match) {
    let doi = match[0].replace(URL_DOI_SUFFIX, '').replace(URL_DOI_EXTENSION, '');
    // bioRxiv and medRxiv append the version to the DOI in their URLs.
    if (doi.startsWith('10.1101/')) doi = doi.replace(/v\d+$/i, '');
    return normalizeDoi(doi);
  }
  for (const [pattern, toDoi] of URL_DOI_RULES) {
    const id = pattern.exec(url)?.[1];
    if (id) return normalizeDoi(toDoi(id));
  }
  return undefined;
}

/** A `doi` key with a DOI value in inline script data (`SDM.doi = '10...'`, `"doi":"10..."`). */
const SCRIPT_DOI = /\bdoi["']?\s*[:=]\s*["'](?:https?:\/\/(?:dx\.)?doi\.org\/)?(10\.\d{4,9}\/[^"'\s]+)["']/i;

/**
 * The DOI a page keeps only in its scripts' data (old ScienceDirect, analytics data layers): a last
 * resort, read before Readability removes the scripts.
 */
export function findDoiInScripts(doc: Document): string | undefined {
  for (const script of Array.from(doc.getElementsByTagName('script'))) {
    const match = SCRIPT_DOI.exec(script.textContent);
    if (match?.[1]) return normalizeDoi(match[1]);
  }
  return undefined;
}

/** Where a page's own address carries its PubMed id; one row per URL layout. */
const PMID_URL_PATTERNS: readonly RegExp[] = [
  /^https?:\/\/pubmed\.ncbi\.nlm\.nih\.gov\/(\d{1,9})(?:[/?#]|$)/i,
  /^https?:\/\/(?:www\.)?ncbi\.nlm\.nih\.gov\/pubmed\/(\d{1,9})(?:[/?#]|$)/i,
  /^https?:\/\/europepmc\.org\/(?:abstract\/MED|article\/MED)\/(\d{1,9})(?:[/?#]|$)/i,
];

/** The PMID of a PubMed (or Europe PMC) record page, read from its address. */
export function findPmidInUrl(url: string): string | undefined {
  for (const pattern of PMID_URL_PATTERNS) {
    const match = pattern.exec(url);
    if (match?.[1]) return normalizePmid(match[1]);
  }
  return undefined;
}

/** A PMID as digits without leading zeros, or undefined when the text is not one. */
export function normalizePmid(raw: string | null | undefined): string | undefined {
  const match = /^\s*(?:pmid:?\s*)?0*(\d{1,9})\s*$/i.exec(raw ?? '');
  return match?.[1];
}

/** Every distinct ClinicalTrials.gov id in the texts, upper-cased, in order of first appearance. */
export function findNctIds(...texts: Array<string | undefined>): string[] {
  const ids = new Set<string>();
  for (const text of texts) {
    if (!text) continue;
    for (const match of text.matchAll(/\bNCT\d{8}\b/gi)) ids.add(match[0].toUpperCase());
  }
  return [...ids];
}

/** A bare ORCID iD (0000-0002-1825-0097) from a URL or printed form, checksum character upper-cased. */
export function normalizeOrcid(raw: string | null | undefined): string | undefined {
  const match = /(\d{4})-?(\d{4})-?(\d{4})-?(\d{3}[\dX])/i.exec(raw ?? '');
  if (!match) return undefined;
  return `${match[1]}-${match[2]}-${match[3]}-${match[4]}`.toUpperCase();
}

/** A PMC id as "PMC" and digits, from "PMC3531190", "pmc 3531190" or a bare number in a PMCID field. */
export function normalizePmcid(raw: string | null | undefined): string | undefined {
  const match =
    /^\s*(?:pmcid:?\s*)?(?:pmc\s*)?(\d{1,9})\s*$/i.exec(raw ?? '') ?? /\bPMC(\d{1,9})\b/i.exec(raw ?? '');
  return match?.[1] ? `PMC${match[1]}` : undefined;
}

/** An arXiv id without its version: "1706.03762" from "arXiv:1706.03762v7", old style "hep-th/9901001" too. */
export function normalizeArxiv(raw: string | null | undefined): string | undefined {
  const text = raw ?? '';
  const modern = /(?:^|[^\d.])(\d{4}\.\d{4,5})(?:v\d+)?(?![\d.])/.exec(text);
  if (modern?.[1]) return modern[1];
  return /\b([a-z-]+(?:\.[A-Z]{2})?\/\d{7})(?:v\d+)?\b/.exec(text)?.[1];
}

/** Where a page's own address carries its PMC id; one row per layout (PMC old and new, Europe PMC). */
const PMCID_URL_PATTERNS: readonly RegExp[] = [
  /^https?:\/\/(?:www\.)?ncbi\.nlm\.nih\.gov\/pmc\/articles\/(PMC\d{1,9})(?:[/?#]|$)/i,
  /^https?:\/\/pmc\.ncbi\.nlm\.nih\.gov\/articles\/(PMC\d{1,9})(?:[/?#]|$)/i,
  /^https?:\/\/(?:www\.)?europepmc\.org\/(?:article|abstract)\/PMC\/(PMC\d{1,9})(?:[/?#]|$)/i,
  /^https?:\/\/(?:www\.)?europepmc\.org\/articles\/(PMC\d{1,9})(?:[/?#]|$)/i,
];

/** The PMC id of a PMC or Europe PMC article page, read from its address. */
export function findPmcidInUrl(url: string): string | undefined {
  for (const pattern of PMCID_URL_PATTERNS) {
    const match = pattern.exec(url);
    if (match?.[1]) return normalizePmcid(match[1]);
  }
  return undefined;
}

/** The arXiv id of an arXiv abstract, PDF or HTML page, read from its address. */
export function findArxivInUrl(url: string): string | undefined {
  const match = /^https?:\/\/(?:www\.|export\.)?arxiv\.org\/(?:abs|pdf|html)\/([^?#]+)/i.exec(url);
  return match?.[1] ? normalizeArxiv(match[1]) : undefined;
}

/** The registry id a ClinicalTrials.gov address names (/study/NCT..., /ct2/show/NCT...). */
export function findNctInUrl(url: string): string | undefined {
  const match = /^https?:\/\/(?:www\.|classic\.)?clinicaltrials\.gov\/.*?\b(NCT\d{8})\b/i.exec(url);
  return match?.[1]?.toUpperCase();
}
