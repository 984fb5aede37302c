// Benchmark steps of the options page: the first page of the library while the search loads, then queries through the search API.
import { openDatabase } from '../../lib/repo/database';
import { createLibrarySearch, type LibrarySearch, type LibrarySearchInfo } from '../../lib/repo/search-index';
import { countSources, listSources } from '../../lib/repo/sources';

let search: LibrarySearch | undefined;

/** The search this page opened; later steps (queries, change latency) use it. */
export function openedSearch(): LibrarySearch {
  if (!search) throw new Error('Run openLibrary first.');
  return search;
}

/** Timings of one visit to the library. */
export interface OpenResult {
  /** listSources (newest 50), from the script's start (opening the database included). */
  firstPageMs: number;
  /** The same moment counted from navigation start: what a user waits for. */
  firstPageSinceNavigationMs: number;
  /** countSources when asked (`withCount`) at the same time, as the library page asks for the total; from the script's start. */
  countMs?: number;
  /** From the script's start until the search index is loaded or built and caught up. */
  searchReadyMs: number;
  info: LibrarySearchInfo;
}

/**
 * Opens the library as the options page does: the first page and the count are asked for first, and the
 * search starts in the same task (it defers its own work), so any delay it causes shows in the first page.
 */
export async function openLibrary(
  params: { persist?: boolean; withCount?: boolean; withSearch?: boolean } = {},
): Promise<OpenResult> {
  const start = performance.now();
  const db = openDatabase();
  search?.dispose();
  let firstPageAt = 0;
  let countAt: number | undefined;
  const firstPage = listSources(db, 0, 50).then((sources) => {
    firstPageAt = performance.now();
    return sources;
  });
  const count = params.withCount ? countSources(db).then(() => (countAt = performance.now())) : undefined;
  search =
    params.withSearch === false ? undefined : createLibrarySearch(db, { persist: params.persist ?? true });
  if ((await firstPage).length === 0) throw new Error('The library is empty: seed it first.');
  await Promise.all([count, search?.ready]);
  const readyAt = performance.now();
  // Let what the index does right after it is ready finish before the next step measures.
  await search?.settled();
  return {
    firstPageMs: firstPageAt - start,
    firstPageSinceNavigationMs: firstPageAt,
    countMs: countAt === undefined ? undefined : countAt - start,
    searchReadyMs: readyAt - start,
    info: search?.info() ?? { documents: 0, terms: 0, loadedFrom: 'loading' },
  };
}

let opening: Promise<OpenResult> | undefined;

/**
 * Opens the library at script start when the page address asks for it (`?open=1`, `&count=1`, `&search=0`), as the
 * options page does on load, so that "since navigation" is exactly what a user waits for.
 */
export function openOnLoad(search: string): void {
  const params = new URLSearchParams(search);
  if (params.get('open') === '1') {
    opening = openLibrary({
      withCount: params.get('count') === '1',
      withSearch: params.get('search') !== '0',
    });
  }
}

/** The result of the visit that `openOnLoad` started. */
export function libraryOpened(): Promise<OpenResult> {
  if (!opening) throw new Error('This page was not opened with ?open=1.');
  return opening;
}

/** Saves the opened search index and says how long the save took. */
export async function saveSearch(): Promise<{ ms: number }> {
  const start = performance.now();
  await openedSearch().saveNow();
  return { ms: performance.now() - start };
}

/** Times each query through the search API: the index, then reading the 50 sources shown. */
export async function apiQueries(params: {
  queries: string[];
  repeats: number;
}): Promise<{ samples: number[]; totals: number[] }> {
  const api = openedSearch();
  const samples: number[] = [];
  const totals: number[] = [];
  for (const query of params.queries) await api.search(query, {}, { limit: 50 });
  for (let r = 0; r < params.repeats; r++) {
    for (const query of params.queries) {
      const start = performance.now();
      const result = await api.search(query, {}, { limit: 50 });
      samples.push(performance.now() - start);
      if (r === 0) totals.push(result.total);
    }
  }
  return { samples, totals };
}
