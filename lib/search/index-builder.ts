// Builds a packed index from many documents at once: the first visit to a library that has no saved index.
import { factsOf, LibraryIndex, type IndexedDoc } from './library-index';
import type { SearchDocument } from './search-document';
import { TermWeigher } from './term-weights';
import { Vocabulary } from './vocabulary';

/**
 * Collects (term, posting) pairs in two growing typed arrays and sorts them by term once, at the end
 * (a counting sort keeps ordinals ascending within each term). Building 50,000 documents this way
 * creates no per-term arrays for the garbage collector to chase while IndexedDB reads pour in.
 */
export class IndexBuilder {
  private readonly vocabulary = new Vocabulary();
  private readonly weigher = new TermWeigher();
  private readonly docs: IndexedDoc[] = [];
  private readonly seen = new Set<string>();
  private termIds = new Int32Array(1 << 16);
  private postings = new Int32Array(1 << 16);
  private count = 0;

  /** How many documents were added. */
  get size(): number {
    return this.docs.length;
  }

  /** Adds a document; a second document with the same id is ignored (ids are unique in the table). */
  add(doc: SearchDocument): void {
    if (this.seen.has(doc.id)) return;
    this.seen.add(doc.id);
    const base = this.docs.length * 256;
    this.docs.push(factsOf(doc));
    this.weigher.weigh(doc, this.vocabulary, (termId, weight) => {
      if (this.count === this.termIds.length) this.grow();
      this.termIds[this.count] = termId;
      this.postings[this.count] = base + weight;
      this.count++;
    });
  }

  /** The finished index; the builder is spent afterwards. */
  finish(): LibraryIndex {
    const termCount = this.vocabulary.size;
    const offsets = new Uint32Array(termCount + 1);
    for (let i = 0; i < this.count; i++) {
      const termId = this.termIds[i] as number;
      offsets[termId + 1] = (offsets[termId + 1] as number) + 1;
    }
    for (let t = 0; t < termCount; t++) offsets[t + 1] = (offsets[t + 1] as number) + (offsets[t] as number);
    const next = offsets.slice(0, termCount);
    const packed = new Int32Array(this.count);
    for (let i = 0; i < this.count; i++) {
      const termId = this.termIds[i] as number;
      packed[next[termId] as number] = this.postings[i] as number;
      next[termId] = (next[termId] as number) + 1;
    }
    this.termIds = new Int32Array(0);
    this.postings = new Int32Array(0);
    const index = new LibraryIndex();
    index.load(this.vocabulary, packed, offsets, this.docs);
    return index;
  }

  private grow(): void {
    const size = Math.ceil(this.termIds.length * 1.5);
    const termIds = new Int32Array(size);
    termIds.set(this.termIds);
    const postings = new Int32Array(size);
    postings.set(this.postings);
    this.termIds = termIds;
    this.postings = postings;
  }
}
