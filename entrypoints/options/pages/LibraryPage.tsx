// The library: every saved source, newest first, a page at a time, updated live.
import { useState } from 'preact/hooks';
import { Banner } from '../../../components/Banner';
import { EmptyState } from '../../../components/EmptyState';
import { SourceRow } from '../../../components/SourceRow';
import { useLiveQuery } from '../../../components/use-live-query';
import { openDatabase } from '../../../lib/repo/database';
import { getBackupReminder } from '../../../lib/repo/backup';
import { countSources, listSources } from '../../../lib/repo/sources';
import { formatDate } from '../../../lib/format';

const PAGE_SIZE = 50;
const db = openDatabase();

/** Lists sources; a large library loads 50 at a time. */
export function LibraryPage() {
  const [limit, setLimit] = useState(PAGE_SIZE);
  const sources = useLiveQuery(() => listSources(db, 0, limit), [limit]);
  const total = useLiveQuery(() => countSources(db), []);
  const reminder = useLiveQuery(() => getBackupReminder(db, Date.now()), []);

  return (
    <section class="page" aria-labelledby="library-title">
      <div class="page-head">
        <h1 id="library-title">Library</h1>
        {total.value !== undefined && total.value > 0 && (
          <span class="meta-line">{total.value === 1 ? '1 source' : `${total.value.toLocaleString()} sources`}</span>
        )}
      </div>
      {reminder.value?.due && (
        <Banner tone="warning" title="Time for a backup" testId="backup-reminder">
          {reminder.value.lastBackupAt ? `Your last backup was on ${formatDate(reminder.value.lastBackupAt)}.` : 'You have not made a backup of this library yet.'}{' '}
          Your library lives only in this browser. <a href="#/settings">Download a backup</a>.
        </Banner>
      )}
      {sources.error && <Banner tone="danger" title="The library could not be read">{sources.error.message}</Banner>}
      {sources.value?.length === 0 && (
        <EmptyState title="Your library is empty">
          <p>
            Open a journal article, a PubMed record, a congress abstract or a trial registry page, then click the
            Liaison button in the toolbar (or press <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>L</kbd>) to clip it here.
          </p>
          <p>You can also right-click a page and choose "Clip page to Liaison".</p>
        </EmptyState>
      )}
      {sources.value && sources.value.length > 0 && (
        <ol class="source-list" aria-label="Sources, newest first">
          {sources.value.map((source) => <SourceRow key={source.id} source={source} />)}
        </ol>
      )}
      {sources.value && total.value !== undefined && sources.value.length < total.value && (
        <button type="button" class="btn load-more" onClick={() => setLimit(limit + PAGE_SIZE)}>
          Show {Math.min(PAGE_SIZE, total.value - sources.value.length)} more
        </button>
      )}
    </section>
  );
}
