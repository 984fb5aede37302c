// End to end: highlight a passage with a note, find it painted after a reload, shown as reworded once the page edits it,
// and listed as an orphan once the page lost it.
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { openOptions, readSamplePage, screenshot, useFreshBrowserPerTest } from './harness';
import { SCREENSHOT_DIR } from './paths';
import { captureNewTabId, findServiceWorker } from './tab-ids';
import { selectFirstOccurrence } from './text-selection';

const session = useFreshBrowserPerTest();

/** The little of the extension APIs the test calls inside the service worker. */
interface BadgeApi {
  chrome: {
    action: { getBadgeText: (details: { tabId: number }) => Promise<string> };
    storage: { local: { set: (items: object) => Promise<void> } };
  };
}
const PASSAGE = '258 (81.1%) remained on tivorumab at 12 months';
const NOTE = 'Persistence is the point to raise with Dr Okafor: 81% at a year.';

/** Selects the first occurrence of `text` on the page, as a user dragging over it would. */
async function selectText(page: Page, text: string): Promise<void> {
  expect(await page.evaluate(selectFirstOccurrence, text)).toBe(true);
}

/** The texts of the ranges Liaison registered as CSS highlights on the page (read from the page's own world). */
function paintedTexts(page: Page): Promise<string[] | null> {
  return page.evaluate(() => {
    const painted = CSS.highlights.get('liaison');
    return painted
      ? Array.from(painted as Iterable<AbstractRange>, (range) => (range as Range).toString())
      : null;
  });
}

/** Opens the popup aimed at a tab, as a click on the toolbar button would. */
async function openPopup(tabId: number): Promise<Page> {
  const popup = await session.browser.context.newPage();
  await popup.setViewportSize({ width: 380, height: 900 });
  await popup.goto(`chrome-extension://${session.browser.extensionId}/popup.html?tabId=${tabId}`);
  return popup;
}

describe('highlights on the page', () => {
  test('a passage highlighted with a note is painted again after a reload, and becomes an orphan when the page loses it', async () => {
    const { context, extensionId } = session.browser;
    const sample = readSamplePage('journal-article');
    const worker = findServiceWorker(context, extensionId);
    const { opened: page, tabId } = await captureNewTabId(worker, async () => {
      const opened = await context.newPage();
      await opened.goto(session.server.origin + sample.path);
      return opened;
    });

    // Capture: select, open the popup, write a note, save.
    await selectText(page, PASSAGE);
    let popup = await openPopup(tabId);
    await expect.poll(() => popup.getByTestId('highlight-passage').textContent()).toBe(PASSAGE);
    await popup.getByLabel('Note').fill(NOTE);
    await popup.getByLabel('Insight category').selectOption('perception-of-data');
    await screenshot(popup, 'highlight-popup-capture');
    await popup.getByRole('button', { name: 'Save highlight' }).click();
    await popup.getByTestId('highlight-status').waitFor();
    await expect.poll(() => paintedTexts(page)).toEqual([PASSAGE]);
    await popup.close();

    // Re-anchoring: after a reload nothing is painted until the popup opens, then the passage is.
    await page.reload();
    expect(await paintedTexts(page)).toBeNull();
    popup = await openPopup(tabId);
    const item = popup.getByTestId('popup-highlight');
    await expect.poll(() => item.count()).toBe(1);
    await expect.poll(() => paintedTexts(page)).toEqual([PASSAGE]);
    await expect.poll(() => item.textContent()).toContain(NOTE);
    // The page's structure is untouched: no element was added inside the body.
    expect(await page.evaluate(() => document.body.querySelectorAll('mark, liaison-note').length)).toBe(0);
    // Focusing it from the popup scrolls the page to it and shows the note in Liaison's tooltip.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await item.getByRole('button').click();
    await expect
      .poll(() => page.evaluate(() => !!document.documentElement.querySelector(':scope > liaison-note')))
      .toBe(true);
    await expect.poll(() => page.evaluate(() => CSS.highlights.get('liaison-focus')?.size ?? 0)).toBe(1);
    await screenshot(popup, 'highlight-popup-painted');
    await screenshot(page, 'highlight-page-painted');
    await popup.close();

    // Rewording: the page changes a word of the passage; the popup says so and shows how it reads now.
    const REWORDED = PASSAGE.replace('remained', 'stayed');
    await page.evaluate(
      ([from, to]) => {
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const text = node as Text;
          if (text.data.includes(from)) text.data = text.data.replace(from, to);
        }
      },
      [PASSAGE, REWORDED] as const,
    );
    popup = await openPopup(tabId);
    const reworded = popup.getByTestId('popup-highlight');
    await expect.poll(() => popup.getByTestId('popup-highlight-reworded').count()).toBe(1);
    expect(await reworded.textContent()).toContain(REWORDED);
    expect(await reworded.textContent()).toContain(`Saved as: \u201c${PASSAGE}\u201d`);
    await expect.poll(() => paintedTexts(page)).toEqual([REWORDED]);
    await screenshot(popup, 'highlight-popup-reworded');
    await popup.close();

    // Orphans: the paragraph is gone; the highlight is listed with its passage and note, not dropped.
    await page.evaluate((wanted) => {
      for (const p of Array.from(document.querySelectorAll('p')))
        if (p.textContent?.includes(wanted)) p.remove();
    }, REWORDED);
    popup = await openPopup(tabId);
    const orphan = popup.getByTestId('popup-orphan');
    await expect.poll(() => orphan.count()).toBe(1);
    expect(await orphan.textContent()).toContain(PASSAGE);
    expect(await orphan.textContent()).toContain(NOTE);
    expect(await popup.getByTestId('popup-highlight').count()).toBe(0);
    await screenshot(popup, 'highlight-popup-orphan');

    // The detail view lists it with its note and a link back to the passage.
    const options = await openOptions(context, extensionId, '#/');
    await options.getByTestId('source-row').first().getByRole('link').first().click();
    const panel = options.getByTestId('source-highlight');
    await expect.poll(() => panel.count()).toBe(1);
    expect(await panel.textContent()).toContain(NOTE);
    const href = await panel.getByRole('link', { name: /Open at this passage/ }).getAttribute('href');
    expect(href).toContain(`${session.server.origin}${sample.path}#:~:text=`);
    await screenshot(options, 'highlight-detail');

    // Search: a word of the highlight's note finds the source and the result shows the highlighted passage.
    await options.goto(`chrome-extension://${extensionId}/options.html#/`);
    await options.getByLabel('Search the library').fill('Okafor');
    const snippet = options.getByTestId('source-row').locator('.source-row-snippet');
    await expect.poll(() => snippet.textContent()).toContain(PASSAGE);
    expect(await snippet.textContent()).toContain('Okafor');
    await screenshot(options, 'highlight-search');
  });

  test('with recognition on, a library page shows its highlight count on the badge and is painted on load; the setting shows the real access', async () => {
    const { context, extensionId, serviceWorker } = session.browser;
    const sample = readSamplePage('journal-article');
    const worker = findServiceWorker(context, extensionId);
    const { opened: page, tabId } = await captureNewTabId(worker, async () => {
      const opened = await context.newPage();
      await opened.goto(session.server.origin + sample.path);
      return opened;
    });
    await selectText(page, PASSAGE);
    const popup = await openPopup(tabId);
    await popup.getByRole('button', { name: 'Save highlight' }).click();
    await popup.getByTestId('highlight-status').waitFor();
    await popup.close();

    // On for this site (the test build's fixed host access stands in for the granted permission).
    await serviceWorker.evaluate(() =>
      (globalThis as unknown as BadgeApi).chrome.storage.local.set({
        pageRecognition: { enabled: true, sites: ['127.0.0.1'] },
      }),
    );
    await page.reload();
    await expect.poll(() => paintedTexts(page)).toEqual([PASSAGE]);
    const badge = () =>
      serviceWorker.evaluate(
        (id) => (globalThis as unknown as BadgeApi).chrome.action.getBadgeText({ tabId: id }),
        tabId,
      );
    await expect.poll(badge).toBe('1');

    // Hovering the painted passage shows its note in Liaison's tooltip (a closed shadow root under <html>).
    const box = await page.evaluate(() => {
      const [range] = Array.from(CSS.highlights.get('liaison') as Iterable<AbstractRange>) as Range[];
      range!.startContainer.parentElement!.scrollIntoView({ block: 'center' });
      const rect = range!.getClientRects()[0]!;
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    });
    expect(await page.evaluate(() => !!document.querySelector('liaison-note'))).toBe(false);
    await page.mouse.move(box.x, box.y);
    await expect
      .poll(() => page.evaluate(() => !!document.documentElement.querySelector(':scope > liaison-note')))
      .toBe(true);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'highlight-page-hover.png') });

    // "All sites" was never granted: the settings page says it is off, whatever was stored.
    await serviceWorker.evaluate(() =>
      (globalThis as unknown as BadgeApi).chrome.storage.local.set({
        pageRecognition: { enabled: true, sites: 'all' },
      }),
    );
    const options = await openOptions(context, extensionId, '#/settings');
    const status = options.getByTestId('recognition-status');
    await expect.poll(() => status.textContent()).toMatch(/^Off \(access to these sites was removed/);
    await screenshot(options, 'highlight-settings-recognition');
  });
});
