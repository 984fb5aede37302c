// Opening the popup on a page until its preview shows, with the built extension (the e2e build) in Chromium.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { startFixtureServer } from '../../tests/e2e/fixture-server';
import { launchExtension } from '../../tests/e2e/launch-extension';
import { FIXTURE_PAGES_DIR, REPO_ROOT } from '../../tests/e2e/paths';
import { captureNewTabId, findServiceWorker } from '../../tests/e2e/tab-ids';
import { sampled, type Figure } from '../node/figures';
import type { Suite } from './suite';

const SUITE = 'popup';
const ROUNDS = 15;
const CORPUS_MEDICAL = resolve(process.env.LIAISON_CORPUS ?? join(REPO_ROOT, '../shared/corpus'), 'medical');

/** The pages opened: a small PubMed sample, and the largest saved medical page of the corpus when present. */
const PAGES = [
  { name: 'PubMed sample page (tests/fixtures)', root: FIXTURE_PAGES_DIR, path: '/pubmed-abstract.html' },
  { name: 'Nature article, 0.6 MB (corpus)', root: CORPUS_MEDICAL, path: '/nature-alphafold.html' },
  {
    name: 'Frontiers article, 1.2 MB, the largest medical page (corpus)',
    root: CORPUS_MEDICAL,
    path: '/frontiers-psych-bayes.html',
  },
];

/** Milliseconds from the popup's navigation start until a selector is in the page (or, with `gone`, has left it). */
async function timeUntil(popup: Page, selector: string, gone = false): Promise<number> {
  const handle = await popup.waitForFunction(
    ({ selector, gone }) => (!!document.querySelector(selector) !== gone ? performance.now() : 0),
    { selector, gone },
    { polling: 'raf', timeout: 15_000 },
  );
  return (await handle.jsonValue()) as number;
}

/**
 * Navigates a fresh popup page to popup.html for the tab and returns the times from navigation start until
 * the preview title is in the page (polled every animation frame, as the user would see it painted), and
 * until the full text is read (the "Reading the full text" hint is gone: Save then stores at once).
 * It returns only then, so that each opening starts from an idle tab, as a user's does.
 */
async function timePopup(
  popup: Page,
  extensionId: string,
  tabId: number,
): Promise<{ preview: number; full: number }> {
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`, { waitUntil: 'commit' });
  const preview = await timeUntil(popup, '[data-testid="preview-title"]');
  return { preview, full: await timeUntil(popup, '[data-testid="reading-hint"]', true) };
}

/** The popup suite: builds the e2e extension (it may inject into 127.0.0.1 pages) and opens its popup repeatedly. */
export const popupSuite: Suite = {
  name: SUITE,
  description: 'opening the popup on a page until the preview shows (built extension, e2e build)',
  async run(ctx) {
    ctx.log('  building the extension (npm run build:e2e)');
    execFileSync('npx', ['wxt', 'build', '--mode', 'e2e'], { cwd: REPO_ROOT, stdio: 'ignore' });
    const figures: Figure[] = [];
    const session = await launchExtension();
    try {
      const worker = findServiceWorker(session.context, session.extensionId);
      for (const sample of PAGES) {
        if (!existsSync(join(sample.root, sample.path))) continue;
        const server = await startFixtureServer({ root: sample.root });
        try {
          const { opened: tab, tabId } = await captureNewTabId(worker, async () => {
            const opened = await session.context.newPage();
            await opened.goto(server.origin + sample.path, { waitUntil: 'domcontentloaded' });
            return opened;
          });
          const previews: number[] = [];
          const fulls: number[] = [];
          // The first opening loads the extension's code from disk; it is kept apart from the others.
          let first = { preview: 0, full: 0 };
          for (let round = 0; round <= ROUNDS; round++) {
            const popup = await session.context.newPage();
            const times = await timePopup(popup, session.extensionId, tabId);
            await popup.close();
            if (round === 0) first = times;
            else {
              previews.push(times.preview);
              fulls.push(times.full);
            }
          }
          await tab.close();
          figures.push(
            sampled(
              {
                suite: SUITE,
                name: `popup opened to a ready preview: ${sample.name}`,
                unit: 'ms',
                target: '< 300 ms',
                note: `from navigation start of popup.html to the preview title (metadata only); first opening ${Math.round(first.preview)} ms`,
              },
              previews,
            ),
          );
          figures.push(
            sampled(
              {
                suite: SUITE,
                name: `popup opened to the full text read: ${sample.name}`,
                unit: 'ms',
                note: `until the "Reading the full text" hint is gone (Save waits for it before); first opening ${Math.round(first.full)} ms`,
              },
              fulls,
            ),
          );
        } finally {
          await server.close();
        }
      }
    } finally {
      await session.close();
    }
    return figures;
  },
};
