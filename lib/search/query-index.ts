// Answers a query from the index: every word must match (as a word or a prefix), ranked by score, then date.
import { compileFilters, type SearchFilters } from './filters';
import { foldText } from '../text/fold';
import type { LibraryIndex } from './library-index';
import { queryWords } from './tokenize';
import { TopK } from './top-k';

/** Which slice of the ranked results to return. */
export interface SearchPage {
  limit: number;
  offset?: number;
}

/** One source that matched, before its record is read. */
export interface IndexHit {
  id: string;
  /** Relevance; 0 when the query has no words and only filters apply. */
  score: number;
  /** The indexed words that matched in this source, one per query word ("pembro" -> "pembrolizumab"). */
  terms: string[];
}

/** A page of ranked hits with the total that matched and the words to highlight. */
export interface IndexResult {
  total: number;
  hits: IndexHit[];
  /** The query's words, folded: pass them to `highlightSegments` to mark matches in any displayed text. */
  highlightTerms: string[];
}

/** Words beyond this many are ignored: queries are one to three words, a pasted paragraph is not a query. */
export const MAX_QUERY_WORDS = 8;
/** A prefix match counts less than the whole word, the more so the more of the term was left untyped. */
const PREFIX_BASE = 0.3;
const PREFIX_SPAN = 0.6;

interface TermPlan {
  termId: number;
  /** The term's range in the index's packed postings, and the postings added since. */
  from: number;
  to: number;
  tail: readonly number[];
  /** Prefix discount times inverse document frequency: multiplies the stored per-document weight. */
  factor: number;
}

/** Per-index working arrays, sized to the ordinals and reused by every query. */
interface Scratch {
  capacity: number;
  scores: Float32Array;
  termScores: Float32Array;
  matched: Uint8Array;
  touched: Int32Array;
  best: Int32Array;
}

const scratchByIndex = new WeakMap<LibraryIndex, Scratch>();

function scratchFor(index: LibraryIndex): Scratch {
  const needed = index.docs.length;
  const current = scratchByIndex.get(index);
  if (current && current.capacity >= needed) return current;
  const capacity = Math.max(1024, Math.ceil(needed * 1.25));
  const scratch: Scratch = {
    capacity,
    scores: new Float32Array(capacity),
    termScores: new Float32Array(capacity),
    matched: new Uint8Array(capacity),
    touched: new Int32Array(capacity),
    best: new Int32Array(capacity * MAX_QUERY_WORDS),
  };
  scratchByIndex.set(index, scratch);
  return scratch;
}

function planWord(index: LibraryIndex, word: string): { plans: TermPlan[]; cost: number } {
  const live = index.size;
  let cost = 0;
  const plans = index.vocabulary.expand(word).map((termId): TermPlan => {
    const [from, to] = index.packedRange(termId);
    const tail = index.tails[termId] ?? [];
    const count = to - from + tail.length;
    const term = index.vocabulary.term(termId);
    cost += count;
    // Postings of removed documents linger until compaction: never count more than are searchable.
    const df = Math.min(count, live);
    const idf = Math.log(1 + (live - df + 0.5) / (df + 0.5));
    const discount = term === word ? 1 : PREFIX_BASE + (PREFIX_SPAN * word.length) / term.length;
    return { termId, from, to, tail, factor: idf * discount };
  });
  return { plans, cost };
}

/**
 * Ranks the sources that match every query word and pass the filters. Scores accumulate in typed
 * arrays indexed by ordinal; the rarest word goes first, so later words only test documents still in
 * the running. With no words, every source that passes the filters is returned, newest first.
 */
export function queryIndex(
  index: LibraryIndex,
  query: string,
  filters: SearchFilters,
  page: SearchPage,
): IndexResult {
  const words = queryWords(foldText(query)).slice(0, MAX_QUERY_WORDS);
  const accept = compileFilters(filters);
  const offset = Math.max(0, page.offset ?? 0);
  const top = new TopK(offset + Math.max(0, page.limit));
  const docs = index.docs;
  const scratch = scratchFor(index);
  let total = 0;
  const result = (): IndexResult => ({
    total,
    highlightTerms: words,
    hits: top
      .sorted()
      .slice(offset)
      .map((hit) => ({
        id: (docs[hit.ordinal] as { id: string }).id,
        score: hit.score,
        terms: words.length === 0 ? [] : matchedTerms(index, scratch, hit.ordinal, words.length),
      })),
  });

  if (words.length === 0) {
    // Only stopwords ("the"): nothing to look for, rather than everything.
    if (/[\p{L}\p{N}]/u.test(query)) return result();
    docs.forEach((doc, ordinal) => {
      if (!doc || (accept && !accept(doc))) return;
      total++;
      top.offer(ordinal, 0, doc.capturedAt);
    });
    return result();
  }

  const planned = words.map((word) => planWord(index, word)).sort((a, b) => a.cost - b.cost);
  if (planned.some((word) => word.plans.length === 0)) return result();
  const { scores, termScores, matched, touched, best, capacity } = scratch;
  scores.fill(0, 0, docs.length);
  termScores.fill(0, 0, docs.length);
  matched.fill(0, 0, docs.length);
  let touchedCount = 0;
  /** Scores one run of postings for query word `word`: only documents that matched every earlier word count. */
  const scoreRun = (
    list: ArrayLike<number>,
    from: number,
    to: number,
    plan: TermPlan,
    word: number,
  ): void => {
    const bestOffset = word * capacity;
    for (let i = from; i < to; i++) {
      const posting = list[i] as number;
      const ordinal = posting >>> 8;
      if (matched[ordinal] !== word || (word === 0 && docs[ordinal] === undefined)) continue;
      const score = (posting & 255) * plan.factor;
      const previous = termScores[ordinal] as number;
      if (score <= previous) continue;
      if (previous === 0) touched[touchedCount++] = ordinal;
      termScores[ordinal] = score;
      best[bestOffset + ordinal] = plan.termId;
    }
  };
  for (let word = 0; word < planned.length; word++) {
    touchedCount = 0;
    for (const plan of (planned[word] as { plans: TermPlan[] }).plans) {
      scoreRun(index.packed, plan.from, plan.to, plan, word);
      scoreRun(plan.tail, 0, plan.tail.length, plan, word);
    }
    if (touchedCount === 0) return result();
    for (let t = 0; t < touchedCount; t++) {
      const ordinal = touched[t] as number;
      matched[ordinal] = word + 1;
      scores[ordinal] = (scores[ordinal] as number) + (termScores[ordinal] as number);
      termScores[ordinal] = 0;
    }
  }
  for (let t = 0; t < touchedCount; t++) {
    const ordinal = touched[t] as number;
    const doc = docs[ordinal];
    if (!doc || (accept && !accept(doc))) continue;
    total++;
    top.offer(ordinal, scores[ordinal] as number, doc.capturedAt);
  }
  return result();
}

function matchedTerms(index: LibraryIndex, scratch: Scratch, ordinal: number, wordCount: number): string[] {
  const terms = new Set<string>();
  for (let word = 0; word < wordCount; word++) {
    terms.add(index.vocabulary.term(scratch.best[word * scratch.capacity + ordinal] as number));
  }
  return [...terms];
}
