// Opens Liaison's own pages in Firefox tabs (the popup aimed at another tab, the options page) and asks them about tabs.
import type { Browser, Page } from 'puppeteer-core';

/** The little of the WebExtension API the tests call inside an extension page. */
interface ExtensionApi {
  browser: {
    tabs: { query: (filter: object) => Promise<Array<{ id?: number; url?: string }>> };
  };
}

/** How long a moz-extension:// page may take to load before the test fails. */
const LOAD_TIMEOUT_MS = 15_000;

/**
 * Loads `url` in `page` and waits until its document is complete. `page.goto` on a moz-extension:// URL
 * never resolves in Firefox 153 over BiDi, so this navigates without waiting and polls the document instead.
 */
export async function loadExtensionUrl(page: Page, url: string): Promise<void> {
  page.goto(url).catch(() => undefined);
  const deadline = Date.now() + LOAD_TIMEOUT_MS;
  while (Date.now() < deadline) {
    const state = await page
      .evaluate(() => ({ href: location.href, ready: document.readyState }))
      .catch(() => undefined);
    if (state?.href === url && state.ready === 'complete') return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} did not load within ${LOAD_TIMEOUT_MS / 1000} s.`);
}

/** Opens the extension page at `path` (such as `options.html#/`) in a new tab. */
export async function openExtensionPage(browser: Browser, origin: string, path: string): Promise<Page> {
  const page = await browser.newPage();
  await loadExtensionUrl(page, `${origin}/${path}`);
  return page;
}

/** The tabs.Tab id of the tab showing `url`, asked from an extension page (the test build may see loopback URLs). */
export async function findTabId(extensionPage: Page, url: string): Promise<number> {
  const tabs = await extensionPage.evaluate(() =>
    (globalThis as unknown as ExtensionApi).browser.tabs
      .query({})
      .then((all) => all.map((tab) => ({ id: tab.id, url: tab.url }))),
  );
  const matches = tabs.filter((tab) => tab.url === url && tab.id !== undefined);
  if (matches.length !== 1 || matches[0]?.id === undefined) {
    throw new Error(`Expected one tab showing ${url}; the extension sees ${JSON.stringify(tabs)}.`);
  }
  return matches[0].id;
}

/** Opens the popup in a tab with `?tabId=`, the test stand-in for a click on the toolbar button over that tab. */
export async function openPopupOn(browser: Browser, origin: string, tabId: number): Promise<Page> {
  const popup = await browser.newPage();
  await popup.setViewport({ width: 380, height: 900 });
  await loadExtensionUrl(popup, `${origin}/popup.html?tabId=${tabId}`);
  return popup;
}
