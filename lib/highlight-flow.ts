// Highlights between page and library: find the page's source, paint its highlights, capture a selection without the popup.
import type { TabInfo } from './browser';
import type { ClipperDeps } from './clipper';
import { toBookmarkPage } from './clipper';
import { INSIGHT_LABELS } from './insight-labels';
import type {
  MessageRequest,
  MessageResponse,
  MessageType,
  PageKeys,
  PaintableHighlight,
  PaintReport,
} from './messages';
import type { Highlight, Source } from './model';
import type { clipAndHighlight, listHighlights } from './repo/highlights';
import type { Repo } from './repo/repo';
import type { findExistingSource, saveClip } from './repo/sources';

/** Sends one message to the annotator of a tab, injecting it first (lib/browser.ts `askAnnotator`). */
export type AskAnnotator = <K extends MessageType>(
  tab: TabInfo,
  type: K,
  payload: MessageRequest<K>,
) => Promise<MessageResponse<K>>;

/** What painting and capturing need from the extension; passed in so tests can give fakes. */
export interface HighlightFlowDeps extends ClipperDeps {
  repo: Repo<{
    saveClip: typeof saveClip;
    findExistingSource: typeof findExistingSource;
    listHighlights: typeof listHighlights;
    clipAndHighlight: typeof clipAndHighlight;
  }>;
  askAnnotator: AskAnnotator;
  showHighlightCount: (tabId: number, count: number, title: string) => Promise<void>;
}

/** The outcome of painting a page: its source and highlights, and where each was found. */
export interface PagePaint {
  source?: Source;
  highlights: Highlight[];
  report?: PaintReport;
}

/** A stored highlight as the annotator needs it: selectors, note and category label, nothing else. */
export function toPaintable(h: Highlight): PaintableHighlight {
  return {
    id: h.id,
    exact: h.exact,
    ...(h.prefix !== undefined ? { prefix: h.prefix } : {}),
    ...(h.suffix !== undefined ? { suffix: h.suffix } : {}),
    ...(h.start !== undefined && h.end !== undefined ? { start: h.start, end: h.end } : {}),
    ...(h.note ? { note: h.note } : {}),
    ...(h.category ? { label: INSIGHT_LABELS[h.category] } : {}),
  };
}

/** The badge's tooltip: how many highlights, and how many could not be found on the page. */
export function describeCount(total: number, orphans: number): string {
  const what = total === 1 ? '1 highlight' : `${total} highlights`;
  return `Liaison: ${what} on this page${orphans ? ` (${orphans} not found: see the popup)` : ''}`;
}

/**
 * Finds the tab's page in the library (address, canonical address, DOI or PMID) and paints its highlights.
 * `keys` are given when the caller already read the page; otherwise the annotator reads them from its head.
 */
export async function paintPageHighlights(
  deps: HighlightFlowDeps,
  tab: TabInfo,
  keys?: PageKeys,
): Promise<PagePaint> {
  // The address alone finds most pages without touching them; the page's head is read only when it does not.
  let source = await deps.repo.findExistingSource(keys ?? { url: tab.url ?? '' });
  if (!source && !keys)
    source = await deps.repo.findExistingSource(await deps.askAnnotator(tab, 'read-page-keys', {}));
  if (!source) return { highlights: [] };
  const highlights = await deps.repo.listHighlights(source.id);
  if (!highlights.length) return { source, highlights };
  const report = await deps.askAnnotator(tab, 'paint-highlights', {
    highlights: highlights.map(toPaintable),
  });
  await deps
    .showHighlightCount(tab.id, highlights.length, describeCount(highlights.length, report.orphans.length))
    .catch(() => undefined);
  return { source, highlights, report };
}

/**
 * Stores the tab's selection as a highlight without the popup (menu or command where the popup cannot
 * open): clips the page first if it is new, paints, and says on the badge that a note can be added.
 * With nothing selected, it paints the page's highlights instead.
 */
export async function highlightSelection(
  deps: HighlightFlowDeps,
  tab: TabInfo,
): Promise<{ saved: boolean; reason?: string }> {
  const fail = async (reason: string) => {
    await deps.showBadge(tab.id, 'failed', `Liaison: no highlight saved. ${reason}`).catch(() => undefined);
    return { saved: false, reason };
  };
  let selectors;
  try {
    selectors = await deps.askAnnotator(tab, 'describe-selection', {});
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
  if (!selectors) {
    // Without a selection the command shows the page's highlights, when the page is in the library.
    const shown = await paintPageHighlights(deps, tab).catch(() => undefined);
    return shown?.highlights.length
      ? { saved: false, reason: 'Nothing selected: the highlights of this page are shown.' }
      : fail('Select the passage on the page first.');
  }
  const read = await deps.readTab(tab);
  const page = read.ok ? read.page : tab.url ? toBookmarkPage(tab.url, tab.title) : undefined;
  if (!page) return fail("Liaison can't see this tab's address.");
  try {
    const { source } = await deps.repo.clipAndHighlight(page, selectors, {}, deps.env);
    await paintPageHighlights(deps, tab, {
      url: source.url,
      canonicalUrl: source.canonicalUrl,
      doi: source.doi,
      pmid: source.pmid,
    });
    await deps
      .showBadge(
        tab.id,
        'saved',
        `Liaison: highlight saved on "${source.title}". Open Liaison to add a note.`,
      )
      .catch(() => undefined);
    return { saved: true };
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
}
