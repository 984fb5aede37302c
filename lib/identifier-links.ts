// Links from a DOI, PMID or NCT number to the public record it names.

/** Links to the public record of each identifier. */
export const IDENTIFIER_LINKS = {
  doi: (id: string) => `https://doi.org/${encodeURI(id)}`,
  pmid: (id: string) => `https://pubmed.ncbi.nlm.nih.gov/${encodeURIComponent(id)}/`,
  nct: (id: string) => `https://clinicaltrials.gov/study/${encodeURIComponent(id)}`,
} as const;
