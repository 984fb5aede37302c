// End to end in Firefox with the build users install: no site access until Settings asks for it, then clip and recognition.
//
// The shipped build has no host permission. Firefox hides tab URLs from it and refuses to inject into pages
// until the user grants access, which Settings' "Recognise library pages" asks for (Firefox's prompt is turned
// off by a preference here, so the request is granted as a user's "Allow" would).
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Page } from 'puppeteer-core';
import { REPO_ROOT } from '../e2e/paths';
import { readSamplePage } from '../e2e/sample-pages';
import { selectFirstOccurrence } from '../e2e/text-selection';
import { findTabId, openExtensionPage, openPopupOn } from './extension-pages';
import { useFreshFirefoxPerTest } from './fresh-firefox';
import { byRole, waitForText } from './page-waits';

/** `npm run build:firefox`: the build `npm run zip` packages for addons.mozilla.org. */
const SHIPPED_BUILD_DIR = join(REPO_ROOT, '.output', 'firefox-mv3');

const session = useFreshFirefoxPerTest({ buildDir: SHIPPED_BUILD_DIR });

const SAMPLE = readSamplePage('pubmed-abstract');
const PASSAGE = 'Interleukin-23 drives the pathogenic Th17 pathway in plaque psoriasis.';

/** The little of the WebExtension API the test calls inside an extension page. */
interface ExtensionApi {
  browser: {
    tabs: { query: (filter: object) => Promise<Array<{ url?: string; title?: string }>> };
    permissions: { getAll: () => Promise<{ origins?: string[] }> };
    action: { getBadgeText: (details: { tabId: number }) => Promise<string> };
  };
}

/** The origins Firefox has granted the extension, asked from one of its pages. */
function grantedOrigins(extensionPage: Page): Promise<string[]> {
  return extensionPage.evaluate(() =>
    (globalThis as unknown as ExtensionApi).browser.permissions.getAll().then((all) => all.origins ?? []),
  );
}

describe('Firefox, shipped build', () => {
  test('sees no page until Settings grants a site; then clips, and paints a library page on load with its badge', async () => {
    const { browser, extensionOrigin } = session.firefox;
    const url = session.server.origin + SAMPLE.path;
    const page = await browser.newPage();
    await page.goto(url);
    const options = await openExtensionPage(browser, extensionOrigin, 'options.html#/settings');

    // No access yet: the sample's tab has no URL or title for Liaison, and nothing is granted.
    expect(await grantedOrigins(options)).toEqual([]);
    const hidden = await options.evaluate(() =>
      (globalThis as unknown as ExtensionApi).browser.tabs
        .query({})
        .then((tabs) => tabs.map((t) => t.url ?? '')),
    );
    expect(hidden.some((tabUrl) => tabUrl.startsWith(session.server.origin))).toBe(false);

    // Settings > Recognise library pages, for this site only.
    await waitForText(options, '[data-testid="recognition-status"]', 'Off');
    await options.locator(byRole('Sites to recognise, each on its own line', 'textbox')).fill('127.0.0.1');
    await options.locator(byRole('Turn on…', 'button')).click();
    await waitForText(options, '[data-testid="recognition-status"]', 'On for 127.0.0.1');
    expect(await grantedOrigins(options)).toEqual(['*://127.0.0.1/*']);

    // Now the popup can read the page: clip it with a highlight.
    const tabId = await findTabId(options, url);
    expect(await page.evaluate(selectFirstOccurrence, PASSAGE)).toBe(true);
    const popup = await openPopupOn(browser, extensionOrigin, tabId);
    await waitForText(popup, '[data-testid="highlight-passage"]', PASSAGE);
    await popup.locator(byRole('Save highlight', 'button')).click();
    await waitForText(popup, '[data-testid="highlight-status"]', 'Highlight saved');
    await popup.close();

    // Recognition: reloading the page paints the highlight and counts it on the badge, with no popup open.
    await page.reload();
    await expect
      .poll(() =>
        page.evaluate(() => {
          const painted = CSS.highlights.get('liaison');
          return painted
            ? Array.from(painted as Iterable<AbstractRange>, (r) => (r as Range).toString())
            : null;
        }),
      )
      .toEqual([PASSAGE]);
    await expect
      .poll(() =>
        options.evaluate(
          (id) => (globalThis as unknown as ExtensionApi).browser.action.getBadgeText({ tabId: id }),
          tabId,
        ),
      )
      .toBe('1');

    // Turning it off gives the access back.
    await options.bringToFront();
    await options.locator(byRole('Turn off', 'button')).click();
    await waitForText(options, '[data-testid="recognition-status"]', 'Off');
    expect(await grantedOrigins(options)).toEqual([]);
  });
});
