// The saved copy of the search index in IndexedDB: load it, save it, and journal removals made since it was saved.
import type { LiaisonDb } from '../db';
import { fromSnapshot, isUsableSnapshot, toSnapshot } from '../search/index-snapshot';
import type { LibraryIndex } from '../search/library-index';
import { restoreSyncState, storeSyncState, type StoredRemovals, type SyncState } from '../search/sync-state';

const SAVED_ID = 'library';
const REMOVALS_ID = 'library-removals';
/** A saved copy from the future means the clock went back: its watermarks would hide new writes. */
const CLOCK_TOLERANCE_MS = 60_000;

function isRemovals(value: unknown): value is StoredRemovals {
  return (
    value !== null && typeof value === 'object' && Array.isArray((value as Partial<StoredRemovals>).removed)
  );
}

/**
 * The saved index with its sync state and the removals journalled since, or undefined when there is
 * none or it cannot be used (another format, unreadable, saved by a clock that has since gone back).
 */
export async function loadSavedIndex(
  db: LiaisonDb,
  now: number,
): Promise<{ index: LibraryIndex; sync: SyncState } | undefined> {
  const [saved, removals] = await db
    .transaction('r', db.searchIndexes, () => db.searchIndexes.bulkGet([SAVED_ID, REMOVALS_ID]))
    .catch(() => [undefined, undefined]);
  if (
    !saved ||
    !('index' in saved) ||
    !isUsableSnapshot(saved.index) ||
    saved.savedAt > now + CLOCK_TOLERANCE_MS
  )
    return undefined;
  const index = fromSnapshot(saved.index);
  if (isRemovals(removals)) for (const id of removals.removed) index.remove(id);
  return { index, sync: restoreSyncState(saved.sync) };
}

/** Saves the index and its sync state and empties the removals journal, in one transaction. */
export async function saveIndex(
  db: LiaisonDb,
  index: LibraryIndex,
  sync: SyncState,
  now: number,
): Promise<void> {
  const record = { id: SAVED_ID, savedAt: now, index: toSnapshot(index), sync: storeSyncState(sync) };
  await db.transaction('rw', db.searchIndexes, () =>
    db.searchIndexes.bulkPut([record, { id: REMOVALS_ID, removed: [] }]),
  );
}

/** Adds removed source ids to the journal (a small read and write, right after the removal). */
export async function journalRemovals(db: LiaisonDb, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await db.transaction('rw', db.searchIndexes, async () => {
    const current = await db.searchIndexes.get(REMOVALS_ID);
    const removed = isRemovals(current) ? current.removed : [];
    await db.searchIndexes.put({ id: REMOVALS_ID, removed: [...new Set([...removed, ...ids])] });
  });
}
