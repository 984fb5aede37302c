// Short renderings of sources for lists: three authors then et al., journal or site with year, short hosts, identifier links.
import { describe, expect, it } from 'vitest';
import { formatAuthorList, formatHost, formatVenue, IDENTIFIER_LINKS } from './format';

const author = (name: string) => ({ name, affiliations: [] });

describe('format', () => {
  it('lists three authors, then et al.', () => {
    expect(formatAuthorList([author('A'), author('B')])).toBe('A, B');
    expect(formatAuthorList(['A', 'B', 'C', 'D'].map(author))).toBe('A, B, C, et al.');
  });

  it('shows journal or site with the year', () => {
    expect(formatVenue({ journal: 'Lancet Oncol', year: 2024 })).toBe('Lancet Oncol · 2024');
    expect(formatVenue({ siteName: 'ASCO Meeting Library' })).toBe('ASCO Meeting Library');
    expect(formatVenue({})).toBe('');
  });

  it('shortens addresses to their host and tolerates non-URLs', () => {
    expect(formatHost('https://www.nejm.org/doi/full/10.1056/x')).toBe('nejm.org');
    expect(formatHost('not a url')).toBe('not a url');
  });

  it('links identifiers to their public records', () => {
    expect(IDENTIFIER_LINKS.doi('10.1056/NEJMoa2034577')).toBe('https://doi.org/10.1056/NEJMoa2034577');
    expect(IDENTIFIER_LINKS.nct('NCT04380636')).toBe('https://clinicaltrials.gov/study/NCT04380636');
  });
});
