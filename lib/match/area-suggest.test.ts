// Area suggestions: keywords matched as whole words, case and diacritics folded, most specific area first with the reason.
import { describe, expect, it } from 'vitest';
import type { TherapeuticArea } from '../model';
import { suggestAreas } from './area-suggest';

const area = (id: string, name: string, keywords: string[], parentId?: string): TherapeuticArea => ({
  id,
  name,
  keywords,
  parentId,
  createdAt: 0,
  updatedAt: 0,
});
const areas = [
  area('onc', 'Oncology', ['cancer', 'tumour']),
  area('lung', 'Lung cancer', ['NSCLC', 'non-small cell'], 'onc'),
  area('derm', 'Dermatology', ['psoriasis', 'atopic dermatitis']),
  area('ms', 'Multiple sclerosis', ['MS']),
];

describe('suggestAreas', () => {
  it('suggests areas whose keywords occur as whole words, most specific first, with the reason', () => {
    const found = suggestAreas(
      {
        title: 'Osimertinib in EGFR-mutant NSCLC',
        abstract: { text: 'Patients with advanced non-small cell lung cancer...' },
      },
      areas,
    );
    expect(found).toEqual([
      { areaId: 'lung', reason: 'mentions "Lung cancer", "NSCLC"' },
      { areaId: 'onc', reason: 'mentions "cancer"' },
    ]);
  });

  it('does not match inside other words or across unrelated text', () => {
    expect(suggestAreas({ title: 'Semaglutide and MSK outcomes in cancerous-free cohorts' }, areas)).toEqual(
      [],
    );
    expect(
      suggestAreas({ title: 'Zeraflimab in plaque psoriasis', keywords: ['biologics'] }, areas).map(
        (s) => s.areaId,
      ),
    ).toEqual(['derm']);
  });

  it('folds case and diacritics', () => {
    expect(
      suggestAreas({ title: 'PSORIASIS: real-world data', abstract: 'Dermatología' }, areas).map(
        (s) => s.areaId,
      ),
    ).toEqual(['derm']);
  });
});
