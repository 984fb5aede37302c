// Vitest hooks shared by the e2e suites: one fixture server per file, a fresh browser (empty library) per test.
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { startFixtureServer, type FixtureServer } from './fixture-server';
import { launchExtension, type ExtensionSession } from './launch-extension';
import { screenshot } from './screenshot';

/** Filled in by the hooks before each test runs. */
export interface TestSession {
  server: FixtureServer;
  browser: ExtensionSession;
}

/**
 * Registers the hooks and returns the session they fill. A failed test leaves a screenshot of every
 * open tab, so the output shows what the UI looked like instead.
 */
export function useFreshBrowserPerTest(): TestSession {
  const session = {} as TestSession;
  beforeAll(async () => {
    session.server = await startFixtureServer();
  });
  afterAll(async () => {
    await session.server?.close();
  });
  beforeEach(async () => {
    session.browser = await launchExtension();
  });
  afterEach(async ({ task }) => {
    const { browser } = session;
    if (task.result?.state === 'fail' && browser) {
      for (const [index, page] of browser.context.pages().entries()) {
        await screenshot(page, `failed-${task.name.slice(0, 60)}-${index}`).catch(() => undefined);
      }
    }
    await browser?.close();
  });
  return session;
}
