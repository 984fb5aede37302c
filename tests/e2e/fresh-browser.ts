// Vitest hooks shared by the e2e suites: one fixture server per file, a fresh browser (empty library) per test.
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { startFixtureServer, type FixtureServer } from './fixture-server';
import { launchExtension, type ExtensionSession } from './launch-extension';
import { watchExtensionRequests, type ExtensionRequest } from './network-watch';
import { screenshot } from './screenshot';

/** Filled in by the hooks before each test runs. */
export interface TestSession {
  server: FixtureServer;
  browser: ExtensionSession;
  /** Every request of the extension's pages and worker in this test; any that leaves for the network fails it. */
  network: { requests: ExtensionRequest[]; leaks: () => ExtensionRequest[] };
}

/**
 * Registers the hooks and returns the session they fill. A failed test leaves a screenshot of every
 * open tab, so the output shows what the UI looked like instead. Every test also checks that Liaison sent
 * nothing over the network: a request from an extension page or the worker to anywhere but the extension
 * and the loopback fixture server fails the test (issue 7, "Privacy").
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
    session.network = watchExtensionRequests(session.browser.context, session.browser.extensionId, [
      session.server.origin,
    ]);
  });
  afterEach(async ({ task }) => {
    const { browser } = session;
    if (task.result?.state === 'fail' && browser) {
      for (const [index, page] of browser.context.pages().entries()) {
        await screenshot(page, `failed-${task.name.slice(0, 60)}-${index}`).catch(() => undefined);
      }
    }
    await browser?.close();
    const leaks = session.network?.leaks() ?? [];
    if (leaks.length > 0 && task.result?.state !== 'fail') {
      throw new Error(
        `Liaison sent requests over the network: ${leaks.map((r) => `${r.from} -> ${r.url}`).join('; ')}`,
      );
    }
  });
  return session;
}
