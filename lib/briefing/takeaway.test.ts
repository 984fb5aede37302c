// Takeaways: the user's note first, else the first sentence of the conclusions under any of the labels journals use.
import { describe, expect, it } from 'vitest';
import type { Note, Source } from '../model';
import { conclusionsOf, firstSentence, takeawayFor } from './takeaway';

const withAbstract = (sections: { label?: string; text: string }[]): Source => ({
  id: 's',
  kind: 'pubmed-abstract',
  title: 't',
  url: 'https://example.org',
  authors: [],
  nct: [],
  kolIds: [],
  areaIds: [],
  capturedAt: 0,
  updatedAt: 0,
  abstract: { text: sections.map((s) => s.text).join('\n\n'), sections },
});
const note = (id: string, text: string, createdAt: number, kolIds: string[] = []): Note => ({
  id,
  sourceId: 's',
  text,
  kolIds,
  areaIds: [],
  createdAt,
  updatedAt: createdAt,
});

describe('conclusions', () => {
  it.each([
    'Conclusion',
    'CONCLUSIONS',
    'Conclusions and Relevance',
    'Interpretation',
    "Authors' conclusions",
  ])('finds the section labelled %s', (label) => {
    const source = withAbstract([
      { label: 'Results', text: 'HR 0.61.' },
      { label, text: 'It works. More data are needed.' },
    ]);
    expect(conclusionsOf(source)).toBe('It works. More data are needed.');
  });

  it('finds an inline label in an abstract stored as one paragraph', () => {
    expect(
      conclusionsOf(
        withAbstract([{ text: 'BACKGROUND: Little is known. CONCLUSIONS AND RELEVANCE: It works. Next.' }]),
      ),
    ).toBe('It works. Next.');
    expect(
      conclusionsOf(withAbstract([{ text: 'Methods: We randomised. Interpretation: Promising.' }])),
    ).toBe('Promising.');
  });

  it('finds nothing in an abstract without conclusions', () => {
    expect(
      conclusionsOf(withAbstract([{ label: 'Results', text: 'The conclusion of the trial was delayed.' }])),
    ).toBeUndefined();
    expect(conclusionsOf({ abstract: undefined })).toBeUndefined();
  });
});

describe('first sentence', () => {
  it('does not stop at abbreviations, initials or decimals', () => {
    expect(
      firstSentence(
        'PFS was 9.8 vs. 5.6 months (HR 0.61; 95% CI, 0.43-0.86), e.g. in Asian patients. OS is immature.',
      ),
    ).toBe('PFS was 9.8 vs. 5.6 months (HR 0.61; 95% CI, 0.43-0.86), e.g. in Asian patients.');
    expect(firstSentence('As Smith et al. showed, J. Doe was right. Then')).toBe(
      'As Smith et al. showed, J. Doe was right.',
    );
    expect(firstSentence('No full stop at all')).toBe('No full stop at all');
  });
});

describe('takeawayFor', () => {
  const source = withAbstract([{ label: 'Conclusions', text: 'It works. More later.' }]);

  it('prefers a note linked to the KOL, then the earliest note, and keeps its first line', () => {
    const notes = [
      note('a', 'Earliest note\nsecond line', 1),
      note('b', 'Her note', 2, ['kol']),
      note('c', 'Other source', 0),
    ];
    notes[2]!.sourceId = 'other';
    expect(takeawayFor(source, notes, 'kol')).toEqual({ text: 'Her note', from: 'note' });
    expect(takeawayFor(source, notes, 'someone-else')).toEqual({ text: 'Earliest note', from: 'note' });
  });

  it('falls back to the first sentence of the conclusions, and cuts a long one at a word', () => {
    expect(takeawayFor(source, [], 'kol')).toEqual({ text: 'It works.', from: 'conclusions' });
    const long = withAbstract([{ label: 'Conclusion', text: `${'word '.repeat(100)}end.` }]);
    const { text } = takeawayFor(long, [], 'kol') ?? { text: '' };
    expect(text.length).toBeLessThanOrEqual(280);
    expect(text).toMatch(/word…$/);
  });
});
