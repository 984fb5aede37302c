// The library search of a long-lived page: an in-memory index, saved in IndexedDB, kept current with writes from every context.
//
// For the UI (the options page creates one and keeps it for the page's life):
//   const librarySearch = createLibrarySearch(db);   // starts after the current task: the first page renders first
//   const { total, results, highlightTerms } = await librarySearch.search('pembro lung', { kolIds: [kolId] }, { limit: 50, offset: 0 });
//   results: [{ source, score, terms }], best first, then newest; mark matches with highlightSegments(text, highlightTerms)
//   const stop = librarySearch.onChange(rerunTheSearch);  // after writes made anywhere (popup, background) reached the index
//   librarySearch.dispose();
//
// How it stays current: Dexie fires `storagemutated` after every committed write in any context of the
// extension, with the primary keys written; the index re-reads just those records (two small
// transactions). A write that touched a whole range (bulk writes of 50 or more) falls back to reading
// what changed since the watermarks (`updatedAt`, which every write in lib/repo sets) and comparing keys.
// The index is saved in IndexedDB after changes settle, and removals are journalled at once, so the
// next visit loads it and reads only what was stamped since.
import { Dexie, type ObservabilitySet } from 'dexie';
import type { LiaisonDb } from '../db';
import type { Source } from '../model';
import type { SearchFilters } from '../search/filters';
import { LibraryIndex } from '../search/library-index';
import { queryIndex, type SearchPage } from '../search/query-index';
import { emptySyncState, type SyncState } from '../search/sync-state';
import { ChangeCollector } from './search-changes';
import { readSources } from './search-reads';
import { journalRemovals, loadSavedIndex, saveIndex } from './search-store';
import { applyChangedKeys, buildFromRecords, catchUpSince, reconcileKeys, type Applied } from './search-sync';

/** One search result: the stored source, its relevance and the indexed words that matched in it. */
export interface LibrarySearchResult {
  source: Source;
  score: number;
  terms: string[];
}

/** A page of results, the number of sources that matched in all, and the folded query words to highlight. */
export interface LibrarySearchResults {
  total: number;
  results: LibrarySearchResult[];
  highlightTerms: string[];
}

/** Where the index came from and how big it is; for the benchmark and for diagnostics. */
export interface LibrarySearchInfo {
  documents: number;
  terms: number;
  loadedFrom: 'loading' | 'saved copy' | 'records';
}

/** The search API of the library (see the module header). */
export interface LibrarySearch {
  /** Resolves once the index is loaded or built and has caught up with the database. */
  readonly ready: Promise<void>;
  /** Ranked sources matching every word of `query` and the filters; waits for `ready`. Page defaults to the first 50. */
  search(query: string, filters?: SearchFilters, page?: SearchPage): Promise<LibrarySearchResults>;
  /** Calls `listener` whenever writes changed the index; returns the unsubscribe function. */
  onChange(listener: () => void): () => void;
  /** Resolves once every write reported so far is in the index (tests and benchmarks wait on it). */
  settled(): Promise<void>;
  /** Saves the index now (it also saves itself once changes settle). */
  saveNow(): Promise<void>;
  info(): LibrarySearchInfo;
  /** Stops listening and saving; the page is going away. */
  dispose(): void;
}

/** Tuning for tests and the benchmark; the defaults suit the options page. */
export interface LibrarySearchOptions {
  /** Keep a saved copy of the index in IndexedDB and start from it (default true). */
  persist?: boolean;
  /** Quiet time after the last change before the copy is saved again, ms (default 20 s). */
  saveDelayMs?: number;
  /** Sources read per transaction while building from the records (default 250). */
  chunkSize?: number;
  now?: () => number;
  onError?: (error: unknown) => void;
}

/** After a build, the first save waits a little, so that it does not delay the user's first searches. */
const FIRST_SAVE_DELAY_MS = 2_000;

/**
 * Opens the library search for this page. Loading never holds up the page: it starts after the
 * current task, from the saved copy when there is one, else from the records a page at a time.
 */
export function createLibrarySearch(db: LiaisonDb, options: LibrarySearchOptions = {}): LibrarySearch {
  const { persist = true, saveDelayMs = 20_000, chunkSize = 250, now = Date.now } = options;
  const onError = options.onError ?? ((error: unknown) => console.error('Library search:', error));
  // After dispose, reads in flight may fail as the page closes the database: nobody is waiting for them.
  const reportError = (error: unknown): void => {
    if (!disposed) onError(error);
  };
  let index = new LibraryIndex();
  let sync: SyncState = emptySyncState();
  let loadedFrom: LibrarySearchInfo['loadedFrom'] = 'loading';
  let loaded = false;
  let disposed = false;
  let saveTimer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> | undefined;
  const listeners = new Set<() => void>();
  const changes = new ChangeCollector(db.name);

  async function loadSaved(): Promise<boolean> {
    const saved = await loadSavedIndex(db, now());
    if (!saved) return false;
    ({ index, sync } = saved);
    loadedFrom = 'saved copy';
    return true;
  }

  async function build(): Promise<boolean> {
    const built = await buildFromRecords(db, chunkSize, () => disposed);
    if (!built) return false;
    ({ index, sync } = built);
    loadedFrom = 'records';
    return true;
  }

  /** Tells listeners, schedules a save, and journals removals at once so a closed page cannot bring them back. */
  async function settle(applied: Applied): Promise<void> {
    if (!applied.changed || disposed) return;
    scheduleSave(saveDelayMs);
    for (const listener of listeners) listener();
    if (persist) await journalRemovals(db, applied.removed);
  }

  /** Applies waiting changes one batch at a time; a write during a run is picked up by the same run. */
  async function drain(): Promise<void> {
    while (!disposed && !changes.isEmpty) {
      const changed = changes.take();
      if (changed.rebuild) {
        // The saved copy was cleared (an import): rebuild in the background; searches use the old index meanwhile.
        if (await build()) await settle({ changed: true, removed: [] });
      } else if (changed.everything) {
        // A whole range was written: read what is stamped since the watermarks, then compare keys.
        await settle(await catchUpSince(db, index, sync));
        await settle(await reconcileKeys(db, index, sync));
      } else {
        await settle(await applyChangedKeys(db, index, sync, changed));
      }
    }
  }

  /** Starts draining unless a drain is running; whatever arrives as one ends starts the next. */
  function applyWaiting(): Promise<void> {
    running ??= drain().finally(() => {
      running = undefined;
      if (!disposed && !changes.isEmpty) applyWaiting().catch(reportError);
    });
    return running;
  }

  const onMutated = (parts: ObservabilitySet): void => {
    if (changes.add(parts) && loaded) applyWaiting().catch(reportError);
  };
  // Listen before loading: whatever is written while the index loads is applied right after.
  Dexie.on('storagemutated', onMutated);

  function scheduleSave(delay: number): void {
    if (!persist || disposed) return;
    clearTimeout(saveTimer);
    saveTimer = setTimeout(() => void save().catch(reportError), delay);
  }

  async function save(): Promise<void> {
    clearTimeout(saveTimer);
    while (running) await running;
    if (disposed) return;
    // Move the watermarks past what the change events applied, so the next visit reads less.
    await catchUpSince(db, index, sync);
    await saveIndex(db, index, sync, now());
  }

  const ready = (async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
    const fromSaved = persist && (await loadSaved());
    if (!fromSaved) await build();
    if (disposed) return;
    // What was written while no page held the index; deletions made here were journalled, and a
    // source deleted elsewhere meanwhile is dropped the first time a search meets it.
    if (fromSaved) await catchUpSince(db, index, sync);
    loaded = true;
    applyWaiting().catch(reportError);
    if (!fromSaved) scheduleSave(FIRST_SAVE_DELAY_MS);
  })();
  ready.catch(() => undefined); // awaited by search(); keeps an unobserved failure from being reported twice

  return {
    ready,
    async search(query, filters = {}, page = { limit: 50 }) {
      await ready;
      const found = queryIndex(index, query, filters, page);
      const byId = new Map(
        (
          await readSources(
            db,
            found.hits.map((hit) => hit.id),
          )
        ).map((s) => [s.id, s]),
      );
      const missing = found.hits.filter((hit) => !byId.has(hit.id)).map((hit) => hit.id);
      if (missing.length > 0) {
        // Deleted where no event reached this page: forget them now.
        for (const id of missing) index.remove(id);
        if (persist) journalRemovals(db, missing).catch(reportError);
      }
      const results = found.hits.flatMap((hit) => {
        const source = byId.get(hit.id);
        return source ? [{ source, score: hit.score, terms: hit.terms }] : [];
      });
      return { total: found.total - missing.length, results, highlightTerms: found.highlightTerms };
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async settled() {
      await ready;
      while (running) await running;
    },
    async saveNow() {
      await ready;
      await save();
    },
    info: () => ({ documents: index.size, terms: index.vocabulary.size, loadedFrom }),
    dispose() {
      disposed = true;
      Dexie.on('storagemutated').unsubscribe(onMutated);
      clearTimeout(saveTimer);
      listeners.clear();
    },
  };
}
