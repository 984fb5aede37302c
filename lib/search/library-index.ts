// The in-memory inverted index of the library: weighted postings per term, and per document what filters read.
import type { SearchDocument } from './search-document';
import { TermWeigher } from './term-weights';
import { Vocabulary } from './vocabulary';

/** What the index keeps of a document besides its terms: the facts that filters and sorting read. */
export type IndexedDoc = Omit<SearchDocument, 'fields'>;

/** The facts of a document, without its texts (the index must not keep 150 MB of abstracts alive). */
export function factsOf(doc: SearchDocument): IndexedDoc {
  const { id, kind, capturedAt, kolIds, areaIds, hasNotes } = doc;
  return { id, kind, capturedAt, kolIds, areaIds, hasNotes };
}

/**
 * The index. A posting is `ordinal * 256 + weight` (a small integer: 4 bytes). The postings of every
 * term as of the last build, load or compaction sit in one Int32Array, term after term (`offsets`
 * says where), which costs the garbage collector nothing; postings added since go to a short array
 * per term (`tails`). Removing a document only forgets its ordinal (O(1)); `compact`, which runs
 * before each save, drops the dead postings and folds the tails into a new packed array.
 */
export class LibraryIndex {
  vocabulary = new Vocabulary();
  /** Packed postings, term after term, ordinals ascending within a term. */
  packed: Int32Array = new Int32Array(0);
  /** Term t's packed postings are `packed[offsets[t]] .. packed[offsets[t + 1] - 1]` (for t < offsets.length - 1). */
  offsets: Uint32Array = new Uint32Array(1);
  /** Postings added since the last packing, by term id. */
  tails: (number[] | undefined)[] = [];
  /** Documents by ordinal; undefined once removed. */
  docs: (IndexedDoc | undefined)[] = [];
  private ordinals = new Map<string, number>();
  private readonly weigher = new TermWeigher();

  /** How many documents are searchable. */
  get size(): number {
    return this.ordinals.size;
  }

  /** Whether a source is in the index. */
  has(id: string): boolean {
    return this.ordinals.has(id);
  }

  /** The ids of every indexed source. */
  ids(): IterableIterator<string> {
    return this.ordinals.keys();
  }

  /** Where a term's packed postings start and end in `packed`. */
  packedRange(termId: number): [number, number] {
    if (termId + 1 >= this.offsets.length) return [0, 0];
    return [this.offsets[termId] as number, this.offsets[termId + 1] as number];
  }

  /** How many postings a term has (removed documents included until compaction). */
  postingCount(termId: number): number {
    const [from, to] = this.packedRange(termId);
    return to - from + (this.tails[termId]?.length ?? 0);
  }

  /** Adds a document, replacing the earlier version of the same source. */
  add(doc: SearchDocument): void {
    this.remove(doc.id);
    const ordinal = this.docs.length;
    this.docs.push(factsOf(doc));
    this.ordinals.set(doc.id, ordinal);
    const base = ordinal * 256;
    this.weigher.weigh(doc, this.vocabulary, (termId, weight) => {
      const tail = this.tails[termId];
      if (tail) tail.push(base + weight);
      else this.tails[termId] = [base + weight];
    });
  }

  /** Removes a source; false when it was not indexed. */
  remove(id: string): boolean {
    const ordinal = this.ordinals.get(id);
    if (ordinal === undefined) return false;
    this.ordinals.delete(id);
    this.docs[ordinal] = undefined;
    return true;
  }

  /** Whether everything is packed with dense ordinals, as a snapshot needs it. */
  get isPacked(): boolean {
    return this.docs.length === this.ordinals.size && this.tails.every((tail) => tail === undefined);
  }

  /** Drops removed documents, renumbers the rest, and packs all postings into one new array. */
  compact(): void {
    const newOrdinal = new Int32Array(this.docs.length).fill(-1);
    const docs: IndexedDoc[] = [];
    this.docs.forEach((doc, ordinal) => {
      if (!doc) return;
      newOrdinal[ordinal] = docs.length;
      docs.push(doc);
    });
    const removed = docs.length < this.docs.length;
    const termCount = this.vocabulary.size;
    // First pass: how many postings each term keeps (without removals, just the lengths).
    const counts = new Uint32Array(termCount);
    for (let termId = 0; termId < termCount; termId++) {
      const [from, to] = this.packedRange(termId);
      const tail = this.tails[termId] ?? [];
      if (!removed) {
        counts[termId] = to - from + tail.length;
        continue;
      }
      let kept = 0;
      for (let i = from; i < to; i++)
        if ((newOrdinal[(this.packed[i] as number) >>> 8] as number) >= 0) kept++;
      for (const posting of tail) if ((newOrdinal[posting >>> 8] as number) >= 0) kept++;
      counts[termId] = kept;
    }
    // Second pass: copy them, renumbered, into one new array. Term ids stay as they are: a term
    // left with no postings costs one vocabulary entry until the next full build.
    const offsets = new Uint32Array(termCount + 1);
    for (let termId = 0; termId < termCount; termId++)
      offsets[termId + 1] = (offsets[termId] as number) + (counts[termId] as number);
    const packed = new Int32Array(offsets[termCount] as number);
    for (let termId = 0; termId < termCount; termId++) {
      const [from, to] = this.packedRange(termId);
      const tail = this.tails[termId] ?? [];
      let position = offsets[termId] as number;
      if (!removed) {
        // A plain loop: a subarray per term would allocate 150,000 typed-array views.
        for (let i = from; i < to; i++) packed[position++] = this.packed[i] as number;
        for (const posting of tail) packed[position++] = posting;
        continue;
      }
      for (let i = from; i < to; i++) position = keep(packed, position, this.packed[i] as number, newOrdinal);
      for (const posting of tail) position = keep(packed, position, posting, newOrdinal);
    }
    if (removed) this.load(this.vocabulary, packed, offsets, docs);
    else {
      this.packed = packed;
      this.offsets = offsets;
      this.tails = [];
    }
  }

  /** Replaces the whole content (a build, a snapshot, a compaction); the caller guarantees the parts agree. */
  load(vocabulary: Vocabulary, packed: Int32Array, offsets: Uint32Array, docs: IndexedDoc[]): void {
    this.vocabulary = vocabulary;
    this.packed = packed;
    this.offsets = offsets;
    this.tails = [];
    this.docs = docs;
    this.ordinals = new Map(docs.map((doc, ordinal) => [doc.id, ordinal]));
  }
}

/** Writes a posting renumbered when its document is kept; returns the next write position. */
function keep(packed: Int32Array, position: number, posting: number, newOrdinal: Int32Array): number {
  const ordinal = newOrdinal[posting >>> 8] as number;
  if (ordinal < 0) return position;
  packed[position] = ordinal * 256 + (posting & 255);
  return position + 1;
}
