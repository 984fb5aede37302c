// End to end in Firefox ESR: clip a local page through the popup, find it in the library, highlight and re-anchor, offline.
//
// The Firefox test build is installed as a temporary add-on in a fresh Firefox per test (fresh-firefox.ts),
// and every test fails if any request tried to leave the machine. Keyboard commands, context menus and the
// toolbar button itself cannot be reached through WebDriver BiDi: see the README's "Firefox" section.
import { describe, expect, test } from 'vitest';
import type { Page } from 'puppeteer-core';
import { readSamplePage } from '../e2e/sample-pages';
import { selectFirstOccurrence } from '../e2e/text-selection';
import { findTabId, openExtensionPage, openPopupOn } from './extension-pages';
import { useFreshFirefoxPerTest } from './fresh-firefox';
import { byRole, waitForText } from './page-waits';

const session = useFreshFirefoxPerTest();

// pubmed-abstract loads nothing from elsewhere, so any request the recorder sees comes from Liaison or Firefox.
const SAMPLE = readSamplePage('pubmed-abstract');
const PASSAGE = 'Interleukin-23 drives the pathogenic Th17 pathway in plaque psoriasis.';
const NOTE = 'Ask about durability beyond week 52.';

/** Opens the sample in a tab, and the options page, which looks up the sample's tab id. */
async function openSample(): Promise<{ page: Page; options: Page; tabId: number }> {
  const { browser, extensionOrigin } = session.firefox;
  const url = session.server.origin + SAMPLE.path;
  const page = await browser.newPage();
  await page.goto(url);
  const options = await openExtensionPage(browser, extensionOrigin, 'options.html#/');
  return { page, options, tabId: await findTabId(options, url) };
}

/** The texts of the ranges Liaison registered as CSS highlights, read from the page's own world. */
function paintedTexts(page: Page): Promise<string[] | null> {
  return page.evaluate(() => {
    const painted = CSS.highlights.get('liaison');
    return painted
      ? Array.from(painted as Iterable<AbstractRange>, (range) => (range as Range).toString())
      : null;
  });
}

describe('Firefox', () => {
  test('clips a local page through the popup and finds it in the library, by search and in its detail view', async () => {
    const { browser, extensionOrigin } = session.firefox;
    const { options, tabId } = await openSample();
    const popup = await openPopupOn(browser, extensionOrigin, tabId);
    await waitForText(popup, '[data-testid="preview-title"]', SAMPLE.title);
    await waitForText(popup, '[data-testid="preview-ids"]', SAMPLE.pmid ?? '');
    await popup.locator(byRole('Note', 'textbox')).fill(NOTE);
    await popup.locator(byRole('Save to library', 'button')).click();
    await waitForText(popup, '[data-testid="popup-status"]', 'Saved to your library');

    // The library page was already open: it shows the clip without a reload, and search finds it. (A tab in
    // the background gets no animation frames, which puppeteer's locators wait for: bring it to the front.)
    await options.bringToFront();
    await waitForText(options, '[data-testid="source-row"]', SAMPLE.title);
    await options.locator(byRole('Search the library', 'searchbox')).fill('zeraflimab psoriasis');
    await waitForText(options, '[data-testid="source-row"]', SAMPLE.title);
    await options.locator(byRole('Search the library', 'searchbox')).fill('tivorumab');
    await waitForText(options, '[data-testid="library-count"]', '0 of 1 sources');
    await options.locator(byRole('Search the library', 'searchbox')).fill('psoriasis');
    await waitForText(options, '[data-testid="source-row"]', SAMPLE.title);
    await options.locator('[data-testid="source-row"] a').click();
    await waitForText(options, '[data-testid="source-detail"]', SAMPLE.title);
    await waitForText(options, '[data-testid="source-note"]', NOTE);
    await waitForText(options, '[data-testid="source-abstract"]', PASSAGE);
  });

  test('a highlight with a note is painted, re-anchored after a reload and after the text around it changed', async () => {
    const { browser, extensionOrigin } = session.firefox;
    const { page, options, tabId } = await openSample();
    expect(await page.evaluate(selectFirstOccurrence, PASSAGE)).toBe(true);
    let popup = await openPopupOn(browser, extensionOrigin, tabId);
    await waitForText(popup, '[data-testid="highlight-passage"]', PASSAGE);
    await popup.locator(byRole('Note', 'textbox')).fill(NOTE);
    await popup.locator(byRole('Save highlight', 'button')).click();
    await waitForText(popup, '[data-testid="highlight-status"]', 'Highlight saved');
    await expect.poll(() => paintedTexts(page)).toEqual([PASSAGE]);
    await popup.close();

    // After a reload nothing is painted until the popup opens; then the passage is, and listed with its note.
    await page.reload();
    expect(await paintedTexts(page)).toBeNull();
    popup = await openPopupOn(browser, extensionOrigin, tabId);
    await waitForText(popup, '[data-testid="popup-highlight"]', NOTE);
    await expect.poll(() => paintedTexts(page)).toEqual([PASSAGE]);
    await popup.close();

    // The page changed: a new paragraph before it and words added in front of it in its own paragraph.
    await page.reload();
    await page.evaluate((passage) => {
      const paragraph = Array.from(document.querySelectorAll('p')).find((p) =>
        p.textContent?.includes(passage),
      );
      if (!paragraph) throw new Error('passage not found');
      paragraph.insertAdjacentHTML('beforebegin', '<p>Editor’s note: this abstract was updated in 2025.</p>');
      paragraph.lastChild!.textContent = ` (Updated.) ${paragraph.lastChild!.textContent ?? ''}`;
    }, PASSAGE);
    popup = await openPopupOn(browser, extensionOrigin, tabId);
    await waitForText(popup, '[data-testid="popup-highlight"]', NOTE);
    await expect.poll(() => paintedTexts(page)).toEqual([PASSAGE]);
    expect(await popup.$$('[data-testid="popup-orphan"]')).toHaveLength(0);

    // The detail view lists it with its note and a link back to the passage.
    await options.bringToFront();
    await options.locator('[data-testid="source-row"] a').click();
    await waitForText(options, '[data-testid="source-highlight"]', NOTE);
    const href = await options.$eval('[data-testid="source-highlight"] a[href*=":~:text="]', (a) =>
      a.getAttribute('href'),
    );
    expect(href).toContain(`${session.server.origin}${SAMPLE.path}#:~:text=`);
  });

  test('the recorder catches a request from an extension page and from the background page', async () => {
    const { browser, extensionOrigin } = session.firefox;
    const options = await openExtensionPage(browser, extensionOrigin, 'options.html#/');
    // Addresses reserved for documentation (RFC 5737): a request to one can only be a leak, and reaches no one.
    await options.evaluate(async () => {
      const api = (
        globalThis as unknown as { browser: { runtime: { getBackgroundPage: () => Promise<Window> } } }
      ).browser;
      await fetch('http://192.0.2.1/from-page').catch(() => undefined);
      const background = await api.runtime.getBackgroundPage();
      await background.fetch('http://192.0.2.2/from-background').catch(() => undefined);
    });
    const seen: string[] = [];
    await expect
      .poll(() => {
        seen.push(...session.takeOutsideRequests().map((r) => r.target));
        return ['192.0.2.1', '192.0.2.2'].filter((host) => seen.some((target) => target.includes(host)));
      })
      .toEqual(['192.0.2.1', '192.0.2.2']);
  });
});
