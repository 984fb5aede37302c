// What a benchmark suite is: a named group of figures measured in the shared browser; one file per suite.
import type { BrowserContext } from 'playwright-core';
import type { Figure } from '../node/figures';

/** What every suite gets from the runner. */
export interface SuiteContext {
  context: BrowserContext;
  /** Origin of the page that runs the bundled project code (`/bench.html`). */
  origin: string;
  /** Library sizes to measure at (10,000 and 50,000 unless --quick or --sizes says otherwise). */
  sizes: number[];
  seed: number;
  /** Share of generated sources with a 20-60 KB full text (0.1, as issue 8 asks, unless --full-text=). */
  fullTextShare: number;
  log: (message: string) => void;
}

/**
 * One suite of issue 8's figures. To add one (extraction, popup, briefing, import, bundle sizes): write
 * `bench/suites/<name>.ts` exporting a `Suite`, put its page steps in `bench/browser/` and list them
 * in `bench/browser/entry.ts`, and add the suite to `SUITES` in `bench/suites/index.ts`.
 */
export interface Suite {
  name: string;
  /** One line on what it measures, printed before it runs. */
  description: string;
  run: (ctx: SuiteContext) => Promise<Figure[]>;
}
