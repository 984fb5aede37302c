// Turns the index into a few typed arrays and strings that IndexedDB stores and reads back quickly, and back.
import { LibraryIndex, type IndexedDoc } from './library-index';
import { Vocabulary } from './vocabulary';

/** Bump when the snapshot's layout, the folding rule (lib/text/fold.ts), the tokenizer or weights change: older snapshots are then rebuilt. */
export const SNAPSHOT_FORMAT = 2;

/**
 * The index as structured-clone-friendly data: no per-term or per-document objects, so that storing
 * and loading 50,000 sources is a copy of a few buffers rather than a walk over millions of values.
 */
export interface IndexSnapshot {
  format: number;
  /** Terms in id order, joined by "\n" (terms never contain one). */
  terms: string;
  /** Postings of term i are `postings[offsets[i]] .. postings[offsets[i + 1] - 1]`. */
  offsets: Uint32Array;
  postings: Int32Array;
  docIds: string[];
  kindNames: string[];
  kinds: Uint8Array;
  capturedAt: Float64Array;
  hasNotes: Uint8Array;
  /** KOL ids of every document, flat; `kolCounts[d]` of them belong to document d. */
  kolIds: string[];
  kolCounts: Uint16Array;
  areaIds: string[];
  areaCounts: Uint16Array;
}

function flatten(lists: readonly (readonly string[])[]): { values: string[]; counts: Uint16Array } {
  const counts = new Uint16Array(lists.length);
  const values: string[] = [];
  lists.forEach((list, i) => {
    counts[i] = Math.min(list.length, 0xffff);
    for (const value of list.slice(0, 0xffff)) values.push(value);
  });
  return { values, counts };
}

function unflatten(values: readonly string[], counts: Uint16Array): string[][] {
  const lists: string[][] = [];
  let position = 0;
  for (const count of counts) {
    lists.push(values.slice(position, position + count));
    position += count;
  }
  return lists;
}

/** A snapshot of the index; compacts it first unless it is already packed, so that ordinals are dense. */
export function toSnapshot(index: LibraryIndex): IndexSnapshot {
  if (!index.isPacked) index.compact();
  const docs = index.docs as IndexedDoc[];
  const kindNames = [...new Set(docs.map((doc) => doc.kind))];
  const kols = flatten(docs.map((doc) => doc.kolIds));
  const areas = flatten(docs.map((doc) => doc.areaIds));
  return {
    format: SNAPSHOT_FORMAT,
    terms: index.vocabulary.terms.join('\n'),
    offsets: index.offsets,
    postings: index.packed,
    docIds: docs.map((doc) => doc.id),
    kindNames,
    kinds: Uint8Array.from(docs, (doc) => kindNames.indexOf(doc.kind)),
    capturedAt: Float64Array.from(docs, (doc) => doc.capturedAt),
    hasNotes: Uint8Array.from(docs, (doc) => (doc.hasNotes ? 1 : 0)),
    kolIds: kols.values,
    kolCounts: kols.counts,
    areaIds: areas.values,
    areaCounts: areas.counts,
  };
}

/** Whether stored data is a snapshot this code can read: right format, and parts of matching lengths. */
export function isUsableSnapshot(value: unknown): value is IndexSnapshot {
  if (value === null || typeof value !== 'object') return false;
  const s = value as Partial<IndexSnapshot>;
  if (s.format !== SNAPSHOT_FORMAT || typeof s.terms !== 'string' || !Array.isArray(s.docIds)) return false;
  if (!(s.offsets instanceof Uint32Array) || !(s.postings instanceof Int32Array)) return false;
  const termCount = s.terms === '' ? 0 : s.terms.split('\n', s.offsets.length).length;
  const docCount = s.docIds.length;
  return (
    s.offsets.length === termCount + 1 &&
    s.offsets[termCount] === s.postings.length &&
    [s.kinds, s.capturedAt, s.hasNotes, s.kolCounts, s.areaCounts].every((a) => a?.length === docCount) &&
    Array.isArray(s.kindNames) &&
    Array.isArray(s.kolIds) &&
    Array.isArray(s.areaIds)
  );
}

/** The index a snapshot holds; its packed postings are used as they are, without copying. */
export function fromSnapshot(snapshot: IndexSnapshot): LibraryIndex {
  const terms = snapshot.terms === '' ? [] : snapshot.terms.split('\n');
  const kolIds = unflatten(snapshot.kolIds, snapshot.kolCounts);
  const areaIds = unflatten(snapshot.areaIds, snapshot.areaCounts);
  const docs: IndexedDoc[] = snapshot.docIds.map((id, d) => ({
    id,
    kind: snapshot.kindNames[snapshot.kinds[d] as number] ?? 'web-page',
    capturedAt: snapshot.capturedAt[d] as number,
    kolIds: kolIds[d] ?? [],
    areaIds: areaIds[d] ?? [],
    hasNotes: snapshot.hasNotes[d] === 1,
  }));
  const index = new LibraryIndex();
  index.load(Vocabulary.from(terms), snapshot.postings, snapshot.offsets, docs);
  return index;
}
