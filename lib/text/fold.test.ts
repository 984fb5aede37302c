// The folding rule over a table of names as they are written in bylines, KOL lists and what a user types.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldText, foldTextWithOrigins } from './fold';

/** [as written, folded]: each row a spelling that must fold to what a user types on an ASCII keyboard. */
const NAMES: readonly (readonly [string, string])[] = [
  // Nordic
  ['Jørgensen', 'jorgensen'],
  ['JØRGENSEN', 'jorgensen'],
  ['Ærø Ågård', 'aero agard'],
  ['Þórsdóttir Guðrún', 'thorsdottir gudrun'],
  // German
  ['Müller', 'muller'],
  ['MÜLLER', 'muller'],
  ['Strauß', 'strauss'],
  ['Schrödinger-Käß', 'schrodinger-kass'],
  // Polish
  ['Łukasz Wójcik', 'lukasz wojcik'],
  ['Świątek', 'swiatek'],
  ['Żółkiewski', 'zolkiewski'],
  // Turkish: dotless ı, dotted İ (which lower-cases to i and a combining dot), ş, ğ
  ['Işık', 'isik'],
  ['İnönü', 'inonu'],
  ['Şahin Ağaoğlu', 'sahin agaoglu'],
  // Vietnamese: horned ư and ơ, đ, and stacked diacritics
  ['Nguyễn Thị Ngọc Ánh', 'nguyen thi ngoc anh'],
  ['Trương Đức Phước', 'truong duc phuoc'],
  ['Đặng Hữu Tường', 'dang huu tuong'],
  // Greek and Cyrillic: transliterations with diacritics fold to ASCII; the original script folds case and accents
  ['Čajkovskij', 'cajkovskij'],
  ['Dostoïevski', 'dostoievski'],
  ['Žukov Šostakovič', 'zukov sostakovic'],
  ['Papadópoulos', 'papadopoulos'],
  ['Παπαδόπουλος', 'παπαδοπουλοσ'],
  ['ΠΑΠΑΔΟΠΟΥΛΟΣ', 'παπαδοπουλοσ'],
  ['Фёдоров', 'федоров'],
  ['ИВАНОВ', 'иванов'],
  // Apostrophes: typed, typeset, the transliteration prime of ь, the backtick and the acute accent used as one
  ["O'Brien", "o'brien"],
  ['O’Brien', "o'brien"],
  ['O`Brien', "o'brien"],
  ['O´Brien', "o'brien"],
  ['Ilʹin', "il'in"],
  ['D‘Angelo', "d'angelo"],
  // Hyphenated family names, whichever hyphen the publisher set
  ['García-López', 'garcia-lopez'],
  ['García‐López', 'garcia-lopez'],
  ['Lévy‑Bruhl', 'levy-bruhl'],
  // Compatibility forms
  ['ﬁnal', 'final'],
  ['Ｍüller', 'muller'],
];

describe('foldText', () => {
  it.each(NAMES)('folds %s to %s', (written, folded) => {
    expect(foldText(written)).toBe(folded);
  });

  it('keeps Greek letters apart from Latin ones, so a dose in micrograms never matches milligrams', () => {
    expect(foldText('5 µg')).toBe('5 μg');
    expect(foldText('5 μg')).not.toBe(foldText('5 mg'));
    expect(foldText('TNF-α')).toBe('tnf-α');
  });

  it('leaves plain ASCII to lower-casing alone', () => {
    expect(foldText('Anti-PD-1 therapy, N=12 (p<0.05)')).toBe('anti-pd-1 therapy, n=12 (p<0.05)');
  });
});

describe('foldTextWithOrigins', () => {
  it('keeps a map from each folded character to the original', () => {
    const folded = foldTextWithOrigins('Éa ß');
    expect(folded.text).toBe('ea ss');
    expect(folded.origin).toEqual([0, 1, 2, 3, 3, 4]);
  });

  it('maps stacked diacritics and surrogate pairs back to the character they came from', () => {
    const folded = foldTextWithOrigins('Nguyễn 𝐀x');
    expect(folded.text).toBe('nguyen ax');
    expect(folded.origin).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 9, 10]);
  });

  it.each(NAMES)('folds %s as foldText does', (written) => {
    expect(foldTextWithOrigins(written).text).toBe(foldText(written));
  });

  it('folds any text as foldText does, one character at a time', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.oneof(
            fc.constantFrom(...NAMES.flat().join('')),
            fc.integer({ min: 0, max: 0x10ffff }).map((code) => String.fromCodePoint(code)),
          ),
        }),
        (text) => {
          expect(foldTextWithOrigins(text).text).toBe(foldText(text));
        },
      ),
    );
  });
});
