// The append-only audit log: exports, imports and erasures, recorded and listed, never changed or removed.
//
// This module is the log's whole API on purpose: there is no update and no delete (a test checks its exports).
// appendAudit joins the caller's transaction when that transaction includes `auditLog`, so an import or an
// erasure and its entry are written together or not at all.
import type { LiaisonDb } from '../db';
import type { AuditAction, AuditEntry, RepoEnv } from '../model';

export type { AuditAction, AuditEntry } from '../model';

/** The longest summary kept: an entry states what was done and how many records, not the records. */
const MAX_SUMMARY = 500;

/** Records that something happened to the knowledge base as a whole. Never pass personal data in `summary`. */
export async function appendAudit(
  db: LiaisonDb,
  action: AuditAction,
  summary: string,
  env: Pick<RepoEnv, 'now'>,
): Promise<AuditEntry> {
  const entry: AuditEntry = { at: env.now(), action, summary: summary.trim().slice(0, MAX_SUMMARY) };
  const seq = await db.auditLog.add(entry);
  return { ...entry, seq };
}

/** The latest entries, newest first, for the settings page. */
export function listAudit(db: LiaisonDb, limit: number): Promise<AuditEntry[]> {
  return db.auditLog.orderBy('seq').reverse().limit(limit).toArray();
}
