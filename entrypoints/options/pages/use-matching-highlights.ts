// For search results: the first highlight of each source whose passage or note holds the searched words.
import { useMemo } from 'preact/hooks';
import { useLiveQuery } from '../../../components/use-live-query';
import type { Highlight } from '../../../lib/model';
import * as repo from '../repo';
import { matchRanges } from '../../../lib/search/highlight';

/** Source id -> the highlight that matched, so a result can show the passage that made it match. */
export function useMatchingHighlights(
  sourceIds: readonly string[],
  terms: readonly string[],
): Map<string, Highlight> {
  const key = sourceIds.join('|');
  const stored = useLiveQuery(
    () => (terms.length ? repo.listHighlightsOfSources(sourceIds) : Promise.resolve([])),
    [key, terms.length > 0],
  );
  return useMemo(() => {
    const matched = new Map<string, Highlight>();
    for (const h of stored.value ?? []) {
      if (matched.has(h.sourceId)) continue;
      if (matchRanges(h.exact, terms).length || (h.note && matchRanges(h.note, terms).length))
        matched.set(h.sourceId, h);
    }
    return matched;
  }, [stored.value, terms]);
}
