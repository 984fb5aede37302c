// Every benchmark suite, in the order they run; `npm run bench -- --only=<name>` runs one.
import { importSuite } from './backup-import';
import { extractionSuite } from './extraction';
import { searchSuite } from './search';
import type { Suite } from './suite';

/** The registry of suites (see `Suite` for how to add one). */
export const SUITES: readonly Suite[] = [
  extractionSuite,
  importSuite,
  searchSuite,
];
