// Vitest hooks of the Firefox suite: a fixture server and an outside recorder per file, a fresh Firefox per test.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../e2e/fixture-server';
import { SCREENSHOT_DIR } from '../e2e/paths';
import { launchFirefox, type FirefoxSession } from './launch-firefox';
import { startOutsideRecorder, type OutsideRecorder, type OutsideRequest } from './outside-recorder';

/** Filled in by the hooks before each test runs. */
export interface FirefoxTestSession {
  server: FixtureServer;
  firefox: FirefoxSession;
  /** Returns the requests that tried to leave the machine since the test began, and forgets them. */
  takeOutsideRequests: () => OutsideRequest[];
}

/**
 * Registers the hooks and returns the session they fill. Every test fails if any request tried to leave
 * the machine during it (from a web page, Liaison or Firefox: the recorder cannot tell them apart, so the
 * tests use sample pages that load nothing from elsewhere), unless the test took those requests itself.
 * A failed test leaves a screenshot of every open tab in test-output/screenshots.
 */
export function useFreshFirefoxPerTest(options: { buildDir?: string } = {}): FirefoxTestSession {
  const session = {} as FirefoxTestSession;
  let recorder: OutsideRecorder | undefined;
  beforeAll(async () => {
    session.server = await startFixtureServer();
    recorder = await startOutsideRecorder();
    session.takeOutsideRequests = () => recorder!.requests.splice(0);
  });
  afterAll(async () => {
    await recorder?.close();
    await session.server?.close();
  });
  beforeEach(async () => {
    recorder!.requests.length = 0;
    session.firefox = await launchFirefox({ proxyPort: recorder!.port, buildDir: options.buildDir });
  });
  afterEach(async ({ task }) => {
    const { firefox } = session;
    if (task.result?.state === 'fail' && firefox) {
      await mkdir(SCREENSHOT_DIR, { recursive: true });
      for (const [index, page] of (await firefox.browser.pages()).entries()) {
        const name = `firefox-failed-${task.name.slice(0, 60)}-${index}`.replace(/[^\w.-]+/g, '-');
        await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`) }).catch(() => undefined);
      }
    }
    await firefox?.close();
    const leaks = session.takeOutsideRequests();
    if (leaks.length > 0 && task.result?.state !== 'fail') {
      throw new Error(
        `Requests tried to leave the machine: ${leaks.map((r) => `${r.method} ${r.target}`).join('; ')}`,
      );
    }
  });
  return session;
}
