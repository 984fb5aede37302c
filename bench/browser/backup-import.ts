// Benchmark steps: importing a backup of the seeded library into an empty database, against bare bulkAdd of the same records.
import { Dexie } from 'dexie';
import { BACKUP_TABLES } from '../../lib/backup/file-format';
import { liveEnv, openDatabase } from '../../lib/repo/database';
import { applyImport, exportBackup, planImport, toBackupJson } from '../../lib/repo/backup';

let backupJson: string | undefined;

/** Exports the library this page's database holds (seed it first) as backup JSON, kept in the page for the imports. */
export async function exportForImport(): Promise<{ ms: number; megabytes: number; sources: number }> {
  const db = openDatabase();
  const start = performance.now();
  const backup = await exportBackup(db, liveEnv);
  backupJson = toBackupJson(backup);
  return {
    ms: performance.now() - start,
    megabytes: backupJson.length / 1e6,
    sources: backup.data.sources.length,
  };
}

async function emptyDatabase() {
  const db = openDatabase();
  db.close();
  await Dexie.delete(db.name);
  const fresh = openDatabase();
  await fresh.open();
  return fresh;
}

/** One import into an empty database: planImport (parse, check, read what it touches) then applyImport. */
export async function importBackupOnce(): Promise<{
  planMs: number;
  applyMs: number;
  ms: number;
  sources: number;
}> {
  if (!backupJson) throw new Error('Run exportForImport first.');
  const db = await emptyDatabase();
  const start = performance.now();
  const plan = await planImport(db, backupJson);
  const planned = performance.now();
  const preview = await applyImport(db, plan);
  const end = performance.now();
  return {
    planMs: planned - start,
    applyMs: end - planned,
    ms: end - start,
    sources: preview.tables.sources.add,
  };
}

/** The reference: the same records (parsed from the same JSON, not timed) stored with bare bulkAdd in one transaction. */
export async function bulkAddOnce(): Promise<{ ms: number }> {
  if (!backupJson) throw new Error('Run exportForImport first.');
  const db = await emptyDatabase();
  const data = (JSON.parse(backupJson) as { data: Record<string, unknown[]> }).data;
  const tables = BACKUP_TABLES.map((name) => db.table(name));
  const start = performance.now();
  await db.transaction('rw', tables, async () => {
    for (const name of BACKUP_TABLES) if (data[name]?.length) await db.table(name).bulkAdd(data[name]);
  });
  return { ms: performance.now() - start };
}
