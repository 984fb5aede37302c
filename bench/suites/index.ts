// Every benchmark suite, in the order they run; `npm run bench -- --only=<name>` runs one.
import { importSuite } from './backup-import';
import { briefingSuite } from './briefing';
import { bundleSuite } from './bundle';
import { complianceSuite } from './compliance';
import { extractionSuite } from './extraction';
import { popupSuite } from './popup';
import { searchSuite } from './search';
import type { Suite } from './suite';

/** The registry of suites (see `Suite` for how to add one). */
export const SUITES: readonly Suite[] = [
  bundleSuite,
  extractionSuite,
  importSuite,
  popupSuite,
  searchSuite,
  briefingSuite,
  complianceSuite,
];
