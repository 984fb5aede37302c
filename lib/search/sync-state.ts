// What the index has seen of the database: per table a high-water mark of `updatedAt`, and who owns each note and highlight.
import type { IndexSnapshot } from './index-snapshot';

/**
 * The newest `updatedAt` the index has absorbed from a table, and the ids it saw at exactly that time:
 * a record written later in the same millisecond is still recognised as new.
 */
export interface Watermark {
  time: number;
  idsAtTime: string[];
}

/** A record's id and its `updatedAt`, as read from the table's `updatedAt` index. */
export interface Stamp {
  id: string;
  time: number;
}

/** The start: nothing seen yet. */
export const NOTHING_SEEN: Watermark = { time: -Infinity, idsAtTime: [] };

/**
 * Which of the stamps read at or after the watermark are new to the index, and the watermark that
 * follows. Only records with `updatedAt` at or after the mark are ever read, so this stays cheap.
 */
export function advanceWatermark(
  mark: Watermark,
  stamps: readonly Stamp[],
): { changed: string[]; next: Watermark } {
  const seen = new Set(mark.idsAtTime);
  const changed: string[] = [];
  let time = mark.time;
  for (const stamp of stamps) {
    if (stamp.time > mark.time || (stamp.time === mark.time && !seen.has(stamp.id))) changed.push(stamp.id);
    if (stamp.time > time) time = stamp.time;
  }
  const atTime = stamps.filter((stamp) => stamp.time === time).map((stamp) => stamp.id);
  const idsAtTime = time === mark.time ? [...new Set([...mark.idsAtTime, ...atTime])] : atTime;
  return { changed, next: { time, idsAtTime } };
}

/** The sync state of the index: one watermark per table and the source of every note and highlight it knows. */
export interface SyncState {
  sources: Watermark;
  notes: Watermark;
  highlights: Watermark;
  /** Note id -> source id ('' for a note on no source): a deleted note tells which source to re-index. */
  noteOwners: Map<string, string>;
  /** Highlight id -> source id. */
  highlightOwners: Map<string, string>;
}

/** A fresh sync state. */
export function emptySyncState(): SyncState {
  return {
    sources: NOTHING_SEEN,
    notes: NOTHING_SEEN,
    highlights: NOTHING_SEEN,
    noteOwners: new Map(),
    highlightOwners: new Map(),
  };
}

/** The index and its sync state as stored in IndexedDB, so that the next page opens without a rebuild. */
export interface StoredSearchIndex {
  id: string;
  savedAt: number;
  index: IndexSnapshot;
  sync: {
    sources: Watermark;
    notes: Watermark;
    highlights: Watermark;
    noteIds: string[];
    noteSourceIds: string[];
    highlightIds: string[];
    highlightSourceIds: string[];
  };
}

/**
 * Sources the index removed since its copy was last saved: written at once (a few ids, not 45 MB), so
 * that a page closed before the next save does not bring deleted sources back on the next visit.
 */
export interface StoredRemovals {
  id: string;
  removed: string[];
}

/** A row of the `searchIndexes` table: a saved index, or the removals made since it was saved. */
export type SearchIndexRecord = StoredSearchIndex | StoredRemovals;

/** The sync state in the stored form: flat arrays rather than maps. */
export function storeSyncState(state: SyncState): StoredSearchIndex['sync'] {
  return {
    sources: state.sources,
    notes: state.notes,
    highlights: state.highlights,
    noteIds: [...state.noteOwners.keys()],
    noteSourceIds: [...state.noteOwners.values()],
    highlightIds: [...state.highlightOwners.keys()],
    highlightSourceIds: [...state.highlightOwners.values()],
  };
}

/** The sync state back from its stored form. */
export function restoreSyncState(stored: StoredSearchIndex['sync']): SyncState {
  const zip = (keys: readonly string[], values: readonly string[]): Map<string, string> =>
    new Map(keys.map((key, i) => [key, values[i] ?? '']));
  return {
    sources: stored.sources,
    notes: stored.notes,
    highlights: stored.highlights,
    noteOwners: zip(stored.noteIds, stored.noteSourceIds),
    highlightOwners: zip(stored.highlightIds, stored.highlightSourceIds),
  };
}
