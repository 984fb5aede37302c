// Turns a list of folded terms into one whole-word pattern that also accepts plurals, hyphens for spaces and British spellings.

// American spellings in the lexicon and the British forms notes also use ("anaemia", "oedema", "haemorrhage", "diarrhoea").
const BRITISH_VARIANTS: readonly [RegExp, string][] = [
  [/emia/g, 'a?emia'],
  [/\bhem/g, 'ha?em'],
  [/(?<=[a-z])hem(?=[aeo])/g, 'ha?em'],
  [/edema/g, 'o?edema'],
  [/esophag/g, 'o?esophag'],
  [/rrhea/g, 'rrho?ea'],
  [/pnea/g, 'pno?ea'],
  [/fetal/g, 'fo?etal'],
  [/tumor/g, 'tumou?r'],
  [/leuk/g, 'leuk'],
  [/ize/g, 'i[sz]e'],
  [/ization/g, 'i[sz]ation'],
];

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The pattern source of one folded term: spaces and hyphens interchangeable, British spellings, an optional plural. */
export function termSource(term: string): string {
  let source = term
    .trim()
    .split(/[\s-]+/)
    .map(escape)
    .join('[\\s-]+');
  for (const [from, to] of BRITISH_VARIANTS) source = source.replace(from, to);
  return `${source}(?:e?s)?`;
}

/** One global pattern over the folded text for all the terms, longest first so "heart failure" wins over "failure". */
export function termsPattern(terms: readonly string[]): RegExp {
  const unique = [...new Set(terms.map((t) => t.trim().toLowerCase()).filter((t) => t !== ''))];
  unique.sort((a, b) => b.length - a.length);
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${unique.map(termSource).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
}
