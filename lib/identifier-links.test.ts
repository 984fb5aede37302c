// Identifier links: each identifier to its public record, escaped so that an odd identifier cannot change the address.
import { describe, expect, it } from 'vitest';
import { IDENTIFIER_LINKS } from './identifier-links';

describe('identifier links', () => {
  it('links identifiers to their public records', () => {
    expect(IDENTIFIER_LINKS.doi('10.1056/NEJMoa2034577')).toBe('https://doi.org/10.1056/NEJMoa2034577');
    expect(IDENTIFIER_LINKS.pmid('33301246')).toBe('https://pubmed.ncbi.nlm.nih.gov/33301246/');
    expect(IDENTIFIER_LINKS.nct('NCT04380636')).toBe('https://clinicaltrials.gov/study/NCT04380636');
    expect(IDENTIFIER_LINKS.nct('NCT1/../x?y')).toBe('https://clinicaltrials.gov/study/NCT1%2F..%2Fx%3Fy');
  });
});
