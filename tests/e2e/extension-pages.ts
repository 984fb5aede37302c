// Opens the extension's own pages as tabs: the popup aimed at another tab, and the options page.
import type { BrowserContext, Page } from 'playwright-core';
import { captureNewTabId, findServiceWorker } from './tab-ids';

/** Roughly the popup's size under the toolbar button, until its own width is known. */
const POPUP_VIEWPORT = { width: 420, height: 640 };

/** A sample page in one tab and the popup, in another, working on it. */
export interface PopupSession {
  page: Page;
  popup: Page;
  tabId: number;
}

/** Opens `pageUrl` in a new tab, then the popup with `?tabId=` pointing at that tab (the test stand-in for a click on the toolbar button). */
export async function openPopupFor(
  context: BrowserContext,
  extensionId: string,
  pageUrl: string,
): Promise<PopupSession> {
  const worker = findServiceWorker(context, extensionId);
  const { opened: page, tabId } = await captureNewTabId(worker, async () => {
    const opened = await context.newPage();
    await opened.goto(pageUrl);
    return opened;
  });
  const popup = await context.newPage();
  await popup.setViewportSize(POPUP_VIEWPORT);
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
  await fitViewportToBody(popup);
  return { page, popup, tabId };
}

/**
 * Opens the options page at a hash route such as `#/` (library) or `#/source/<id>`; with `at`, the page's
 * clock reads that time (Playwright's fake clock), as if the user opened it then.
 */
export async function openOptions(
  context: BrowserContext,
  extensionId: string,
  hash = '#/',
  at?: number,
): Promise<Page> {
  const page = await context.newPage();
  if (at !== undefined) await page.clock.setFixedTime(at);
  await page.goto(`chrome-extension://${extensionId}/options.html${hash}`);
  return page;
}

/** Narrows the viewport to the width the popup's stylesheet gives its body, as Chrome sizes a real popup. */
async function fitViewportToBody(popup: Page): Promise<void> {
  const width = Math.ceil(await popup.evaluate(() => document.body.getBoundingClientRect().width));
  if (width >= 200 && width <= 800) await popup.setViewportSize({ width, height: POPUP_VIEWPORT.height });
}
