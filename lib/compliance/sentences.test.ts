// Sentence splitting with offsets: breaks at stops and line breaks, not after titles, initials or abbreviations.
import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences';

const texts = (text: string) => splitSentences(text).map((s) => s.text);

describe('splitSentences', () => {
  it('splits at full stops, question marks and line breaks, with offsets into the text', () => {
    const text = 'First one. Second one?\nThird line';
    expect(texts(text)).toEqual(['First one.', 'Second one?', 'Third line']);
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('does not split after titles, initials and abbreviations', () => {
    expect(texts('Dr. J. A. Smith et al. reported it, e.g. in Fig. 2 vs. placebo. Next.')).toEqual([
      'Dr. J. A. Smith et al. reported it, e.g. in Fig. 2 vs. placebo.',
      'Next.',
    ]);
  });

  it('splits after a one-letter name that follows a lower-case word', () => {
    expect(texts('She is on drug Y. She had a rash.')).toEqual(['She is on drug Y.', 'She had a rash.']);
  });

  it('keeps going when the next word is lower case, and returns nothing for blank text', () => {
    expect(texts('Approx. two weeks later.')).toEqual(['Approx. two weeks later.']);
    expect(texts('  \n ')).toEqual([]);
  });
});
