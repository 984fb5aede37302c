// What the popup shows for a tab: a preview, "already in your library", or why the page can't be read.
import type { ReadResult, TabInfo } from './browser';
import type { ExtractedPage, Source } from './model';
import type { SourceKeys } from './repo/sources';

/** Each state of the popup, from opening to saved. */
export type PopupView =
  | { step: 'loading' }
  | { step: 'no-tab'; message: string }
  | { step: 'unreadable'; tab: TabInfo; reason: string }
  | { step: 'preview'; tab: TabInfo; page: ExtractedPage }
  | { step: 'existing'; source: Source; page?: ExtractedPage }
  | { step: 'saved'; source: Source };

/** What deciding the view needs from the extension and the database. */
export interface PopupDeps {
  getTab: (tabId?: number) => Promise<TabInfo | undefined>;
  readTab: (tab: TabInfo) => Promise<ReadResult>;
  findExistingSource: (keys: SourceKeys) => Promise<Source | undefined>;
}

/** Reads the `?tabId=N` that tests use to point the popup at another tab. */
export function parseTabId(search: string): number | undefined {
  const value = new URLSearchParams(search).get('tabId');
  return value !== null && /^\d+$/.test(value) ? Number(value) : undefined;
}

/** Decides the first view of the popup for a tab. */
export async function loadPopupView(deps: PopupDeps, tabId?: number): Promise<PopupView> {
  const tab = await deps.getTab(tabId).catch(() => undefined);
  if (!tab) return { step: 'no-tab', message: 'Liaison could not find the tab to clip. Close this and try again.' };
  const read = await deps.readTab(tab);
  const keys: SourceKeys = read.ok ? read.page : { url: tab.url ?? '' };
  const existing = keys.url || read.ok ? await deps.findExistingSource(keys) : undefined;
  if (existing) return read.ok ? { step: 'existing', source: existing, page: read.page } : { step: 'existing', source: existing };
  return read.ok ? { step: 'preview', tab, page: read.page } : { step: 'unreadable', tab, reason: read.reason };
}
