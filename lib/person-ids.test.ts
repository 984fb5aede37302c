// ORCID and NPI normalisation: valid iDs accepted in common forms, wrong check digits or lengths refused.
import { describe, expect, it } from 'vitest';
import { normalizeNpi, normalizeOrcid } from './person-ids';

describe('normalizeOrcid', () => {
  it('accepts valid iDs in any common form, including an X check digit', () => {
    expect(normalizeOrcid('0000-0002-1825-0097')).toBe('0000-0002-1825-0097');
    expect(normalizeOrcid('https://orcid.org/0000-0001-5109-3700')).toBe('0000-0001-5109-3700');
    expect(normalizeOrcid('0000 0002 1694 233x')).toBe('0000-0002-1694-233X');
  });
  it('refuses a wrong check digit or a wrong length', () => {
    expect(normalizeOrcid('0000-0002-1825-0098')).toBeUndefined();
    expect(normalizeOrcid('0000-0002-1825')).toBeUndefined();
  });
});

describe('normalizeNpi', () => {
  it('accepts an NPI with a correct Luhn check digit', () => {
    expect(normalizeNpi('1234567893')).toBe('1234567893');
    expect(normalizeNpi('1245319599')).toBe('1245319599');
  });
  it('refuses a wrong check digit or length', () => {
    expect(normalizeNpi('1234567890')).toBeUndefined();
    expect(normalizeNpi('12345')).toBeUndefined();
  });
});
