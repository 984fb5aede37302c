// The options page's one library search index, created on first use and kept for the page's life.
import * as repo from './repo';
import type { LibrarySearch } from '../../lib/repo/search-index';

let instance: LibrarySearch | undefined;

/** The shared search of this page. */
export function getLibrarySearch(): LibrarySearch {
  instance ??= repo.createLibrarySearch();
  return instance;
}
