// Short renderings of sources for lists: three authors then et al., journal or site with year, short hosts.
import { describe, expect, it } from 'vitest';
import { formatAuthorList, formatHost, formatVenue } from './source-summary';

const author = (name: string) => ({ name, affiliations: [] });

describe('source summary', () => {
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
});
