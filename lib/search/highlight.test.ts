// Search highlighting and tokens: the words a query marks, excerpts around the match, folding and compounds.
import { describe, expect, it } from 'vitest';
import { foldText } from '../text/fold';
import { excerptAround, highlightSegments } from './highlight';
import { textOf } from './search-document';
import { forEachTerm, queryWords } from './tokenize';

function marked(text: string, terms: string[]): string {
  return highlightSegments(text, terms)
    .map((segment) => (segment.match ? `[${segment.text}]` : segment.text))
    .join('');
}

describe('highlightSegments', () => {
  it('marks whole words that a query word begins, and leaves the rest as text', () => {
    expect(highlightSegments('Pembrolizumab in NSCLC', ['pembro'])).toEqual([
      { text: 'Pembrolizumab', match: true },
      { text: ' in NSCLC', match: false },
    ]);
  });

  it('marks words with diacritics and compounds split by hyphens', () => {
    expect(marked('Müller et al. on anti-PD-1 therapy', ['muller', 'pd1'])).toBe(
      '[Müller] et al. on anti-[PD-1] therapy',
    );
    expect(marked("Crohn's disease", ['crohns'])).toBe("[Crohn's] disease");
  });

  it('marks a name whatever apostrophe or letters it is written with, as the query folds it', () => {
    const terms = queryWords(foldText("O'Brien Ilin Jorgensen"));
    expect(marked('O’Brien, Ilʹin and Jørgensen; O´Brien', terms)).toBe(
      '[O’Brien], [Ilʹin] and [Jørgensen]; [O´Brien]',
    );
  });

  it('matches short words whole and leaves stopwords alone', () => {
    expect(marked('Hepatitis B and BMI', ['b'])).toBe('Hepatitis [B] and BMI');
    expect(marked('the therapy', ['th'])).toBe('the [therapy]');
  });

  it('returns the text unmarked when nothing matches, and never loses characters', () => {
    expect(highlightSegments('<b>not html</b>', ['x'])).toEqual([{ text: '<b>not html</b>', match: false }]);
    expect(highlightSegments('', ['x'])).toEqual([{ text: '', match: false }]);
    const text = 'Osimertinib, osimertinib; OSIMERTINIB!';
    expect(
      highlightSegments(text, ['osim'])
        .map((s) => s.text)
        .join(''),
    ).toBe(text);
    expect(highlightSegments(text, ['osim']).filter((s) => s.match)).toHaveLength(3);
  });
});

describe('excerptAround', () => {
  it('cuts long text around the first match', () => {
    const text = `${'Background words here. '.repeat(20)}The biosimilar switch was safe. ${'Trailing words. '.repeat(20)}`;
    const excerpt = excerptAround(text, ['biosimilar'], 80);
    expect(excerpt).toContain('biosimilar');
    expect(excerpt.startsWith('…')).toBe(true);
    expect(excerpt.length).toBeLessThanOrEqual(82);
  });
});

describe('text gathering and tokens', () => {
  it('reads plain and structured abstracts alike', () => {
    expect(textOf('plain')).toBe('plain');
    expect(textOf({ text: 'structured', sections: [] })).toBe('structured');
    expect(textOf(undefined)).toBe('');
    expect(textOf({ sections: [] })).toBe('');
  });

  it('folds ligatures and letters without decomposition', () => {
    expect(foldText('Straße Æsop ﬁnal Łódź Ørsted')).toBe('strasse aesop final lodz orsted');
  });

  it('indexes compounds as parts and joins, without stopwords', () => {
    const terms: string[] = [];
    forEachTerm(foldText('Anti-PD-1 therapy of the lung'), (t) => terms.push(t));
    expect(terms).toEqual(['anti', 'antipd', 'antipd1', 'pd', 'pd1', '1', 'therapy', 'lung']);
    expect(queryWords(foldText('the anti-PD-1 state-of-the-art'))).toEqual(['antipd1', 'state', 'art']);
  });
});
