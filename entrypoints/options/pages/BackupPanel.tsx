// Backup and restore in the settings page: download the whole library, or restore a file after a preview.
import { useState } from 'preact/hooks';
import { Banner } from '../../../components/Banner';
import { useLiveQuery } from '../../../components/use-live-query';
import { formatDate } from '../../../lib/calendar-day';
import {
  BackupError,
  backupFileName,
  toBackupJsonParts,
  type ImportPlan,
  type ImportPreview,
} from '../../../lib/repo/backup';
import * as repo from '../repo';
import { downloadBlob } from '../download';

const TABLE_LABELS: Record<string, string> = {
  sources: 'Sources',
  notes: 'Notes',
  highlights: 'Highlights',
  kols: 'KOLs',
  areas: 'Therapeutic areas',
  links: 'Links',
  settings: 'Settings',
};

function PreviewTable({ preview }: { preview: ImportPreview }) {
  return (
    <table class="data-table" data-testid="import-preview">
      <thead>
        <tr>
          <th>In the backup</th>
          <th class="num">Added</th>
          <th class="num">Updated</th>
          <th class="num">Already here</th>
        </tr>
      </thead>
      <tbody>
        {Object.entries(preview.tables).map(([table, t]) => (
          <tr key={table}>
            <td>{TABLE_LABELS[table] ?? table}</td>
            <td class="num">{t.add}</td>
            <td class="num">{t.update}</td>
            <td class="num">{t.skip}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The backup section. */
export function BackupPanel() {
  const reminder = useLiveQuery(() => repo.getBackupReminder(Date.now()), []);
  const [plan, setPlan] = useState<ImportPlan>();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{
    tone: 'success' | 'danger';
    title: string;
    text: string;
    problems?: readonly string[];
  }>();
  const fail = (title: string, error: unknown) =>
    setResult({
      tone: 'danger',
      title,
      text: error instanceof Error ? error.message : String(error),
      problems: error instanceof BackupError ? error.problems : undefined,
    });

  async function download() {
    setResult(undefined);
    try {
      const now = Date.now();
      const backup = await repo.exportBackup({ now: () => now });
      downloadBlob(backupFileName(now), new Blob(toBackupJsonParts(backup), { type: 'application/json' }));
      await repo.markBackupMade(now);
      setResult({
        tone: 'success',
        title: 'Backup downloaded',
        text: `${backup.counts.sources} sources, ${backup.counts.notes} notes, ${backup.counts.kols} KOLs. Keep the file somewhere safe: it holds notes about real people.`,
      });
    } catch (error) {
      fail('No backup was made', error);
    }
  }

  async function choose(file: File | undefined) {
    setResult(undefined);
    setPlan(undefined);
    if (!file) return;
    try {
      setPlan(await repo.planImport(await file.text()));
    } catch (error) {
      fail('This file cannot be restored; nothing was changed', error);
    }
  }

  async function restore() {
    if (!plan) return;
    setBusy(true);
    try {
      const done = await repo.applyImport(plan);
      const added = Object.values(done.tables).reduce((n, t) => n + t.add, 0);
      const updated = Object.values(done.tables).reduce((n, t) => n + t.update, 0);
      setResult({
        tone: 'success',
        title: 'Backup restored',
        text: `${added} records added, ${updated} updated${done.mergedSources ? `, ${done.mergedSources} sources merged with ones already here` : ''}.`,
      });
      setPlan(undefined);
    } catch (error) {
      fail('Nothing was restored', error);
    } finally {
      setBusy(false);
    }
  }

  const last = reminder.value?.lastBackupAt;
  return (
    <section class="detail-section settings-section" aria-labelledby="backup-title">
      <h2 id="backup-title">Backup and restore</h2>
      <p class="muted">
        Your library lives only in this browser. A backup is one file with every source, note, highlight, KOL,
        area, meeting and briefing record.
        {last ? ` Last backup: ${formatDate(last)}.` : ' No backup has been made in this browser yet.'} The
        library page reminds you once the library has gone 30 days without one.
      </p>
      <div class="form-actions">
        <button type="button" class="btn btn-primary" onClick={() => void download()}>
          Download a backup
        </button>
        <label class="btn" for="backup-file">
          Restore from a backup…
        </label>
        <input
          id="backup-file"
          class="sr-only"
          type="file"
          accept=".json,application/json"
          onChange={(e) => void choose(e.currentTarget.files?.[0])}
        />
      </div>
      {result && (
        <Banner tone={result.tone} title={result.title} testId="backup-result">
          {result.text}
          {result.problems && result.problems.length > 1 && (
            <ul>
              {result.problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          )}
        </Banner>
      )}
      {plan && (
        <div class="csv-preview">
          <p>
            Backup made {formatDate(Date.parse(plan.preview.exportedAt))}.{' '}
            {plan.preview.changesNothing
              ? 'Your library already holds everything in it.'
              : 'Restoring it will:'}
          </p>
          {!plan.preview.changesNothing && <PreviewTable preview={plan.preview} />}
          <p class="meta-line">Nothing in your library is deleted; newer versions of a record win.</p>
          <div class="form-actions">
            <button
              type="button"
              class="btn btn-primary"
              disabled={busy || plan.preview.changesNothing}
              onClick={() => void restore()}
            >
              {busy ? 'Restoring…' : 'Restore'}
            </button>
            <button type="button" class="btn" onClick={() => setPlan(undefined)}>
              Cancel
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
