// Reads what identifies a page in the library from its head alone: canonical address, DOI and PMID.
import type { PageKeys } from '../messages';

const DOI_META = ['citation_doi', 'dc.identifier', 'prism.doi', 'bepress_citation_doi'];
const PMID_META = ['citation_pmid', 'ncbi_uid'];

function metaContent(doc: Document, names: string[]): string | undefined {
  for (const meta of Array.from(doc.querySelectorAll('meta[name], meta[property]'))) {
    const name = (meta.getAttribute('name') ?? meta.getAttribute('property') ?? '').toLowerCase();
    const content = meta.getAttribute('content')?.trim();
    if (content && names.includes(name)) return content;
  }
  return undefined;
}

/** A bare lower-case DOI, as the library stores it, from "doi:10.x/y" or "https://doi.org/10.x/y". */
function bareDoi(value: string | undefined): string | undefined {
  const match = value?.match(/10\.\d{4,9}\/\S+/);
  return match ? match[0].toLowerCase() : undefined;
}

/** Cheap enough to run on every page load where the user allowed recognition; no Readability, no clone. */
export function readPageKeys(doc: Document, url: string): PageKeys {
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? undefined;
  let canonicalUrl: string | undefined;
  try {
    canonicalUrl = canonical ? new URL(canonical, url).href : undefined;
  } catch {
    canonicalUrl = undefined;
  }
  const doi = bareDoi(metaContent(doc, DOI_META));
  const pmid = metaContent(doc, PMID_META)?.match(/^\d{1,9}$/)?.[0];
  return {
    url,
    ...(canonicalUrl ? { canonicalUrl } : {}),
    ...(doi ? { doi } : {}),
    ...(pmid ? { pmid } : {}),
  };
}
