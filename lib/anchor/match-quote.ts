// Finds a quote in whitespace-collapsed document text: exact occurrences scored by context and position, then
// approximate matches (Myers' algorithm, approx-string-match) accepted only above a quality bar.
import search from 'approx-string-match';

/** A quote to find, whitespace collapsed; `hint` is where it is expected (collapsed offset), when known. */
export interface QuoteQuery {
  quote: string;
  prefix: string;
  suffix: string;
  hint?: number;
}

/** A candidate passage with its similarities in [0, 1]. */
export interface QuoteMatch {
  start: number;
  end: number;
  /** 1 for an exact occurrence; 1 - errors / quote length for an approximate one. */
  quoteSimilarity: number;
  /** How well the stored prefix and suffix agree with the text around the candidate. */
  contextSimilarity: number;
  score: number;
}

/** The thresholds and bounds of matching, in one place so that the evaluation can report against them. */
export const MATCH_LIMITS = {
  /** Exact occurrences scored at most (the nearest to the hint when there are more). */
  exactCandidates: 1000,
  /** An exact occurrence with context at least this similar is taken before the position selector. */
  strongContext: 0.8,
  /** An exact occurrence whose context is this similar on one side at least is still taken. */
  weakContext: 0.7,
  /** Quotes shorter than this are never matched approximately: too little text to be sure. */
  fuzzyMinLength: 12,
  /** Errors allowed in an approximate match: this share of the quote length, and never more than fuzzyMaxErrors. */
  fuzzyErrorRate: 0.4,
  fuzzyMaxErrors: 256,
  /** Characters searched on each side of the expected position before the whole text is searched. */
  nearWindow: 4096,
  /** An exact occurrence farther than this from the stored position is checked against approximate matches nearer it. */
  positionTolerance: 16,
  /** An approximate match within this distance (or twice the quote length) of the stored position is near it. */
  nearDistance: 256,
} as const;

/** Levenshtein distance of two short strings (context is 32 characters). */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(substitution, previous[j]! + 1, current[j - 1]! + 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

function similarity(expected: string, actual: string): number {
  if (actual === expected) return 1;
  return Math.max(0, 1 - editDistance(expected, actual) / expected.length);
}

/** Similarity of the stored context with the text around [start, end); sides with no stored context count only at the text's edges. */
export function contextSimilarity(
  text: string,
  start: number,
  end: number,
  query: QuoteQuery,
): { prefix: number; suffix: number; mean: number } {
  const sides: number[] = [];
  let prefix = NaN;
  let suffix = NaN;
  if (query.prefix)
    prefix = similarity(query.prefix, text.slice(Math.max(0, start - query.prefix.length), start));
  else if (start <= 1) prefix = 1;
  if (query.suffix) suffix = similarity(query.suffix, text.slice(end, end + query.suffix.length));
  else if (end >= text.length - 1) suffix = 1;
  if (!Number.isNaN(prefix)) sides.push(prefix);
  if (!Number.isNaN(suffix)) sides.push(suffix);
  const mean = sides.length ? sides.reduce((sum, side) => sum + side, 0) / sides.length : 1;
  return { prefix: Number.isNaN(prefix) ? 0 : prefix, suffix: Number.isNaN(suffix) ? 0 : suffix, mean };
}

function scoreMatch(
  text: string,
  start: number,
  end: number,
  quoteSimilarity: number,
  query: QuoteQuery,
): QuoteMatch {
  const context = contextSimilarity(text, start, end, query);
  const distance = query.hint === undefined ? text.length / 2 : Math.abs(start - query.hint);
  const closeness = 1 - distance / Math.max(1, text.length);
  // Hypothesis's weights (match-quote.ts): the quote counts most, then each side's context, then position.
  const score = 50 * quoteSimilarity + 20 * context.prefix + 20 * context.suffix + 2 * closeness;
  return { start, end, quoteSimilarity, contextSimilarity: context.mean, score };
}

/** Every exact occurrence of the quote (the nearest ones to the hint when there are many), best first. */
export function findExactQuotes(text: string, query: QuoteQuery): QuoteMatch[] {
  if (!query.quote) return [];
  const starts: number[] = [];
  for (let at = text.indexOf(query.quote); at !== -1; at = text.indexOf(query.quote, at + 1)) starts.push(at);
  if (starts.length > MATCH_LIMITS.exactCandidates) {
    const hint = query.hint ?? 0;
    starts.sort((a, b) => Math.abs(a - hint) - Math.abs(b - hint));
    starts.length = MATCH_LIMITS.exactCandidates;
  }
  return starts
    .map((start) => scoreMatch(text, start, start + query.quote.length, 1, query))
    .sort((a, b) => b.score - a.score);
}

/**
 * Whether an approximate match is good enough to show: the more the quote differs, the more its context must agree;
 * away from the stored position (a similar passage elsewhere, such as the next arm of a trial), only a nearly
 * identical quote with agreeing context is taken.
 */
export function isAcceptableApproximate(match: QuoteMatch, query: QuoteQuery): boolean {
  const { quoteSimilarity: quote, contextSimilarity: context } = match;
  const length = query.quote.length;
  const away =
    query.hint !== undefined &&
    Math.abs(match.start - query.hint) > Math.max(MATCH_LIMITS.nearDistance, 2 * length);
  if (away) return quote >= 0.9 && context >= 0.8;
  return (
    (quote >= 0.9 && context >= 0.5) ||
    (quote >= 0.75 && context >= 0.65) ||
    (quote >= 0.6 && context >= 0.85)
  );
}

/** Moves the edges of an approximate match onto the stored context when it is found intact right next to them. */
function snapToContext(text: string, match: QuoteMatch, query: QuoteQuery, slack: number): QuoteMatch {
  let { start, end } = match;
  if (query.prefix.trim()) {
    const from = Math.max(0, start - query.prefix.length - slack);
    const at = text.lastIndexOf(query.prefix, start + slack);
    if (at >= from) start = at + query.prefix.length;
  }
  if (query.suffix.trim()) {
    const at = text.indexOf(query.suffix, Math.max(start, end - slack));
    if (at !== -1 && at <= end + slack) end = at;
  }
  while (start < end && text[start] === ' ') start++;
  while (end > start && text[end - 1] === ' ') end--;
  if (end <= start) return match;
  return scoreMatch(text, start, end, match.quoteSimilarity, query);
}

/** The best approximate match of the quote in text[from, to), or null. */
function searchApproximate(
  text: string,
  from: number,
  to: number,
  query: QuoteQuery,
  maxErrors: number,
): QuoteMatch | null {
  const found = search(text.slice(from, to), query.quote, maxErrors);
  let best: QuoteMatch | null = null;
  for (const hit of found.slice(0, 2000)) {
    const quoteSimilarity = 1 - hit.errors / query.quote.length;
    const match = scoreMatch(text, from + hit.start, from + hit.end, quoteSimilarity, query);
    if (!best || match.score > best.score) best = match;
  }
  return best && snapToContext(text, best, query, Math.ceil(best.quoteSimilarity < 1 ? maxErrors : 0) + 2);
}

/**
 * An approximate match good enough to show, searched first within `radius` characters of the expected position
 * (only there for 'near'), leaving out `outside` (an exact occurrence already known); null when there is none.
 */
export function findApproximateQuote(
  text: string,
  query: QuoteQuery,
  scope: 'near' | 'anywhere',
  radius: number = MATCH_LIMITS.nearWindow,
  outside?: { start: number; end: number },
): QuoteMatch | null {
  const length = query.quote.length;
  if (length < MATCH_LIMITS.fuzzyMinLength) return null;
  const maxErrors = Math.min(MATCH_LIMITS.fuzzyMaxErrors, Math.floor(length * MATCH_LIMITS.fuzzyErrorRate));
  if (query.hint !== undefined) {
    let from = Math.max(0, query.hint - radius);
    let to = Math.min(text.length, query.hint + radius + length);
    if (outside)
      [from, to] =
        outside.start >= query.hint ? [from, Math.min(to, outside.start)] : [Math.max(from, outside.end), to];
    const near = to - from >= length - maxErrors ? searchApproximate(text, from, to, query, maxErrors) : null;
    if (near && isAcceptableApproximate(near, query)) return near;
    if (scope === 'near' || (from === 0 && to === text.length)) return null;
  } else if (scope === 'near') {
    return null;
  }
  const anywhere = searchApproximate(text, 0, text.length, query, maxErrors);
  return anywhere && isAcceptableApproximate(anywhere, query) ? anywhere : null;
}

/** The match nearest the expected position (the best scored one when there is no position). */
export function nearestMatch(matches: QuoteMatch[], hint: number | undefined): QuoteMatch | undefined {
  if (hint === undefined) return matches[0];
  let nearest = matches[0];
  for (const match of matches) {
    if (nearest && Math.abs(match.start - hint) < Math.abs(nearest.start - hint)) nearest = match;
  }
  return nearest;
}
