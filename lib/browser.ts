// The one adapter over the extension APIs that Liaison uses: tabs, scripting, action badge, pages.
import { browser } from 'wxt/browser';
import type { ExtractedPage } from './model';
import { checkPageAccess, explainScriptingError } from './page-access';

/** The tab a clip is taken from; title and URL come with activeTab (or host permission in tests). */
export interface TabInfo {
  id: number;
  url?: string;
  title?: string;
}

/** The result of reading a tab: the extracted page, or a plain-language reason it could not be read. */
export type ReadResult = { ok: true; page: ExtractedPage } | { ok: false; reason: string };

/** Path of the injected script that WXT builds from entrypoints/clip.ts. */
const CLIP_SCRIPT = '/clip.js';

/** The tab the user is looking at, or a tab named by id (tests pass `?tabId=N`). */
export async function getTab(tabId?: number): Promise<TabInfo | undefined> {
  const tab = tabId !== undefined ? await browser.tabs.get(tabId) : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  return tab?.id === undefined ? undefined : { id: tab.id, url: tab.url, title: tab.title };
}

/** Injects the content script into a tab and returns what it extracted. */
export async function readTab(tab: TabInfo): Promise<ReadResult> {
  const access = checkPageAccess(tab.url);
  if (!access.readable) return { ok: false, reason: access.reason };
  try {
    const [injection] = await browser.scripting.executeScript({ target: { tabId: tab.id }, files: [CLIP_SCRIPT] });
    const page = injection?.result as ExtractedPage | undefined;
    if (!page || typeof page !== 'object' || typeof page.url !== 'string') {
      return { ok: false, reason: explainScriptingError(tab.url, new Error('the page returned nothing')) };
    }
    return { ok: true, page };
  } catch (error) {
    return { ok: false, reason: explainScriptingError(tab.url, error) };
  }
}

/** Shows a short status on the toolbar icon for one tab. */
export async function showBadge(tabId: number, outcome: 'saved' | 'failed', title: string): Promise<void> {
  await browser.action.setBadgeText({ tabId, text: outcome === 'saved' ? '✓' : '!' });
  await browser.action.setBadgeBackgroundColor({ tabId, color: outcome === 'saved' ? '#1b7f5c' : '#b3261e' });
  await browser.action.setTitle({ tabId, title });
}

/** Opens the library (the options page) at a route, e.g. `#/source/ID`. */
export async function openLibrary(route = '#/'): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(`/options.html${route}`) });
}
