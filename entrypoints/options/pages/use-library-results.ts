// Runs the library search for the current query and filters, again whenever the library changes.
import { useEffect, useState } from 'preact/hooks';
import type { LibraryQuery } from '../../../components/LibraryFilters';
import type { TherapeuticArea } from '../../../lib/model';
import { withDescendants } from '../../../lib/repo/areas';
import type { LibrarySearchResults } from '../../../lib/repo/search-index';
import type { SearchFilters } from '../../../lib/search/filters';
import * as repo from '../repo';
import { getLibrarySearch } from '../library-search';

const DAY = 86_400_000;

/** Turns the form's choices into the search's filters (an area includes its sub-areas; dates are local days). */
export function toSearchFilters(q: LibraryQuery, areas: TherapeuticArea[]): SearchFilters {
  const day = (value: string) => new Date(`${value}T00:00:00`).getTime();
  return {
    ...(q.kolId ? { kolIds: [q.kolId] } : {}),
    ...(q.areaId ? { areaIds: withDescendants(areas, q.areaId) } : {}),
    ...(q.kind ? { kinds: [q.kind] } : {}),
    ...(q.from ? { capturedFrom: day(q.from) } : {}),
    ...(q.to ? { capturedBefore: day(q.to) + DAY } : {}),
    ...(q.hasNotes ? { hasNotes: true } : {}),
  };
}

/** The results of a filtered search; undefined while the first answer is on its way. */
export function useLibraryResults(
  query: LibraryQuery,
  areas: TherapeuticArea[],
  limit: number,
  enabled: boolean,
) {
  const [results, setResults] = useState<LibrarySearchResults & { error?: string }>();
  useEffect(() => {
    if (!enabled) return;
    const search = getLibrarySearch();
    let current = true;
    const filtersNow = async (): Promise<SearchFilters> => {
      const filters = toSearchFilters(query, areas);
      return query.safety ? { ...filters, sourceIds: await repo.listSafetySourceIds() } : filters;
    };
    const run = () =>
      filtersNow()
        .then((filters) => search.search(query.text, filters, { limit, offset: 0 }))
        .then((r) => current && setResults(r))
        .catch(
          (e: unknown) =>
            current &&
            setResults({
              total: 0,
              results: [],
              highlightTerms: [],
              error: e instanceof Error ? e.message : String(e),
            }),
        );
    const timer = setTimeout(run, 120);
    const stop = search.onChange(run);
    return () => {
      current = false;
      clearTimeout(timer);
      stop();
    };
  }, [query, areas, limit, enabled]);
  return enabled ? results : undefined;
}
