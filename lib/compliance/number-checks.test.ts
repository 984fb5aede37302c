// The number checks behind identifier detection: Luhn, IBAN and the SSN ranges that were never issued.
import { describe, expect, it } from 'vitest';
import { isIbanValid, isLuhnValid, isPlausibleSsn } from './number-checks';

describe('number checks', () => {
  it('Luhn: test card numbers pass, a changed digit fails, short numbers fail', () => {
    expect(isLuhnValid('4111 1111 1111 1111')).toBe(true);
    expect(isLuhnValid('5500-0000-0000-0004')).toBe(true);
    expect(isLuhnValid('4111 1111 1111 1112')).toBe(false);
    expect(isLuhnValid('1234567')).toBe(false);
  });

  it('IBAN: the ISO example passes, a changed digit fails', () => {
    expect(isIbanValid('DE89 3704 0044 0532 0130 00')).toBe(true);
    expect(isIbanValid('GB82 WEST 1234 5698 7654 32')).toBe(true);
    expect(isIbanValid('DE89 3704 0044 0532 0130 01')).toBe(false);
    expect(isIbanValid('IL6 2RA')).toBe(false);
  });

  it('SSN: never-issued areas, groups and serials fail; ITINs (9xx) identify a person too', () => {
    expect(isPlausibleSsn('219-09-9999')).toBe(true);
    expect(isPlausibleSsn('912-78-3456')).toBe(true);
    for (const ssn of ['000-12-3456', '666-12-3456', '123-00-4567', '123-45-0000', '12-345-678']) {
      expect(isPlausibleSsn(ssn)).toBe(false);
    }
  });
});
