// The one adapter over the extension APIs that Liaison uses: tabs, scripting, action badge, pages, permissions.
import { browser } from 'wxt/browser';
import { sendToTab, type MessageRequest, type MessageResponse, type MessageType } from './messages';
import type { ExtractedPage, PageMetadata } from './model';
import { checkPageAccess, explainScriptingError } from './page-access';
import { toRecognitionSetting, type RecognitionSetting } from './page-recognition';

/** The tab a clip is taken from; title and URL come with activeTab (or host permission in tests). */
export interface TabInfo {
  id: number;
  url?: string;
  title?: string;
}

/** The result of reading a tab: the extracted page, or a plain-language reason it could not be read. */
export type ReadResult = { ok: true; page: ExtractedPage } | { ok: false; reason: string };

/** The result of reading a tab's metadata only: what the popup's first preview shows. */
export type MetadataResult = { ok: true; metadata: PageMetadata } | { ok: false; reason: string };

/** Path of the injected script that WXT builds from entrypoints/clip.ts. */
const CLIP_SCRIPT = '/clip.js';
/** Path of the injected script that WXT builds from entrypoints/clip-metadata.ts (no Readability). */
const METADATA_SCRIPT = '/clip-metadata.js';

/** The tab the user is looking at, or a tab named by id (tests pass `?tabId=N`). */
export async function getTab(tabId?: number): Promise<TabInfo | undefined> {
  const tab =
    tabId !== undefined
      ? await browser.tabs.get(tabId)
      : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  return tab?.id === undefined ? undefined : { id: tab.id, url: tab.url, title: tab.title };
}

/** Injects the content script into a tab and returns what it extracted. */
export async function readTab(tab: TabInfo): Promise<ReadResult> {
  const read = await runReader(tab, CLIP_SCRIPT);
  return read.ok ? { ok: true, page: read.value as ExtractedPage } : read;
}

/** Injects the metadata script into a tab and returns the page's scholarly metadata, read without Readability. */
export async function readTabMetadata(tab: TabInfo): Promise<MetadataResult> {
  const read = await runReader(tab, METADATA_SCRIPT);
  return read.ok ? { ok: true, metadata: read.value as PageMetadata } : read;
}

/** Runs one of the page readers in a tab; its result has at least the page's address. */
async function runReader(
  tab: TabInfo,
  file: typeof CLIP_SCRIPT | typeof METADATA_SCRIPT,
): Promise<{ ok: true; value: { url: string } } | { ok: false; reason: string }> {
  const access = checkPageAccess(tab.url);
  if (!access.readable) return { ok: false, reason: access.reason };
  try {
    const [injection] = await browser.scripting.executeScript({ target: { tabId: tab.id }, files: [file] });
    const value = injection?.result as { url?: unknown } | undefined;
    if (!value || typeof value !== 'object' || typeof value.url !== 'string') {
      return { ok: false, reason: explainScriptingError(tab.url, new Error('the page returned nothing')) };
    }
    return { ok: true, value: { ...value, url: value.url } };
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

/** Path of the annotator content script that WXT builds from entrypoints/annotator.content.ts. */
const ANNOTATOR_SCRIPT = '/content-scripts/annotator.js';

/**
 * Injects the annotator into a tab (a second injection only re-confirms it) and sends it one message of
 * lib/messages.ts; rejects with a plain-language reason when the page cannot be scripted.
 */
export async function askAnnotator<K extends MessageType>(
  tab: TabInfo,
  type: K,
  payload: MessageRequest<K>,
): Promise<MessageResponse<K>> {
  const access = checkPageAccess(tab.url);
  if (!access.readable) throw new Error(access.reason);
  try {
    await browser.scripting.executeScript({ target: { tabId: tab.id }, files: [ANNOTATOR_SCRIPT] });
  } catch (error) {
    throw new Error(explainScriptingError(tab.url, error));
  }
  return sendToTab(tab.id, type, payload);
}

/** Shows how many highlights the page has on the toolbar icon of its tab. */
export async function showHighlightCount(tabId: number, count: number, title: string): Promise<void> {
  await browser.action.setBadgeText({ tabId, text: count > 0 ? String(Math.min(count, 999)) : '' });
  await browser.action.setBadgeBackgroundColor({ tabId, color: '#8a5a00' });
  await browser.action.setTitle({ tabId, title });
}

/** Opens the toolbar popup from a menu or command; false where the browser does not allow it. */
export async function openActionPopup(): Promise<boolean> {
  try {
    await browser.action.openPopup();
    return true;
  } catch {
    return false;
  }
}

/** Where the page-recognition setting lives: this browser's extension storage, beside the permission it needs. */
const RECOGNITION_KEY = 'pageRecognition';

/** The stored page-recognition setting; off when never set. */
export async function readRecognitionSetting(): Promise<RecognitionSetting> {
  const stored = (await browser.storage.local.get(RECOGNITION_KEY))[RECOGNITION_KEY];
  return toRecognitionSetting(stored);
}

/** Stores the page-recognition setting. */
export async function saveRecognitionSetting(setting: RecognitionSetting): Promise<void> {
  await browser.storage.local.set({ [RECOGNITION_KEY]: setting });
}

/** Asks the user for access to these origins (must run in a click handler); true when granted. */
export function requestHostAccess(origins: string[]): Promise<boolean> {
  return browser.permissions.request({ origins });
}

/** Gives back access to these origins; the manifest's own host permissions stay. */
export async function releaseHostAccess(origins: string[]): Promise<void> {
  const fixed = new Set(browser.runtime.getManifest().host_permissions ?? []);
  const optional = origins.filter((origin) => !fixed.has(origin));
  // The browser refuses to remove what the manifest requires; what it can remove is still removed.
  if (optional.length) await browser.permissions.remove({ origins: optional }).catch(() => false);
}

/** True when Liaison may read pages of all these origins right now. */
export function hasHostAccess(origins: string[]): Promise<boolean> {
  return origins.length ? browser.permissions.contains({ origins }) : Promise.resolve(false);
}

/** Calls `listener` whenever the user grants or revokes a permission, here or in the browser's settings; returns a stop function. */
export function onHostAccessChanged(listener: () => void): () => void {
  browser.permissions.onAdded.addListener(listener);
  browser.permissions.onRemoved.addListener(listener);
  return () => {
    browser.permissions.onAdded.removeListener(listener);
    browser.permissions.onRemoved.removeListener(listener);
  };
}

/** Clears the badge of every tab and removes painted highlights where the annotator runs. */
export async function clearAllTabs(): Promise<void> {
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs.flatMap((tab) =>
      tab.id === undefined
        ? []
        : [
            browser.action.setBadgeText({ tabId: tab.id, text: '' }).catch(() => undefined),
            sendToTab(tab.id, 'clear-highlights', {}).catch(() => undefined),
          ],
    ),
  );
}
