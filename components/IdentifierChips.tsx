// DOI, PMID, PMC, arXiv and NCT identifiers as chips that link to their public records.
import { IDENTIFIER_LINKS } from '../lib/identifier-links';

interface Props {
  doi?: string;
  pmid?: string;
  pmcid?: string;
  arxiv?: string;
  nct: string[];
  testId?: string;
}

/** Public records of the identifiers lib/format does not link (yet): PMC full text and arXiv. */
const MORE_LINKS = {
  pmcid: (id: string) => `https://pmc.ncbi.nlm.nih.gov/articles/${encodeURIComponent(id)}/`,
  arxiv: (id: string) => `https://arxiv.org/abs/${encodeURI(id)}`,
} as const;

/** Shows a work's identifiers; renders nothing when it has none. */
export function IdentifierChips({ doi, pmid, pmcid, arxiv, nct, testId }: Props) {
  const chips = [
    ...(doi ? [{ label: 'DOI', id: doi, href: IDENTIFIER_LINKS.doi(doi) }] : []),
    ...(pmid ? [{ label: 'PMID', id: pmid, href: IDENTIFIER_LINKS.pmid(pmid) }] : []),
    ...(pmcid ? [{ label: 'PMC', id: pmcid, href: MORE_LINKS.pmcid(pmcid) }] : []),
    ...(arxiv ? [{ label: 'arXiv', id: arxiv, href: MORE_LINKS.arxiv(arxiv) }] : []),
    ...nct.map((id) => ({ label: 'Trial', id, href: IDENTIFIER_LINKS.nct(id) })),
  ];
  if (chips.length === 0) return null;
  return (
    <div class="chips" data-testid={testId}>
      {chips.map((chip) => (
        <a
          class="chip"
          key={chip.label + chip.id}
          href={chip.href}
          target="_blank"
          rel="noopener noreferrer"
          title={`${chip.label} ${chip.id}`}
        >
          <span class="chip-label">{chip.label}</span>
          {chip.id}
        </a>
      ))}
    </div>
  );
}
