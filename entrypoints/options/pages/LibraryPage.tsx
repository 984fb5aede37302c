// The library: every saved source, newest first, a page at a time; or search and filter results, ranked. Live.
import { useEffect, useState } from 'preact/hooks';
import { Banner } from '../../../components/Banner';
import { EmptyState } from '../../../components/EmptyState';
import {
  EMPTY_QUERY,
  isFiltered,
  LibraryFilters,
  type LibraryQuery,
} from '../../../components/LibraryFilters';
import { SourceRow } from '../../../components/SourceRow';
import { useLiveQuery } from '../../../components/use-live-query';
import { formatAuthorList } from '../../../lib/source-summary';
import { formatDate } from '../../../lib/calendar-day';
import type { Highlight, Source } from '../../../lib/model';
import * as repo from '../repo';
import { excerptAround, matchRanges } from '../../../lib/search/highlight';
import { getLibrarySearch } from '../library-search';
import { useLibraryResults } from './use-library-results';
import { useLinkOptions } from './use-link-options';
import { useMatchingHighlights } from './use-matching-highlights';

const PAGE_SIZE = 50;

/** Why a result matched: a highlighted passage that holds the words, else (when title and authors do not show it) the abstract around the match, or the notes. */
function snippetFor(source: Source, terms: readonly string[], highlight?: Highlight): string | undefined {
  if (!terms.length) return undefined;
  if (highlight) {
    const passage = matchRanges(highlight.exact, terms).length
      ? `“${excerptAround(highlight.exact, terms, 220)}”`
      : `“${excerptAround(highlight.exact, [], 120)}”`;
    return highlight.note && !matchRanges(highlight.exact, terms).length
      ? `${passage} Note: ${excerptAround(highlight.note, terms, 160)}`
      : passage;
  }
  const visible = `${source.title} ${formatAuthorList(source.authors)}`;
  if (matchRanges(visible, terms).length) return undefined;
  const abstract = source.abstract?.text ?? source.excerpt ?? '';
  if (matchRanges(abstract, terms).length) return excerptAround(abstract, terms, 220);
  return 'Matched in your notes or highlights, the journal or the keywords.';
}

function BackupReminder() {
  const reminder = useLiveQuery(() => repo.getBackupReminder(Date.now()), []);
  if (!reminder.value?.due) return null;
  return (
    <Banner tone="warning" title="Time for a backup" testId="backup-reminder">
      {reminder.value.lastBackupAt
        ? `Your last backup was on ${formatDate(reminder.value.lastBackupAt)}.`
        : 'You have not made a backup of this library yet.'}{' '}
      Your library lives only in this browser. <a href="#/settings">Download a backup</a>.
    </Banner>
  );
}

/**
 * How many sources the library holds: read from the search index (one document per source) once it is
 * ready and after every write it takes in, so that no write makes the page count every record again
 * (IndexedDB's count() reads them all: 0.44 s at 50,000, and a first page asked alongside waits 0.54 s
 * instead of 0.08 s). Until the index is ready, one count() runs, started only once the first page is in.
 */
function useSourceCount(firstPageShown: boolean): number | undefined {
  const [count, setCount] = useState<number>();
  const [fromIndex, setFromIndex] = useState(false);
  useEffect(() => {
    if (!firstPageShown || fromIndex) return;
    let active = true;
    void repo.countSources().then(
      (counted) => active && setCount((known) => known ?? counted),
      () => undefined,
    );
    return () => {
      active = false;
    };
  }, [firstPageShown, fromIndex]);
  useEffect(() => {
    const search = getLibrarySearch();
    let indexReady = false;
    let active = true;
    const readIndex = () => {
      indexReady = true;
      if (!active) return;
      setFromIndex(true);
      setCount(search.info().documents);
    };
    void search.ready.then(readIndex, () => undefined);
    const stop = search.onChange(() => indexReady && readIndex());
    return () => {
      active = false;
      stop();
    };
  }, []);
  return count;
}

/** Lists sources; a large library loads 50 at a time, and search answers from the index. */
export function LibraryPage() {
  const [limit, setLimit] = useState(PAGE_SIZE);
  const [query, setQuery] = useState<LibraryQuery>(EMPTY_QUERY);
  // Start loading the search index with the page (it yields to the first page), not on the first keystroke.
  useEffect(() => void getLibrarySearch(), []);
  const filtered = isFiltered(query);
  const { areas, kolOptions, areaOptions } = useLinkOptions();
  const newest = useLiveQuery(
    () => (filtered ? Promise.resolve(undefined) : repo.listSources(0, limit)),
    [limit, filtered],
  );
  const total = useSourceCount(newest.value !== undefined || filtered);
  const found = useLibraryResults(query, areas, limit, filtered);
  const rows = filtered ? found?.results.map((r) => r.source) : newest.value;
  const shownTotal = filtered ? found?.total : total;
  const highlights = useMatchingHighlights(
    found?.results.map((r) => r.source.id) ?? [],
    found?.highlightTerms ?? [],
  );

  return (
    <section class="page" aria-labelledby="library-title">
      <div class="page-head">
        <h1 id="library-title">Library</h1>
        {total !== undefined && total > 0 && (
          <span class="meta-line" data-testid="library-count">
            {filtered && found
              ? `${found.total.toLocaleString()} of ${total.toLocaleString()} sources`
              : total === 1
                ? '1 source'
                : `${total.toLocaleString()} sources`}
          </span>
        )}
      </div>
      <BackupReminder />
      {total !== undefined && total > 0 && (
        <LibraryFilters
          query={query}
          kolOptions={kolOptions}
          areaOptions={areaOptions}
          onChange={(q) => {
            setQuery(q);
            setLimit(PAGE_SIZE);
          }}
        />
      )}
      {newest.error && (
        <Banner tone="danger" title="The library could not be read">
          {newest.error.message}
        </Banner>
      )}
      {found?.error && (
        <Banner tone="danger" title="The search failed">
          {found.error}
        </Banner>
      )}
      {!filtered && total === 0 && (
        <EmptyState title="Your library is empty">
          <p>
            Open a journal article, a PubMed record, a congress abstract or a trial registry page, then click
            the Liaison button in the toolbar (or press <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>L</kbd>) to clip
            it here.
          </p>
          <p>You can also right-click a page and choose "Clip page to Liaison".</p>
        </EmptyState>
      )}
      {filtered && found && found.total === 0 && (
        <EmptyState title="Nothing matches">
          Try fewer words, the start of a word (pembro finds pembrolizumab), or clear a filter.
        </EmptyState>
      )}
      {rows && rows.length > 0 && (
        <ol
          class="source-list"
          aria-label={filtered ? 'Search results, best match first' : 'Sources, newest first'}
        >
          {filtered && found
            ? found.results.map((r) => (
                <SourceRow
                  key={r.source.id}
                  source={r.source}
                  terms={found.highlightTerms}
                  snippet={snippetFor(r.source, found.highlightTerms, highlights.get(r.source.id))}
                />
              ))
            : rows.map((source) => <SourceRow key={source.id} source={source} />)}
        </ol>
      )}
      {rows && shownTotal !== undefined && rows.length < shownTotal && (
        <button type="button" class="btn load-more" onClick={() => setLimit(limit + PAGE_SIZE)}>
          Show {Math.min(PAGE_SIZE, shownTotal - rows.length)} more
        </button>
      )}
    </section>
  );
}
