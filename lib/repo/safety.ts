// Records that the user confirmed an adverse-event prompt: a Safety mark on the saved record and an audit entry, never the text.
import type { LiaisonDb } from '../db';
import type { RepoEnv, SafetyMark } from '../model';
import { appendAudit } from './audit-log';

/** What was saved after the prompt: the kinds of record that carry free text. */
export type SafetyRecordKind = 'note' | 'highlight' | 'meeting' | 'kol-profile';

const LABELS: Record<SafetyRecordKind, string> = {
  note: 'note',
  highlight: 'highlight note',
  meeting: 'meeting record',
  'kol-profile': 'KOL profile',
};

/**
 * Marks the record and writes the audit entry together: when, which products, which record id. The text is never logged,
 * so the log can be reconciled with pharmacovigilance without holding the case.
 */
export async function recordAdverseEventConfirmation(
  db: LiaisonDb,
  record: { kind: SafetyRecordKind; id: string },
  products: readonly string[],
  env: Pick<RepoEnv, 'now'>,
): Promise<SafetyMark> {
  const mark: SafetyMark = { confirmedAt: env.now(), products: [...new Set(products)] };
  const named = mark.products.length > 0 ? mark.products.join(', ') : 'no product named';
  await db.transaction('rw', db.notes, db.highlights, db.meetings, db.auditLog, async () => {
    if (record.kind === 'note') await db.notes.update(record.id, { safety: mark });
    if (record.kind === 'highlight') await db.highlights.update(record.id, { safety: mark });
    if (record.kind === 'meeting') await db.meetings.update(record.id, { safety: mark });
    await appendAudit(
      db,
      'adverse-event-confirmed',
      `Adverse-event prompt confirmed on a ${LABELS[record.kind]} (id ${record.id}); product: ${named}.`,
      env,
    );
  });
  return mark;
}

/** The sources that hold a note or highlight saved after an adverse-event prompt, for the library's Safety filter. */
export async function listSafetySourceIds(db: LiaisonDb): Promise<Set<string>> {
  const [notes, highlights] = await Promise.all([
    db.notes.filter((n) => n.safety !== undefined).toArray(),
    db.highlights.filter((h) => h.safety !== undefined).toArray(),
  ]);
  return new Set([...notes, ...highlights].flatMap((r) => (r.sourceId ? [r.sourceId] : [])));
}
