// Restricted terms: whole words only, case and diacritics ignored, offsets mapped back to the text as written.
import { describe, expect, it } from 'vitest';
import { foldTextWithOrigins as foldText } from '../text/fold';
import { findRestrictedTerms } from './restricted-terms';

const matches = (text: string, terms: string[]) => findRestrictedTerms(text, terms).map((f) => f.match);

describe('findRestrictedTerms', () => {
  it('matches whole words only, ignoring case', () => {
    expect(matches('A CURE? Secure procurement; the cure-all; cured', ['cure'])).toEqual(['CURE', 'cure']);
  });

  it('ignores diacritics on either side and maps back to the words as written', () => {
    expect(matches('Réponse complète chez 40 %', ['reponse complete'])).toEqual(['Réponse complète']);
    expect(matches('a complete response', ['réponse'])).toEqual([]);
    expect(matches('Die Straße ist sicher', ['strasse'])).toEqual(['Straße']);
  });

  it('treats spaces, hyphens and dashes in a phrase as the same', () => {
    expect(matches('first-line and first  line and first – line', ['first line'])).toEqual([
      'first-line',
      'first  line',
      'first – line',
    ]);
  });

  it('reports the offsets, the kind and the term in the message', () => {
    const text = 'It is best-in-class.';
    const [finding] = findRestrictedTerms(text, ['Best in class']);
    expect(finding).toMatchObject({
      kind: 'restricted-term',
      category: 'restricted term',
      match: 'best-in-class',
      start: 6,
      end: 19,
    });
    expect(finding?.message).toContain('"Best in class"');
  });

  it('ignores empty, blank and repeated terms and terms with regex characters', () => {
    expect(matches('safe (100%) and safe', ['', '  ', 'safe', 'safe', '(100%)'])).toEqual([
      'safe',
      '(100%)',
      'safe',
    ]);
  });
});

describe('foldText', () => {
  it('keeps a map from each folded character to the original', () => {
    const folded = foldText('Éa ß');
    expect(folded.text).toBe('ea ss');
    expect(folded.origin).toEqual([0, 1, 2, 3, 3, 4]);
  });
});
