// Starts Debian's Chromium, headless, with the built extension loaded, and finds the extension's id.
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { CHROMIUM_PATH, E2E_BUILD_DIR } from './paths';

/** A browser with the extension loaded; `close` also removes its throw-away profile. */
export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  close: () => Promise<void>;
}

/**
 * Flags for a quiet, display-less, offline browser. Playwright adds `--headless`, which is Chromium's
 * new headless mode since Chromium 132 (the old one moved to chrome-headless-shell) and runs extensions.
 */
export const QUIET_CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Launches Chromium with the unpacked build in `outDir`; fails loudly, never skips, when either is missing. */
export async function launchExtension(options: { outDir?: string } = {}): Promise<ExtensionSession> {
  const outDir = resolve(options.outDir ?? E2E_BUILD_DIR);
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}. Liaison's end-to-end tests and demo need it: install it ` +
        '(apt-get install chromium) or set CHROMIUM_PATH to a Chromium binary.',
    );
  }
  if (!existsSync(join(outDir, 'manifest.json'))) {
    throw new Error(`No extension build in ${outDir}. Run \`npm run build:e2e\` first.`);
  }
  const userDataDir = await mkdtemp(join(tmpdir(), 'liaison-e2e-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    // Playwright disables all extensions by default; drop that switch rather than rely on the exception.
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [...QUIET_CHROMIUM_ARGS, `--disable-extensions-except=${outDir}`, `--load-extension=${outDir}`],
  });
  // Fail a missing element in 10 s with Playwright's message, well inside the 60 s test timeout.
  context.setDefaultTimeout(10_000);
  const close = async (): Promise<void> => {
    await context.close();
    await rm(userDataDir, { recursive: true, force: true });
  };
  try {
    const serviceWorker = await waitForExtensionWorker(context);
    const extensionId = new URL(serviceWorker.url()).host;
    return { context, extensionId, serviceWorker, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** The extension's background service worker, started or about to start. */
async function waitForExtensionWorker(context: BrowserContext): Promise<Worker> {
  const isExtension = (worker: Worker): boolean => worker.url().startsWith('chrome-extension://');
  const running = context.serviceWorkers().find(isExtension);
  if (running) return running;
  try {
    return await context.waitForEvent('serviceworker', { predicate: isExtension, timeout: 15_000 });
  } catch {
    throw new Error(
      'The extension did not start: no service worker appeared within 15 s. ' +
        'Check that this Chromium accepts --load-extension and that the build is a valid MV3 extension.',
    );
  }
}
