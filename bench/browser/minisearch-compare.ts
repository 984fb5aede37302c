// Benchmark yardstick: MiniSearch 7 on the same documents and queries, to show why the extension has its own index.
import MiniSearch, { type SearchOptions } from 'minisearch';
import { foldText } from '../../lib/text/fold';
import {
  FIELDS,
  toSearchDocument,
  type FieldName,
  type SearchDocument,
} from '../../lib/search/search-document';
import { STOPWORDS } from '../../lib/search/tokenize';
import { LibraryGenerator } from '../generate/library';
import type { BenchQuery } from './queries';
import { loadedDocuments } from './search-memory';

const FIELD_NAMES = Object.keys(FIELDS) as FieldName[];

/** As close to lib/search as MiniSearch allows: folded terms, stopwords out, every word required, prefixes, the same field boosts. */
const SEARCH: SearchOptions = {
  prefix: (term) => term.length >= 2,
  combineWith: 'AND',
  boost: Object.fromEntries(FIELD_NAMES.map((f) => [f, FIELDS[f].boost])),
};

let mini: MiniSearch<SearchDocument> | undefined;

function create(): MiniSearch<SearchDocument> {
  return new MiniSearch<SearchDocument>({
    fields: FIELD_NAMES,
    extractField: (doc, field) => (field === 'id' ? doc.id : doc.fields[field as FieldName]),
    processTerm: (term) => {
      const folded = foldText(term);
      return STOPWORDS.has(folded) ? null : folded;
    },
    searchOptions: SEARCH,
  });
}

/** Indexes the loaded documents with MiniSearch and keeps the index for the next steps. */
export function buildMiniSearch(): { ms: number } {
  const start = performance.now();
  mini = create();
  mini.addAll(loadedDocuments());
  return { ms: performance.now() - start };
}

/** Times every query (first 50 results kept, as the library shows), and one-document add, replace and discard. */
export function runMiniSearch(params: { queries: BenchQuery[]; repeats: number; seed: number }): {
  samples: number[];
  add: number[];
  update: number[];
  remove: number[];
} {
  const index = mini;
  if (!index) throw new Error('Run buildMiniSearch first.');
  const samples: number[] = [];
  for (let r = 0; r < params.repeats; r++) {
    for (const q of params.queries) {
      const start = performance.now();
      index.search(q.text).slice(0, 50);
      samples.push(performance.now() - start);
    }
  }
  const time = (work: () => void): number => {
    const start = performance.now();
    work();
    return performance.now() - start;
  };
  const docs = loadedDocuments();
  const fresh = new LibraryGenerator(params.seed).batch(100).sources.map((s) => toSearchDocument(s, [], []));
  const add = fresh.map((doc) => time(() => index.add(doc)));
  const update = docs
    .slice(0, 100)
    .map((doc) =>
      time(() =>
        index.replace({ ...doc, fields: { ...doc.fields, title: `${doc.fields.title} (updated)` } }),
      ),
    );
  const remove = docs.slice(100, 200).map((doc) => time(() => index.discard(doc.id)));
  return { samples, add, update, remove };
}

/** Lets the MiniSearch index go, so that later figures do not carry its memory. */
export function dropMiniSearch(): void {
  mini = undefined;
}
