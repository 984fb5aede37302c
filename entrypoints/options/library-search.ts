// The options page's one library search index, created on first use and kept for the page's life.
import { openDatabase } from '../../lib/repo/database';
import { createLibrarySearch, type LibrarySearch } from '../../lib/repo/search-index';

let instance: LibrarySearch | undefined;

/** The shared search of this page. */
export function getLibrarySearch(): LibrarySearch {
  instance ??= createLibrarySearch(openDatabase());
  return instance;
}
