// Backup and restore of the whole library: export every table of user data, preview an import, write it all or nothing.
//
// For the settings page:
//   const backup = await exportBackup(db, liveEnv);
//   download new Blob(toBackupJsonParts(backup), { type: 'application/json' }) as backupFileName(now), then
//   await markBackupMade(db, Date.now());
//   const plan = await planImport(db, await file.text());   // throws BackupError: show error.message
//   show plan.preview (per table add / update / skip, mergedSources), then on confirm:
//   const done = await applyImport(db, plan);               // one transaction; throws BackupError, nothing written
//   const { due, lastBackupAt } = await getBackupReminder(db, Date.now());
import type { Table } from 'dexie';
import type { LiaisonDb } from '../db';
import type { RepoEnv, Source } from '../model';
import { BackupError } from '../backup/backup-error';
import { buildBackup, type LibraryRecords } from '../backup/build';
import {
  BACKUP_TABLES,
  DERIVED_TABLES,
  type BackupData,
  type BackupDocument,
  type BackupTable,
} from '../backup/file-format';
import {
  identifierKeys,
  matchSources,
  mergeBackup,
  remapBackup,
  type LocalRecords,
  type MergeResult,
  type TablePreview,
} from '../backup/merge';
import { parseBackup, type ParsedBackup } from '../backup/parse';
import { isBackupDue, LAST_BACKUP_SETTING } from '../backup/reminder';
import { appendAudit } from './audit-log';
import { countOf } from '../counted-noun';
import { liveEnv } from './database';
import { withStoredHtml } from './stored-html';

export { BackupError, type BackupErrorCode } from '../backup/backup-error';
export { backupFileName, toBackupJson, toBackupJsonParts } from '../backup/build';
export type { BackupDocument, BackupTable } from '../backup/file-format';
export type { TablePreview } from '../backup/merge';

/** What an import will do (from `planImport`) or did (from `applyImport`), for the preview and the report. */
export interface ImportPreview {
  /** When the backup was made (ISO 8601), as the file says. */
  exportedAt: string;
  schemaVersion: number;
  /** Per table: records added, existing records updated, records already there (skipped). */
  tables: Record<BackupTable, TablePreview>;
  /** Sources already in the library under another id (same DOI, PMID or address), merged into it. */
  mergedSources: number;
  /** True when the library already holds everything in the backup. */
  changesNothing: boolean;
}

/** A checked backup and what importing it would do; pass it to `applyImport` once the user confirms. */
export interface ImportPlan {
  readonly preview: ImportPreview;
  readonly backup: ParsedBackup;
}

/**
 * Dexie reports the keys of a write of fewer than 50 records to `storagemutated` listeners, and a larger
 * one as a whole range; the library search re-reads the records whose keys it is told, so imported
 * records are written in small batches that it can follow (see lib/repo/search-index.ts).
 */
const WRITE_BATCH = 49;

const tableOf = (db: LiaisonDb, name: string): Table<unknown, string> => db.table<unknown, string>(name);
const derivedTables = (db: LiaisonDb): Table<unknown, string>[] =>
  db.tables.filter((t) => t.name in DERIVED_TABLES).map((t) => tableOf(db, t.name));

/**
 * Every record of the library as one versioned document, read in one transaction so that it is a
 * consistent snapshot. Leaves out derived data (search index, authorKeys) and this browser's bookkeeping.
 */
export async function exportBackup(db: LiaisonDb, env: Pick<RepoEnv, 'now'>): Promise<BackupDocument> {
  const tables = BACKUP_TABLES.map((name) => tableOf(db, name));
  const lists = await db.transaction('r', tables, () => Promise.all(tables.map((t) => t.toArray())));
  const records = Object.fromEntries(BACKUP_TABLES.map((name, i) => [name, lists[i]])) as LibraryRecords;
  const backup = buildBackup(records, env.now());
  await appendAudit(db, 'backup-export', `Backup exported: ${describeCounts(backup.counts)}.`, env);
  return backup;
}

/** "3 sources, 2 notes..." for the audit log: counts only, never record contents. */
function describeCounts(counts: Record<BackupTable, number>): string {
  return BACKUP_TABLES.map((t) =>
    t === 'kols' ? countOf(counts[t], 'KOL') : countOf(counts[t], t.replace(/s$/, ''), t),
  ).join(', ');
}

/** Reads the library records an import touches: sources by id and by identifier, then each table by the remapped ids. */
async function readAffected(db: LiaisonDb, data: BackupData): Promise<MergeResult> {
  const found = (await db.sources.bulkGet(data.sources.map((s) => s.id))).filter(
    (s): s is Source => s !== undefined,
  );
  const foundIds = new Set(found.map((s) => s.id));
  const keys = data.sources.filter((s) => !foundIds.has(s.id)).flatMap(identifierKeys);
  const values = (prefix: string) =>
    keys.filter((k) => k.startsWith(prefix)).map((k) => k.slice(prefix.length));
  const urls = values('url:');
  const candidates = await Promise.all([
    db.sources.where('doi').anyOf(values('doi:')).toArray(),
    db.sources.where('pmid').anyOf(values('pmid:')).toArray(),
    db.sources.where('url').anyOf(urls).toArray(),
    db.sources.where('canonicalUrl').anyOf(urls).toArray(),
  ]);
  const remap = matchSources(data.sources, [...found, ...candidates.flat()]);
  const remapped = remapBackup(data, remap);
  const local = {} as Record<BackupTable, Map<string, unknown>>;
  await Promise.all(
    BACKUP_TABLES.map(async (name) => {
      const records = await tableOf(db, name).bulkGet(remapped[name].map((r) => r.id));
      local[name] = new Map(records.flatMap((r) => (r ? [[(r as { id: string }).id, r]] : [])));
    }),
  );
  return mergeBackup(data, remap, local as unknown as LocalRecords);
}

function toPreview(backup: ParsedBackup, result: MergeResult): ImportPreview {
  const changesNothing = BACKUP_TABLES.every(
    (t) => result.tables[t].add === 0 && result.tables[t].update === 0,
  );
  return {
    exportedAt: backup.exportedAt,
    schemaVersion: backup.schemaVersion,
    tables: result.tables,
    mergedSources: result.mergedSources,
    changesNothing,
  };
}

/**
 * Checks a backup file and says what importing it would do, writing nothing. Throws a BackupError whose
 * message names the problem (not a Liaison backup, cut off, newer version, a wrong record...).
 */
export async function planImport(db: LiaisonDb, json: string): Promise<ImportPlan> {
  const backup = parseBackup(json);
  const tables = BACKUP_TABLES.map((name) => tableOf(db, name));
  const result = await db.transaction('r', tables, () => readAffected(db, backup.data));
  return { backup, preview: toPreview(backup, result) };
}

function errorNames(error: unknown): string[] {
  if (!error || typeof error !== 'object') return [];
  const e = error as { name?: unknown; inner?: unknown; failures?: unknown };
  const failures = Array.isArray(e.failures) ? e.failures : [];
  return [typeof e.name === 'string' ? e.name : '', ...errorNames(e.inner), ...failures.flatMap(errorNames)];
}

/**
 * Writes a planned import in one transaction: all of it, or (on any failure, a full disk included)
 * nothing. The merge is decided again inside the transaction, so writes made since the plan are taken
 * into account. Derived tables (the saved search index) are cleared so that they are rebuilt.
 */
export async function applyImport(
  db: LiaisonDb,
  plan: ImportPlan,
  env: Pick<RepoEnv, 'now'> = liveEnv,
): Promise<ImportPreview> {
  const tables = [...BACKUP_TABLES.map((name) => tableOf(db, name)), ...derivedTables(db), db.auditLog];
  // A backup file is as untrusted as a page: its article HTML is cut and sanitized like a clip's.
  const data = {
    ...plan.backup.data,
    sources: await Promise.all(plan.backup.data.sources.map((s) => withStoredHtml(s))),
  };
  try {
    return await db.transaction('rw', tables, async () => {
      const result = await readAffected(db, data);
      for (const name of BACKUP_TABLES) {
        const writes: readonly unknown[] = result.writes[name];
        for (let i = 0; i < writes.length; i += WRITE_BATCH)
          await tableOf(db, name).bulkPut(writes.slice(i, i + WRITE_BATCH));
      }
      const preview = toPreview(plan.backup, result);
      if (!preview.changesNothing) for (const table of derivedTables(db)) await table.clear();
      const added = describeCounts(
        Object.fromEntries(BACKUP_TABLES.map((t) => [t, preview.tables[t].add])) as Record<
          BackupTable,
          number
        >,
      );
      const updated = BACKUP_TABLES.reduce((n, t) => n + preview.tables[t].update, 0);
      await appendAudit(
        db,
        'backup-import',
        `Backup of ${plan.backup.exportedAt} imported: added ${added}; ${updated} records updated, ${preview.mergedSources} sources merged.`,
        env,
      );
      return preview;
    });
  } catch (error) {
    if (errorNames(error).includes('QuotaExceededError')) {
      throw new BackupError(
        'no-space',
        'There is not enough storage space for this import, so nothing was imported. Free some disk space, then try again.',
      );
    }
    const reason = error instanceof Error ? ` (${error.message})` : '';
    throw new BackupError(
      'write-failed',
      `The import could not be written, so nothing was imported${reason}.`,
    );
  }
}

/** Records that a backup was just made on this browser, for the reminder; call it once the file is saved. */
export async function markBackupMade(db: LiaisonDb, at: number): Promise<void> {
  await db.settings.put({ id: LAST_BACKUP_SETTING, value: at, updatedAt: at });
}

/**
 * Whether to remind the user to make a backup: the library has gone 30 days without one (see `isBackupDue`).
 * Reads the last backup's date and the oldest record's: the first source and note by their indexes, and the
 * KOLs and areas (few) whole.
 */
export async function getBackupReminder(
  db: LiaisonDb,
  now: number,
): Promise<{ due: boolean; lastBackupAt?: number }> {
  const [setting, firstSource, firstNote, kols, areas] = await Promise.all([
    db.settings.get(LAST_BACKUP_SETTING),
    db.sources.orderBy('capturedAt').limit(1).keys(),
    db.notes.orderBy('createdAt').limit(1).keys(),
    db.kols.toArray(),
    db.areas.toArray(),
  ]);
  const lastBackupAt = typeof setting?.value === 'number' ? setting.value : undefined;
  const dates = [
    ...firstSource,
    ...firstNote,
    ...kols.map((k) => k.createdAt),
    ...areas.map((a) => a.createdAt),
  ];
  const known = dates.filter((date): date is number => typeof date === 'number' && Number.isFinite(date));
  const firstRecordAt = known.length > 0 ? Math.min(...known) : undefined;
  return {
    due: isBackupDue(lastBackupAt, firstRecordAt, now),
    ...(lastBackupAt === undefined ? {} : { lastBackupAt }),
  };
}
