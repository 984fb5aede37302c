// Builds the search index from the records and keeps it up to date: by the ids a write reported, by `updatedAt` since a watermark, or by comparing keys.
import type { LiaisonDb } from '../db';
import type { Highlight, Note, Source } from '../model';
import { IndexBuilder } from '../search/index-builder';
import type { LibraryIndex } from '../search/library-index';
import { groupBySource, toSearchDocument } from '../search/search-document';
import { advanceWatermark, type SyncState } from '../search/sync-state';
import type { ChangedKeys } from './search-changes';
import {
  readAllAnnotations,
  readAllIds,
  readAnnotations,
  readNewestStamps,
  readSourcePage,
  readSourcesWithAnnotations,
  readStampsSince,
} from './search-reads';

/** Sources re-read per transaction. */
const CHUNK = 200;

/** Records who owns each note or highlight read, and marks the owners (old and new) for re-indexing. */
function claim(
  owners: Map<string, string>,
  records: readonly [string, string][],
  touched: Set<string>,
): void {
  for (const [id, sourceId] of records) {
    const previous = owners.get(id);
    if (previous) touched.add(previous);
    if (sourceId) touched.add(sourceId);
    owners.set(id, sourceId);
  }
}

/** Forgets notes or highlights that are gone, marking their sources for re-indexing. */
function release(owners: Map<string, string>, ids: Iterable<string>, touched: Set<string>): void {
  for (const id of ids) {
    const owner = owners.get(id);
    if (owner) touched.add(owner);
    owners.delete(id);
  }
}

const noteEntries = (notes: readonly Note[]): [string, string][] =>
  notes.map((n) => [n.id, n.sourceId ?? '']);
const highlightEntries = (highlights: readonly Highlight[]): [string, string][] =>
  highlights.map((h) => [h.id, h.sourceId]);

/** Reads changed notes and highlights by id: updates their owners, and returns every source to re-index. */
async function ownersOfChanged(
  db: LiaisonDb,
  sync: SyncState,
  noteIds: string[],
  highlightIds: string[],
): Promise<Set<string>> {
  const touched = new Set<string>();
  if (noteIds.length === 0 && highlightIds.length === 0) return touched;
  const { notes, highlights } = await readAnnotations(db, noteIds, highlightIds);
  const foundNotes = new Set(notes.map((n) => n.id));
  const foundHighlights = new Set(highlights.map((h) => h.id));
  release(
    sync.noteOwners,
    noteIds.filter((id) => !foundNotes.has(id)),
    touched,
  );
  release(
    sync.highlightOwners,
    highlightIds.filter((id) => !foundHighlights.has(id)),
    touched,
  );
  claim(sync.noteOwners, noteEntries(notes), touched);
  claim(sync.highlightOwners, highlightEntries(highlights), touched);
  return touched;
}

/** What applying changes did to the index: whether anything changed, and which sources it removed. */
export interface Applied {
  changed: boolean;
  removed: string[];
}

/** Re-reads sources with their notes and highlights and replaces them in the index; a missing source is removed. */
export async function reindex(
  db: LiaisonDb,
  index: LibraryIndex,
  sync: SyncState,
  ids: Iterable<string>,
): Promise<Applied> {
  const all = [...ids];
  const removed: string[] = [];
  for (let start = 0; start < all.length; start += CHUNK) {
    const chunk = all.slice(start, start + CHUNK);
    const { sources, notes, highlights } = await readSourcesWithAnnotations(db, chunk);
    const found = new Set(sources.map((source) => source.id));
    for (const id of chunk) if (!found.has(id) && index.remove(id)) removed.push(id);
    const notesOf = groupBySource<Note>(notes);
    const highlightsOf = groupBySource<Highlight>(highlights);
    for (const source of sources) {
      index.add(toSearchDocument(source, notesOf.get(source.id) ?? [], highlightsOf.get(source.id) ?? []));
    }
    for (const [id, owner] of noteEntries(notes)) sync.noteOwners.set(id, owner);
    for (const [id, owner] of highlightEntries(highlights)) sync.highlightOwners.set(id, owner);
  }
  return { changed: all.length > 0, removed };
}

/**
 * Applies the writes that `storagemutated` reported by id: reads the changed notes and highlights to
 * find their sources, then re-reads those sources. Two small transactions, whatever the library's size.
 */
export async function applyChangedKeys(
  db: LiaisonDb,
  index: LibraryIndex,
  sync: SyncState,
  changed: ChangedKeys,
): Promise<Applied> {
  const touched = await ownersOfChanged(db, sync, [...changed.notes], [...changed.highlights]);
  for (const id of changed.sources) touched.add(id);
  return reindex(db, index, sync, touched);
}

/**
 * Applies every record stamped at or after the watermarks (`updatedAt` index, keys only) and advances
 * them: what a saved index missed while no page held it, or what a build missed while it read.
 * Deletions leave no stamp; `reconcileKeys` finds those.
 */
export async function catchUpSince(db: LiaisonDb, index: LibraryIndex, sync: SyncState): Promise<Applied> {
  const [sourceStamps, noteStamps, highlightStamps] = await Promise.all([
    readStampsSince(db, 'sources', sync.sources),
    readStampsSince(db, 'notes', sync.notes),
    readStampsSince(db, 'highlights', sync.highlights),
  ]);
  const sources = advanceWatermark(sync.sources, sourceStamps);
  const notes = advanceWatermark(sync.notes, noteStamps);
  const highlights = advanceWatermark(sync.highlights, highlightStamps);
  const touched = await ownersOfChanged(db, sync, notes.changed, highlights.changed);
  for (const id of sources.changed) touched.add(id);
  const applied = await reindex(db, index, sync, touched);
  sync.sources = sources.next;
  sync.notes = notes.next;
  sync.highlights = highlights.next;
  return applied;
}

/**
 * Compares the index with every primary key of sources, notes and highlights: removes what was deleted,
 * adds what was never seen. It reads every record of the tables (Chromium's getAllKeys does: about
 * 0.1 s per 10,000 sources with full texts, during which other reads wait), so it runs only after
 * writes that touched whole ranges (bulk writes, clears).
 */
export async function reconcileKeys(db: LiaisonDb, index: LibraryIndex, sync: SyncState): Promise<Applied> {
  const [sourceIds, noteIds, highlightIds] = await Promise.all([
    readAllIds(db, 'sources'),
    readAllIds(db, 'notes'),
    readAllIds(db, 'highlights'),
  ]);
  const touched = new Set<string>();
  const notes = new Set(noteIds);
  const highlights = new Set(highlightIds);
  release(
    sync.noteOwners,
    [...sync.noteOwners.keys()].filter((id) => !notes.has(id)),
    touched,
  );
  release(
    sync.highlightOwners,
    [...sync.highlightOwners.keys()].filter((id) => !highlights.has(id)),
    touched,
  );
  const unknownNotes = noteIds.filter((id) => !sync.noteOwners.has(id));
  const unknownHighlights = highlightIds.filter((id) => !sync.highlightOwners.has(id));
  for (const id of await ownersOfChanged(db, sync, unknownNotes, unknownHighlights)) touched.add(id);
  const sources = new Set(sourceIds);
  const gone = [...index.ids()].filter((id) => !sources.has(id));
  for (const id of gone) index.remove(id);
  for (const id of sourceIds) if (!index.has(id)) touched.add(id);
  const applied = await reindex(db, index, sync, touched);
  return { changed: applied.changed || gone.length > 0, removed: [...gone, ...applied.removed] };
}

/**
 * Builds the index from every source, note and highlight, reading `chunkSize` sources per transaction so
 * that the page's own reads get their turn. Undefined when `cancelled` says to stop. Writes made while
 * it reads are reported by `storagemutated`, which the caller listens to from before the start.
 */
export async function buildFromRecords(
  db: LiaisonDb,
  chunkSize: number,
  cancelled: () => boolean,
): Promise<{ index: LibraryIndex; sync: SyncState } | undefined> {
  const newest = await readNewestStamps(db);
  const { notes, highlights } = await readAllAnnotations(db);
  const notesBySource = groupBySource<Note>(notes);
  const highlightsBySource = groupBySource<Highlight>(highlights);
  const builder = new IndexBuilder();
  for (let after: string | undefined; ;) {
    const page = await readSourcePage(db, after, chunkSize);
    if (cancelled()) return undefined;
    for (const source of page) {
      builder.add(
        toSearchDocument(source, notesBySource.get(source.id) ?? [], highlightsBySource.get(source.id) ?? []),
      );
    }
    if (page.length < chunkSize) break;
    after = (page[page.length - 1] as Source).id;
  }
  return {
    index: builder.finish(),
    sync: {
      sources: { time: newest.sources, idsAtTime: [] },
      notes: { time: newest.notes, idsAtTime: [] },
      highlights: { time: newest.highlights, idsAtTime: [] },
      noteOwners: new Map(notes.map((note) => [note.id, note.sourceId ?? ''])),
      highlightOwners: new Map(highlights.map((highlight) => [highlight.id, highlight.sourceId])),
    },
  };
}
