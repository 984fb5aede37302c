// DOI, PMID and NCT identifiers as chips that link to their public records.
import { IDENTIFIER_LINKS } from '../lib/format';

interface Props {
  doi?: string;
  pmid?: string;
  nct: string[];
  testId?: string;
}

/** Shows a work's identifiers; renders nothing when it has none. */
export function IdentifierChips({ doi, pmid, nct, testId }: Props) {
  const chips = [
    ...(doi ? [{ label: 'DOI', id: doi, href: IDENTIFIER_LINKS.doi(doi) }] : []),
    ...(pmid ? [{ label: 'PMID', id: pmid, href: IDENTIFIER_LINKS.pmid(pmid) }] : []),
    ...nct.map((id) => ({ label: 'Trial', id, href: IDENTIFIER_LINKS.nct(id) })),
  ];
  if (chips.length === 0) return null;
  return (
    <div class="chips" data-testid={testId}>
      {chips.map((chip) => (
        <a class="chip" key={chip.label + chip.id} href={chip.href} target="_blank" rel="noopener noreferrer" title={`${chip.label} ${chip.id}`}>
          <span class="chip-label">{chip.label}</span>
          {chip.id}
        </a>
      ))}
    </div>
  );
}
