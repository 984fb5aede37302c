// Link suggestions for a clip: KOLs among the authors and areas named in the abstract, and how accepted links are recorded.
import { describe, expect, it } from 'vitest';
import type { Kol, TherapeuticArea } from '../model';
import { kolLinkChoice, suggestLinks } from './suggest-links';

const kol: Kol = {
  id: 'k1',
  name: 'Hanna Lindqvist',
  nameVariants: ['Lindqvist H'],
  areaIds: [],
  createdAt: 0,
  updatedAt: 0,
};
const derm: TherapeuticArea = {
  id: 'derm',
  name: 'Dermatology',
  keywords: ['psoriasis'],
  createdAt: 0,
  updatedAt: 0,
};

describe('suggestLinks', () => {
  it('suggests the KOL among the authors with reason and position, and the area named in the abstract', () => {
    const clip = {
      title: 'Zeraflimab in plaque psoriasis',
      authors: [
        { name: 'Okafor CN', affiliations: [] },
        { name: 'Lindqvist H', affiliations: [] },
        { name: 'Brennan PJ', affiliations: [] },
      ],
    };
    expect(suggestLinks(clip, [kol], [derm])).toEqual({
      kols: [
        {
          id: 'k1',
          reason: 'name match: Lindqvist H · co-author',
          choice: { targetId: 'k1', origin: 'author-match', position: 'co-author' },
        },
      ],
      areas: [
        { id: 'derm', reason: 'mentions "psoriasis"', choice: { targetId: 'derm', origin: 'suggestion' } },
      ],
    });
  });

  it('suggests nothing when nobody and nothing matches', () => {
    expect(suggestLinks({ title: 'Cardiac MRI', authors: [] }, [kol], [derm])).toEqual({
      kols: [],
      areas: [],
    });
  });

  it('records an accepted suggestion as offered, and a manual add of an author with their position', () => {
    const suggestions = [
      {
        id: 'k1',
        reason: 'ORCID match · last author',
        choice: { targetId: 'k1', origin: 'author-match' as const, position: 'last' as const },
      },
    ];
    expect(kolLinkChoice('k1', 'suggestion', suggestions)).toEqual({
      targetId: 'k1',
      origin: 'author-match',
      position: 'last',
    });
    expect(kolLinkChoice('k1', 'manual', suggestions)).toEqual({
      targetId: 'k1',
      origin: 'manual',
      position: 'last',
    });
    expect(kolLinkChoice('k2', 'manual', suggestions)).toEqual({ targetId: 'k2', origin: 'manual' });
  });
});
