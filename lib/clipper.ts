// Clips a tab without the popup (context menu, keyboard command): read, save, report on the badge.
import type { ReadResult, TabInfo } from './browser';
import type { ExtractedPage, RepoEnv } from './model';
import type { Repo } from './repo/repo';
import type { saveClip } from './repo/sources';

/** What clipping needs from the extension; passed in so tests can give fakes. */
export interface ClipperDeps {
  repo: Repo<{ saveClip: typeof saveClip }>;
  env: RepoEnv;
  readTab: (tab: TabInfo) => Promise<ReadResult>;
  showBadge: (tabId: number, outcome: 'saved' | 'failed', title: string) => Promise<void>;
}

/** What a background clip ended in, for the badge and for tests. */
export type ClipOutcome =
  { status: 'saved'; sourceId: string; created: boolean } | { status: 'failed'; reason: string };

/** A page record with only title and address, for pages Liaison cannot read. */
export function toBookmarkPage(url: string, title: string | undefined): ExtractedPage {
  return {
    url,
    kind: 'bookmark',
    title: title?.trim() || url,
    authors: [],
    nct: [],
    hasArticle: false,
    warnings: ['Saved as a bookmark: title and address only.'],
  };
}

/** Reads the tab, or falls back to a bookmark when scripts cannot run there. */
async function readOrBookmark(deps: ClipperDeps, tab: TabInfo): Promise<ExtractedPage | undefined> {
  const read = await deps.readTab(tab);
  if (read.ok) return read.page;
  return tab.url ? toBookmarkPage(tab.url, tab.title) : undefined;
}

async function report(
  deps: ClipperDeps,
  tabId: number,
  outcome: ClipOutcome,
  savedTitle: string,
): Promise<ClipOutcome> {
  const title = outcome.status === 'saved' ? savedTitle : `Liaison: not saved. ${outcome.reason}`;
  await deps.showBadge(tabId, outcome.status, title).catch(() => undefined);
  return outcome;
}

/** Clips the whole page of a tab into the library. */
export async function clipTab(deps: ClipperDeps, tab: TabInfo): Promise<ClipOutcome> {
  try {
    const page = await readOrBookmark(deps, tab);
    if (!page)
      return report(deps, tab.id, { status: 'failed', reason: "Liaison can't see this tab's address." }, '');
    const { source, created } = await deps.repo.saveClip(page, {}, deps.env);
    const message = created
      ? `Liaison: saved "${source.title}"`
      : `Liaison: already in your library, updated "${source.title}"`;
    return report(deps, tab.id, { status: 'saved', sourceId: source.id, created }, message);
  } catch (error) {
    return report(deps, tab.id, { status: 'failed', reason: describeSaveError(error) }, '');
  }
}

/** A storage error in words: a full disk is the one a user can act on. */
export function describeSaveError(error: unknown): string {
  const name = error instanceof Error ? error.name : '';
  const inner = (error as { inner?: { name?: string } } | undefined)?.inner?.name ?? '';
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError') {
    return 'The browser has no storage space left for Liaison. Free disk space or delete old clips, then try again.';
  }
  return `The clip could not be stored (${error instanceof Error ? error.message.slice(0, 200) : String(error)}). Nothing was changed.`;
}
