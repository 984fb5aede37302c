// The audit log in the settings page: the latest exports, imports and erasures, newest first. Read-only.
import { useLiveQuery } from '../../../components/use-live-query';
import type { AuditAction, AuditEntry } from '../../../lib/model';
import * as repo from '../repo';

/** How many entries the panel shows; the log itself keeps every entry. */
const SHOWN = 50;

const ACTION_LABELS: Record<AuditAction, string> = {
  'backup-export': 'Backup exported',
  'backup-import': 'Backup imported',
  'kol-export': 'KOL data exported',
  'kol-erase': 'KOL erased',
  'kol-import': 'KOLs imported',
  'database-upgrade': 'Database upgraded',
  'adverse-event-confirmed': 'Adverse-event prompt confirmed',
};

const formatTime = (at: number) =>
  new Date(at).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** The entries as a table; exported for tests. */
export function AuditLogTable({ entries }: { entries: AuditEntry[] }) {
  if (entries.length === 0) return <p class="muted">Nothing recorded yet.</p>;
  return (
    <table class="data-table" data-testid="audit-log">
      <thead>
        <tr>
          <th>When</th>
          <th>What</th>
          <th>Details</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((e) => (
          <tr key={e.seq}>
            <td style={{ whiteSpace: 'nowrap' }}>{formatTime(e.at)}</td>
            <td style={{ whiteSpace: 'nowrap' }}>{ACTION_LABELS[e.action] ?? e.action}</td>
            <td>{e.summary}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The audit log section, live. */
export function AuditLogPanel() {
  const entries = useLiveQuery(() => repo.listAudit(SHOWN), []);
  return (
    <section class="detail-section settings-section" aria-labelledby="audit-title">
      <h2 id="audit-title">Audit log</h2>
      <p class="muted">
        Every backup, restore, KOL import, KOL data export and KOL erasure made in this browser is recorded
        here and cannot be edited or removed. Entries give counts, never the content of what was exported or
        erased.
      </p>
      {entries.value && <AuditLogTable entries={entries.value} />}
    </section>
  );
}
