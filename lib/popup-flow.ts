// What the popup shows for a tab: a quick preview completed by the full text, "already in your library", or why the page can't be read.
import type { MetadataResult, ReadResult, TabInfo } from './browser';
import { toBookmarkPage } from './clipper';
import { WARNINGS } from './extract/limits';
import type { ExtractedPage, PageMetadata, Source } from './model';
import type { SourceKeys } from './repo/sources';

/** The full extraction behind a preview: still running, its page, or failed (then the metadata is saved). */
export type FullRead = 'reading' | 'failed' | ExtractedPage;

/** Each state of the popup, from opening to saved. */
export type PopupView =
  | { step: 'loading' }
  | { step: 'no-tab'; message: string }
  | { step: 'unreadable'; tab: TabInfo; reason: string }
  | { step: 'preview'; tab: TabInfo; page: PageMetadata; full: FullRead }
  | { step: 'existing'; source: Source; page?: PageMetadata }
  | { step: 'saved'; source: Source };

/** What deciding the view needs from the extension and the database. */
export interface PopupDeps {
  getTab: (tabId?: number) => Promise<TabInfo | undefined>;
  readTabMetadata: (tab: TabInfo) => Promise<MetadataResult>;
  findExistingSource: (keys: SourceKeys) => Promise<Source | undefined>;
}

/** Reads the `?tabId=N` that tests use to point the popup at another tab. */
export function parseTabId(search: string): number | undefined {
  const value = new URLSearchParams(search).get('tabId');
  return value !== null && /^\d+$/.test(value) ? Number(value) : undefined;
}

/**
 * Decides the first view of the popup for a tab from the page's metadata alone (no Readability), so
 * that the preview shows at once; a preview then waits for `withFullRead`.
 */
export async function loadPopupView(deps: PopupDeps, tabId?: number): Promise<PopupView> {
  const tab = await deps.getTab(tabId).catch(() => undefined);
  if (!tab)
    return { step: 'no-tab', message: 'Liaison could not find the tab to clip. Close this and try again.' };
  const read = await deps.readTabMetadata(tab);
  const keys: SourceKeys = read.ok ? read.metadata : { url: tab.url ?? '' };
  const existing = keys.url || read.ok ? await deps.findExistingSource(keys) : undefined;
  if (existing)
    return read.ok
      ? { step: 'existing', source: existing, page: read.metadata }
      : { step: 'existing', source: existing };
  return read.ok
    ? { step: 'preview', tab, page: read.metadata, full: 'reading' }
    : { step: 'unreadable', tab, reason: read.reason };
}

/**
 * The view once the full extraction of `tabId` has come back: the preview shows the whole page's fields
 * (Readability may improve a web page's title or byline). Any other view is left as it is.
 */
export function withFullRead(view: PopupView, tabId: number, read: ReadResult): PopupView {
  if (view.step !== 'preview' || view.tab.id !== tabId || view.full !== 'reading') return view;
  return read.ok ? { ...view, page: read.page, full: read.page } : { ...view, full: 'failed' };
}

/**
 * What Save stores from a preview: the page with its article; without one, a bookmark of what was read
 * (the metadata, when the full extraction failed).
 */
export function toSavedPage(metadata: PageMetadata, full: Exclude<FullRead, 'reading'>): ExtractedPage {
  if (full === 'failed')
    return { ...metadata, kind: 'bookmark', hasArticle: false, warnings: [WARNINGS.failed] };
  return full.hasArticle ? full : { ...full, kind: 'bookmark' };
}

/** The page record the Save button stores for a view: the article, or a bookmark; undefined while the full text is read. */
export function pageToSave(view: PopupView): ExtractedPage | undefined {
  if (view.step === 'preview') return view.full === 'reading' ? undefined : toSavedPage(view.page, view.full);
  if (view.step === 'unreadable' && view.tab.url) return toBookmarkPage(view.tab.url, view.tab.title);
  return undefined;
}
