// The popup's view of the page's highlights: the current selection, the source's highlights painted, orphans.
import { useEffect, useState } from 'preact/hooks';
import { useLiveQuery } from '../../components/use-live-query';
import type { HighlightSelectors } from '../../lib/anchor';
import { askAnnotator, getTab, showHighlightCount, type TabInfo } from '../../lib/browser';
import { describeCount, toPaintable } from '../../lib/highlight-flow';
import type { PaintReport } from '../../lib/messages';
import type { Highlight } from '../../lib/model';
import * as repo from './repo';

/** What the popup knows about highlights on its tab. */
export interface PageHighlights {
  tab?: TabInfo;
  /** The passage the user selected on the page, if any; cleared once it is saved. */
  selection: HighlightSelectors | null;
  clearSelection: () => void;
  highlights: Highlight[];
  /** Where each highlight was found when last painted; undefined until the page answered. */
  report?: PaintReport;
  /** Why the page could not be painted (a page scripts cannot run on). */
  paintError?: string;
  focus: (id: string) => void;
}

/** Reads the selection once, and paints the source's highlights whenever they change (a save, an edit elsewhere). */
export function usePageHighlights(tabId: number | undefined, sourceId: string | undefined): PageHighlights {
  const [tab, setTab] = useState<TabInfo>();
  const [selection, setSelection] = useState<HighlightSelectors | null>(null);
  const [report, setReport] = useState<PaintReport>();
  const [paintError, setPaintError] = useState<string>();
  const stored = useLiveQuery(
    () => (sourceId ? repo.listHighlights(sourceId) : Promise.resolve([])),
    [sourceId],
  );
  const highlights = stored.value ?? [];

  useEffect(() => {
    void getTab(tabId)
      .then(async (found) => {
        setTab(found);
        if (!found) return;
        setSelection(await askAnnotator(found, 'describe-selection', {}).catch(() => null));
      })
      .catch(() => undefined);
  }, [tabId]);

  useEffect(() => {
    if (!tab || !sourceId || stored.value === undefined) return;
    let current = true;
    askAnnotator(tab, 'paint-highlights', { highlights: highlights.map(toPaintable) }).then(
      (painted) => {
        if (!current) return;
        setReport(painted);
        setPaintError(undefined);
        void showHighlightCount(
          tab.id,
          highlights.length,
          describeCount(highlights.length, painted.orphans.length),
        ).catch(() => undefined);
      },
      (error: unknown) => current && setPaintError(error instanceof Error ? error.message : String(error)),
    );
    return () => {
      current = false;
    };
  }, [tab, sourceId, stored.value]);

  return {
    tab,
    selection,
    clearSelection: () => setSelection(null),
    highlights,
    report,
    paintError,
    focus: (id) => void (tab && askAnnotator(tab, 'focus-highlight', { id }).catch(() => undefined)),
  };
}
