// The picker's type-ahead: typed words found in an option whatever letters, accents, apostrophes or word order.
import { describe, expect, it } from 'vitest';
import { matchesTyped } from './typed-match';

describe('matchesTyped', () => {
  it.each([
    ['jorgensen', 'Anne Jørgensen'],
    ['Jørg', 'Anne Jorgensen'],
    ['muller', 'Jürgen Müller'],
    ['obrien', 'Siobhán O’Brien'],
    ["o'brien", 'Siobhán O’Brien'],
    ['lopez garcia', 'María García-López'],
    ['garcia lopez', 'María García-López'],
    ['garcia-lopez', 'Maria Garcia Lopez'],
    ['isik', 'Ahmet Işık'],
    ['nguyen', 'Nguyễn Thị Lan'],
    ['swiatek', 'Łukasz Świątek · Warsaw'],
    ['иванов', 'Иван ИВАНОВ'],
    ['', 'anyone'],
  ])('%j finds %s', (typed, text) => {
    expect(matchesTyped(typed, text)).toBe(true);
  });

  it.each([
    ['jorgensen', 'Anne Jensen'],
    ['smith jones', 'Jane Smith'],
    ['5 mg', 'dose 5 μg'],
  ])('%j does not find %s', (typed, text) => {
    expect(matchesTyped(typed, text)).toBe(false);
  });
});
