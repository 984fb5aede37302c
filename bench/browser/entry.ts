// The benchmark's page script, bundled with esbuild: every step the Node runner can call, on window.liaisonBench.
import { awaitChange, countMatches, watchChanges, writeChange } from './changes';
import { bulkAddOnce, exportForImport, importBackupOnce } from './backup-import';
import { saveClips } from './clip-save';
import { countVariants } from './count-variants';
import { extractPageTimes } from './extraction';
import { extractionLayers } from './extraction-layers';
import { apiQueries, libraryOpened, openLibrary, openOnLoad, saveSearch } from './library-open';
import { buildMiniSearch, dropMiniSearch, runMiniSearch } from './minisearch-compare';
import { buildIndex, indexOps, loadDocuments, queries, runQueries } from './search-memory';
import { reset, seed } from './seed';

/** Every step by name; the runner calls them with `page.evaluate`, and each returns plain data. */
export const steps = {
  reset,
  seed,
  openLibrary,
  libraryOpened,
  saveSearch,
  apiQueries,
  loadDocuments,
  queries,
  buildIndex,
  runQueries,
  indexOps,
  buildMiniSearch,
  runMiniSearch,
  dropMiniSearch,
  watchChanges,
  awaitChange,
  countMatches,
  writeChange,
  saveClips,
  extractPageTimes,
  extractionLayers,
  countVariants,
  exportForImport,
  importBackupOnce,
  bulkAddOnce,
};

/** The steps' names, for the runner's typed calls. */
export type BenchSteps = typeof steps;

declare global {
  interface Window {
    liaisonBench: BenchSteps;
  }
}

window.liaisonBench = steps;
openOnLoad(location.search);
