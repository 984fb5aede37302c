// Matches the company's restricted words and phrases (from settings) as whole words, ignoring case and accents.
import { foldTextWithOrigins as foldText, foldText as foldWord } from '../text/fold';
import type { ComplianceFinding } from './types';

const WORD_CHAR = /[\p{L}\p{N}]/u;
/** A prefix joined by a hyphen that negates the term: "non-promotional", "un-approved", "anti-cure". */
const NEGATING_PREFIX = /(?:^|[^\p{L}])(?:non|not|un|anti|no)[-‐‑]$/u;

/** Occurrences of the company's restricted terms; whole words only, so "cure" does not flag "secure" or "procurement". */
export function findRestrictedTerms(text: string, terms: readonly string[]): ComplianceFinding[] {
  const folded = foldText(text);
  const findings: ComplianceFinding[] = [];
  for (const term of new Set(terms.map((t) => t.trim()).filter((t) => t !== ''))) {
    const pattern = termPattern(term);
    if (!pattern) continue;
    for (const m of folded.text.matchAll(pattern)) {
      const from = m.index;
      const to = from + m[0].length;
      if (WORD_CHAR.test(folded.text.charAt(from - 1)) || WORD_CHAR.test(folded.text.charAt(to))) continue;
      if (NEGATING_PREFIX.test(folded.text.slice(Math.max(0, from - 6), from))) continue;
      const start = folded.origin[from] ?? 0;
      const end = folded.origin[to] ?? text.length;
      findings.push({
        kind: 'restricted-term',
        category: 'restricted term',
        match: text.slice(start, end),
        start,
        end,
        message: `"${term}" is on your company's restricted-words list. Rephrase or remove it.`,
      });
    }
  }
  return findings.sort((a, b) => a.start - b.start || b.end - a.end);
}

// The folded term as a pattern in which any run of spaces, hyphens or dashes matches any other ("first-line" = "first line").
function termPattern(term: string): RegExp | undefined {
  const parts = foldWord(term)
    .split(/[\s\-‐‑–—]+/u)
    .filter((p) => p !== '');
  if (parts.length === 0) return undefined;
  const escaped = parts.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(escaped.join('[\\s\\-‐‑–—]+'), 'gu');
}
