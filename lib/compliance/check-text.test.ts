// The compliance check as a whole: every kind of finding in text order with exact offsets, nothing found in clean text.
import { describe, expect, it } from 'vitest';
import { checkText } from './index';

describe('checkText', () => {
  it('returns every kind of finding in text order', () => {
    const text = 'Dr Lee: her patient (MRN 00482913) developed hepatitis on Zentrivo, a real cure.';
    const found = checkText(text, { restrictedTerms: ['cure'], products: ['Zentrivo, zentrisumab'] });
    expect(found.map((f) => [f.kind, f.match, f.product])).toEqual([
      ['patient-identifier', '00482913', undefined],
      ['adverse-event', 'hepatitis', 'Zentrivo'],
      ['restricted-term', 'cure', undefined],
    ]);
    for (const f of found) expect(text.slice(f.start, f.end)).toBe(f.match);
  });

  it('finds nothing in clean text and in an empty note', () => {
    expect(checkText('Discussed the 52-week data (NCT04380636); ORR 43% vs 28%, p<0.001.')).toEqual([]);
    expect(checkText('')).toEqual([]);
  });

  // Its speed is not asserted here (no timing in tests); a runaway pattern would hit the test timeout.
  it('checks a long note of clean scientific text and finds nothing', () => {
    const note = 'Met Dr Lee on 12 March 2024 about the phase 3 data (HR 0.62; 95% CI 0.48-0.80). '.repeat(
      500,
    );
    expect(checkText(note, { restrictedTerms: ['cure', 'best in class'] })).toEqual([]);
  });
});
