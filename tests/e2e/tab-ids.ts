// Finds the chrome.tabs id of a page Playwright opened, by asking the extension's service worker.
import type { BrowserContext, Page, Worker } from 'playwright-core';

/** The little of `chrome.tabs` these helpers call inside the service worker. */
interface TabsApi {
  chrome: { tabs: { query: (filter: object) => Promise<Array<{ id?: number; url?: string }>> } };
}

/** The extension's service worker; Playwright keeps a handle on it while it runs. */
export function findServiceWorker(context: BrowserContext, extensionId: string): Worker {
  const worker = context
    .serviceWorkers()
    .find((candidate) => candidate.url().startsWith(`chrome-extension://${extensionId}/`));
  if (!worker) throw new Error(`The service worker of extension ${extensionId} is not running.`);
  return worker;
}

/** Every tab's id and, where the extension may see it (the e2e build's host permission), its URL. */
export async function listTabs(worker: Worker): Promise<Array<{ id: number; url?: string }>> {
  const tabs = await worker.evaluate(() =>
    (globalThis as unknown as TabsApi).chrome.tabs
      .query({})
      .then((all) => all.map((tab) => ({ id: tab.id, url: tab.url }))),
  );
  return tabs.flatMap((tab) => (tab.id === undefined ? [] : [{ id: tab.id, url: tab.url }]));
}

/**
 * Runs `open`, which opens one new tab, and returns that page with its tab id. Comparing the tabs before
 * and after works for any URL, including chrome:// pages whose URL the extension may not see.
 */
export async function captureNewTabId(
  worker: Worker,
  open: () => Promise<Page>,
): Promise<{ opened: Page; tabId: number }> {
  const before = new Set((await listTabs(worker)).map((tab) => tab.id));
  const opened = await open();
  for (let attempt = 0; attempt < 50; attempt++) {
    const added = (await listTabs(worker)).filter((tab) => !before.has(tab.id));
    const match = added.length === 1 ? added : added.filter((tab) => tab.url === opened.url());
    if (match.length === 1 && match[0]) return { opened, tabId: match[0].id };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Could not find the tab id of ${opened.url()}.`);
}
