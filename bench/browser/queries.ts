// The benchmark's queries: one to three words and prefixes, drawn from the generated library with a seed.
import { foldText } from '../../lib/text/fold';
import type { SearchDocument } from '../../lib/search/search-document';
import { STOPWORDS } from '../../lib/search/tokenize';
import { Random } from '../generate/random';
import { COMMON, DISEASES, DRUGS, FAMILY_NAMES, TERMS } from '../generate/vocabulary';

/** A query and the kind of query it stands for, so that results can be read per kind. */
export interface BenchQuery {
  kind: 'common word' | 'rare word' | 'two words' | 'three words' | 'prefix' | 'author' | 'words + prefix';
  text: string;
}

function wordsOf(text: string): string[] {
  return text.split(/[^\p{L}\p{N}'-]+/u).filter((w) => w.length > 2 && !STOPWORDS.has(foldText(w)));
}

function run(words: string[], random: Random, length: number): string {
  const start = random.int(0, Math.max(0, words.length - length));
  return words.slice(start, start + length).join(' ');
}

/** About 120 queries of seven kinds; the same documents and seed give the same queries. */
export function makeQueries(docs: readonly SearchDocument[], seed: number): BenchQuery[] {
  const random = new Random(seed);
  const queries: BenchQuery[] = [];
  const add = (kind: BenchQuery['kind'], count: number, make: () => string) => {
    for (let i = 0; i < count; i++) queries.push({ kind, text: make() });
  };
  const anyDoc = () => random.pick(docs);
  add('common word', 20, () => random.zipf(COMMON));
  add('rare word', 20, () => random.pick([...DRUGS, ...DISEASES]).split(' ')[0] as string);
  add('two words', 20, () => run(wordsOf(anyDoc().fields.title), random, 2));
  add('three words', 20, () => run(wordsOf(anyDoc().fields.abstract), random, 3));
  add('prefix', 20, () => {
    const word = random.pick([...DRUGS, ...COMMON, ...TERMS]).split(' ')[0] as string;
    return word.slice(0, Math.min(word.length, random.int(3, 6)));
  });
  add('author', 10, () => foldText(random.pick(FAMILY_NAMES)));
  add('words + prefix', 10, () => {
    const words = run(wordsOf(anyDoc().fields.title), random, 2).split(' ');
    const last = words.pop() ?? '';
    return [...words, last.slice(0, Math.max(3, Math.ceil(last.length / 2)))].join(' ');
  });
  return queries.filter((q) => q.text.trim() !== '');
}
