// Random notes built from the pieces detectors react to: offsets stay exact and nothing throws (speed is for the bench, not tests).
import { describe, expect, it } from 'vitest';
import { checkText } from './check-text';

const PIECES = [
  'my patient',
  'a patient',
  'developed',
  'hepatitis',
  'had',
  'no',
  'rash',
  '.',
  ',',
  '?',
  '\n',
  'Dr.',
  'J.',
  'Smith',
  '12%',
  'p<0.001',
  'DOB',
  '03/14/1948',
  '617-555-0123',
  'MRN',
  '00482913',
  'fax',
  'Street',
  '42',
  'Elm',
  'Boston, MA',
  '02115',
  '93-year-old',
  'aged',
  'photo of the patient',
  'NCT04380636',
  'doi:10.1056/NEJMoa2034577',
  '@',
  'a.b',
  'jane@example.org',
  'cure',
  'Zentrivo',
  'ALT 412 U/L',
  'was admitted',
  'Réponse',
  '–',
  '-',
  '1',
  '2019',
  'é',
  '😀',
  'ß',
  '  ',
];

// A small deterministic generator (mulberry32), so a failure can be replayed from its seed.
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('checkText on random notes', () => {
  it('returns findings whose offsets match their text', () => {
    const next = random(7);
    let withFindings = 0;
    for (let round = 0; round < 300; round++) {
      const length = 1 + Math.floor(next() * 60);
      const text = Array.from({ length }, () => PIECES[Math.floor(next() * PIECES.length)]).join(
        next() < 0.5 ? ' ' : '',
      );
      const findings = checkText(text, {
        restrictedTerms: ['cure', 'réponse', 'a b'],
        products: ['Zentrivo'],
      });
      if (findings.length > 0) withFindings++;
      for (const f of findings) expect(text.slice(f.start, f.end), text).toBe(f.match);
    }
    // The pieces include identifiers and restricted words, so most random notes must produce findings to check.
    expect(withFindings).toBeGreaterThan(150);
  });

  it('finishes on inputs built to make regular expressions backtrack', () => {
    const hostile = [
      'a'.repeat(20000),
      '1 '.repeat(10000),
      '-'.repeat(20000),
      'pt '.repeat(5000) + 'rash',
      'x@'.repeat(8000),
      'Mr '.repeat(5000),
      '12/'.repeat(6000),
      '+1 '.repeat(6000),
      ('no ' + 'rash, '.repeat(50)).repeat(100),
    ];
    for (const text of hostile) expect(Array.isArray(checkText(text, { products: ['Zentrivo'] }))).toBe(true);
  });
});
