// Matching authors to KOLs: parsing names, which forms of a name are the same person, ORCID first, namesakes refused.
import { describe, expect, it } from 'vitest';
import type { Author, Kol } from '../model';
import { authorPosition, matchAuthorsToKols, namesMatch } from './kol-match';
import { nameReadings, parsePersonName } from './person-name';

function kol(id: string, name: string, nameVariants: string[] = [], orcid?: string): Kol {
  return { id, name, nameVariants, orcid, areaIds: [], createdAt: 0, updatedAt: 0 };
}
const author = (name: string, extra: Partial<Author> = {}): Author => ({ name, affiliations: [], ...extra });

describe('parsePersonName', () => {
  it.each([
    ['Smith JA', ['smith'], 'ja'],
    ['J. A. Smith', ['smith'], 'ja'],
    ['Smith, Jane A.', ['smith'], 'ja'],
    ['Jane A. Smith, MD, PhD', ['smith'], 'ja'],
    ['Jane A Smith¹²*', ['smith'], 'ja'],
    ['García-López M', ['garcia', 'lopez'], 'm'],
    ['María García-López', ['garcia', 'lopez'], 'm'],
    ['Jan van der Berg', ['van', 'der', 'berg'], 'j'],
    ['van der Berg J', ['van', 'der', 'berg'], 'j'],
    ['Ana de la Cruz', ['de', 'la', 'cruz'], 'a'],
    ['O’Brien, Siobhán', ['obrien'], 's'],
    ['Zhang W', ['zhang'], 'w'],
    ['Müller, Jürgen', ['muller'], 'j'],
  ])('%s -> family %j, initials %s', (name, family, initials) => {
    const parsed = parsePersonName(name);
    expect(parsed.family).toEqual(family);
    expect(parsed.initials).toBe(initials);
  });

  it('prefers structured parts from the page', () => {
    expect(parsePersonName('whatever', { family: 'Kim', given: 'Min-Jun' })).toMatchObject({
      family: ['kim'],
      initials: 'mj',
    });
  });
});

describe('namesMatch: forms of one person match, different people do not', () => {
  const same: [string, string][] = [
    ['Smith JA', 'Jane A. Smith'],
    ['Smith J', 'Smith, Jane Anne'],
    ['J. A. Smith', 'Smith, Jane A.'],
    ['Garcia-Lopez M', 'María García-López'],
    ['Jan van der Berg', 'Van der Berg J'],
    ['Jan van der Berg', 'Berg J'],
    ['Müller J', 'Jürgen Müller'],
    ['Jürgen Mueller', 'Mueller J'],
    ['Zhang Wei', 'Wei Zhang'],
    ['Nguyen Thi Lan', 'Nguyen TL'],
    ['Kim Min-jun', 'Kim MJ'],
    ['Lopes, Ana Carolina', 'Ana Carolina Lopes'],
    ['Søren Kierkegaard', 'Kierkegaard S'],
    ['Jørgensen AB', 'Anne Birgitte Jorgensen'],
    ['Işık Ahmet', 'Ahmet Isik'],
    ['Trương Đức Phước', 'Truong DP'],
    ['Łukasz Świątek', 'Swiatek L'],
    ['O`Brien S', 'Siobhán O’Brien'],
  ];
  const match = (a: string, b: string) =>
    nameReadings(a).some((x) => nameReadings(b).some((y) => namesMatch(x, y)));
  it.each(same)('%s ~ %s', (a, b) => expect(match(a, b)).toBe(true));

  const different: [string, string][] = [
    ['Smith JA', 'Smith JB'],
    ['Smith JA', 'Smyth JA'],
    ['Jane Smith', 'John Smith'],
    ['Smith J', 'Smith'],
    ['Li W', 'Lin W'],
    ['Zhang Wei', 'Zhang Min'],
    ['Maria Garcia', 'Garcia-Lopez M'],
  ];
  it.each(different)('%s !~ %s', (a, b) => expect(match(a, b)).toBe(false));
});

describe('matchAuthorsToKols', () => {
  const kols = [
    kol('k1', 'Jane A. Smith', ['Smith JA']),
    kol('k2', 'Wei Zhang', ['Zhang W'], '0000-0002-1825-0097'),
    kol('k3', 'Pieter van der Berg'),
  ];

  it('matches by ORCID first, with the reason and the author position', () => {
    const found = matchAuthorsToKols(
      [
        author('Smith JA'),
        author('Zhang Wei-Ming', { orcid: 'https://orcid.org/0000-0002-1825-0097' }),
        author('van der Berg P'),
      ],
      kols,
    );
    expect(found).toEqual([
      { kolId: 'k1', reason: 'name match: Smith JA', via: 'name', authorIndex: 0, position: 'first' },
      { kolId: 'k2', reason: 'ORCID match', via: 'orcid', authorIndex: 1, position: 'co-author' },
      { kolId: 'k3', reason: 'name match: van der Berg P', via: 'name', authorIndex: 2, position: 'last' },
    ]);
  });

  it('does not match a namesake whose ORCID differs from the KOL', () => {
    expect(matchAuthorsToKols([author('Zhang W', { orcid: '0000-0001-5109-3700' })], kols)).toEqual([]);
  });

  it('suggests nothing for a byline of strangers', () => {
    expect(matchAuthorsToKols([author('Doe J'), author('Roe R')], kols)).toEqual([]);
  });

  it('names positions', () => {
    expect([authorPosition(0, 1), authorPosition(0, 3), authorPosition(2, 3), authorPosition(1, 3)]).toEqual([
      'first',
      'first',
      'last',
      'co-author',
    ]);
  });
});
