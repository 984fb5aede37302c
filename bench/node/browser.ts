// Starts headless Chromium with an on-disk profile (IndexedDB as an installed extension has it) and calls page steps by name.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import type { BenchSteps } from '../browser/entry';

// The same Chromium and quiet, offline flags as the end-to-end tests.
export { CHROMIUM_PATH } from '../../tests/e2e/paths';
import { QUIET_CHROMIUM_ARGS as QUIET_ARGS } from '../../tests/e2e/launch-extension';
import { CHROMIUM_PATH } from '../../tests/e2e/paths';

/** A browser for the benchmark; `close` also removes its throw-away profile. */
export interface BenchBrowser {
  context: BrowserContext;
  version: string;
  close: () => Promise<void>;
}

/**
 * A persistent context, not an incognito one: Chromium keeps an incognito profile's IndexedDB in memory,
 * which would make every database figure look better than what users get.
 */
export async function launchBrowser(): Promise<BenchBrowser> {
  const userDataDir = await mkdtemp(join(tmpdir(), 'liaison-bench-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: QUIET_ARGS,
  });
  const version = context.browser()?.version() ?? 'unknown';
  return {
    context,
    version,
    close: async () => {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

type StepName = keyof BenchSteps;
type StepParams<K extends StepName> = Parameters<BenchSteps[K]>[0];
type StepResult<K extends StepName> = Awaited<ReturnType<BenchSteps[K]>>;

/** Runs one named step of the page script with its parameters and returns its (plain data) result. */
export async function step<K extends StepName>(
  page: Page,
  name: K,
  params?: StepParams<K>,
): Promise<StepResult<K>> {
  const result: unknown = await page.evaluate(
    ([stepName, stepParams]) => {
      const run = window.liaisonBench[stepName as StepName] as (p: unknown) => unknown;
      return run(stepParams);
    },
    [name, params] as const,
  );
  return result as StepResult<K>;
}

/** Opens the benchmark page and waits until its script has registered the steps. */
export async function openBenchPage(context: BrowserContext, origin: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${origin}/bench.html`);
  await page.waitForFunction(() => 'liaisonBench' in window);
  return page;
}

/** Navigates the page to a new visit of the library, opened at script start, and returns its timings. */
export async function visitLibrary(
  page: Page,
  origin: string,
  options: { withCount?: boolean; withSearch?: boolean } = {},
): Promise<StepResult<'libraryOpened'>> {
  await page.goto(
    `${origin}/bench.html?open=1${options.withCount ? '&count=1' : ''}${options.withSearch === false ? '&search=0' : ''}`,
  );
  await page.waitForFunction(() => 'liaisonBench' in window);
  return step(page, 'libraryOpened');
}

/**
 * Memory the page's JavaScript holds after a full garbage collection, in MB: the V8 heap plus the
 * backing stores of typed arrays (which live outside the heap, and hold most of the index).
 */
export async function memoryAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    const usage: { usedSize: number; backingStorageSize?: number } = await cdp.send('Runtime.getHeapUsage');
    return (usage.usedSize + (usage.backingStorageSize ?? 0)) / 1e6;
  } finally {
    await cdp.detach();
  }
}
