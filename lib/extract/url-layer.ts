// The 'url' layer: identifiers that a page's own address (or its canonical address) carries.
import { findArxivInUrl, findDoiInUrl, findNctInUrl, findPmcidInUrl, findPmidInUrl } from './identifiers';
import type { WorkRecord } from './work-record';

/** Per identifier, how it is read from an address; one row per identifier. */
const URL_READERS: ReadonlyArray<
  readonly [field: 'doi' | 'pmid' | 'pmcid' | 'arxiv', read: (url: string) => string | undefined]
> = [
  ['doi', findDoiInUrl],
  ['pmid', findPmidInUrl],
  ['pmcid', findPmcidInUrl],
  ['arxiv', findArxivInUrl],
];

/**
 * What the page's address and canonical address say: a DOI in the path (acpjournals, Frontiers, PLOS,
 * bioRxiv), a PubMed or PMC id, an arXiv id, a registry id. Saved copies keep their canonical address,
 * so a page served from elsewhere still gets its ids.
 */
export function readUrlLayer(urls: readonly string[]): WorkRecord {
  const record: WorkRecord = {};
  for (const [field, read] of URL_READERS) {
    for (const url of urls) {
      const value = read(url);
      if (value) {
        record[field] = value;
        break;
      }
    }
  }
  const nct = urls.flatMap((url) => findNctInUrl(url) ?? []);
  if (nct.length > 0) record.nct = [...new Set(nct)];
  return record;
}
