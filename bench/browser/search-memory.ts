// Benchmark steps on the index alone, in memory: build, queries against a linear scan of the same texts, and one-document updates.
import { openDatabase } from '../../lib/repo/database';
import { readAllAnnotations, readSourcePage } from '../../lib/repo/search-reads';
import { foldText } from '../../lib/text/fold';
import { toSnapshot } from '../../lib/search/index-snapshot';
import { IndexBuilder } from '../../lib/search/index-builder';
import type { LibraryIndex } from '../../lib/search/library-index';
import { queryIndex } from '../../lib/search/query-index';
import { groupBySource, toSearchDocument, type SearchDocument } from '../../lib/search/search-document';
import { queryWords } from '../../lib/search/tokenize';
import { LibraryGenerator } from '../generate/library';
import { makeQueries, type BenchQuery } from './queries';

let docs: SearchDocument[] = [];
let texts: string[] = [];
let index: LibraryIndex | undefined;

/** The documents `loadDocuments` read, for comparisons on the same texts. */
export function loadedDocuments(): SearchDocument[] {
  return docs;
}

/** Reads every source, note and highlight and keeps what the search reads of them (not the full texts). */
export async function loadDocuments(): Promise<{ ms: number; documents: number; foldMs: number }> {
  const db = openDatabase();
  const start = performance.now();
  const { notes, highlights } = await readAllAnnotations(db);
  const notesOf = groupBySource(notes);
  const highlightsOf = groupBySource(highlights);
  docs = [];
  for (let after: string | undefined; ;) {
    const page = await readSourcePage(db, after, 1000);
    for (const s of page)
      docs.push(toSearchDocument(s, notesOf.get(s.id) ?? [], highlightsOf.get(s.id) ?? []));
    if (page.length < 1000) break;
    after = page[page.length - 1]?.id;
  }
  const read = performance.now();
  texts = docs.map((doc) => foldText(Object.values(doc.fields).join('\n')));
  return { ms: read - start, documents: docs.length, foldMs: performance.now() - read };
}

/** The benchmark's queries for the loaded documents. */
export function queries(params: { seed: number }): BenchQuery[] {
  return makeQueries(docs, params.seed);
}

/** Builds the index from the loaded documents; also times packing it into a snapshot. */
export function buildIndex(): {
  ms: number;
  terms: number;
  postings: number;
  snapshotMs: number;
  snapshotMegabytes: number;
} {
  const start = performance.now();
  const builder = new IndexBuilder();
  for (const doc of docs) builder.add(doc);
  index = builder.finish();
  const built = performance.now();
  const snapshot = toSnapshot(index);
  const snapshotMs = performance.now() - built;
  const megabytes =
    (snapshot.postings.byteLength + snapshot.offsets.byteLength + snapshot.terms.length * 2) / 1e6;
  return {
    ms: built - start,
    terms: index.vocabulary.size,
    postings: snapshot.postings.length,
    snapshotMs,
    snapshotMegabytes: megabytes,
  };
}

/** The reference: every query word must occur (as a substring) in a document's folded text; newest 50 first. */
function linearScan(query: string): number {
  const words = queryWords(foldText(query));
  const matches: number[] = [];
  for (let i = 0; i < texts.length; i++) {
    const text = texts[i] as string;
    if (words.every((word) => text.includes(word))) matches.push(i);
  }
  matches.sort((a, b) => (docs[b] as SearchDocument).capturedAt - (docs[a] as SearchDocument).capturedAt);
  matches.length = Math.min(matches.length, 50);
  return matches.length;
}

/** Times every query on the index (`repeats` times) and on the linear scan (once each), in the same run. */
export function runQueries(params: { queries: BenchQuery[]; repeats: number }): {
  index: number[][];
  linear: number[];
  totals: number[];
} {
  const built = index;
  if (!built) throw new Error('Run buildIndex first.');
  const timesIndex = params.queries.map(() => [] as number[]);
  const totals = params.queries.map((q) => queryIndex(built, q.text, {}, { limit: 50 }).total);
  for (let r = 0; r < params.repeats; r++) {
    params.queries.forEach((q, i) => {
      const start = performance.now();
      queryIndex(built, q.text, {}, { limit: 50 });
      timesIndex[i]?.push(performance.now() - start);
    });
  }
  const linear = params.queries.map((q) => {
    const start = performance.now();
    linearScan(q.text);
    return performance.now() - start;
  });
  return { index: timesIndex, linear, totals };
}

/** Times adding, replacing and removing one document on the full index, `count` times each. */
export function indexOps(params: { count: number; seed: number }): {
  add: number[];
  update: number[];
  remove: number[];
  compactMs: number;
} {
  const built = index;
  if (!built) throw new Error('Run buildIndex first.');
  const generator = new LibraryGenerator(params.seed);
  const time = (work: () => void): number => {
    const start = performance.now();
    work();
    return performance.now() - start;
  };
  const added = generator.batch(params.count).sources.map((s) => toSearchDocument(s, [], []));
  const add = added.map((doc) => time(() => built.add(doc)));
  const update = docs.slice(0, params.count).map((doc) => {
    const changed = { ...doc, fields: { ...doc.fields, title: `${doc.fields.title} (updated)` } };
    return time(() => built.add(changed));
  });
  const remove = docs.slice(params.count, 2 * params.count).map((doc) => time(() => built.remove(doc.id)));
  return { add, update, remove, compactMs: time(() => built.compact()) };
}
