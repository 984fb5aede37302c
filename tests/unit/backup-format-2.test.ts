// A backup that users already hold still imports whole: format 2, written before the Work table, every field set.
//
// tests/fixtures/backup/format-2-every-field.json was exported by Liaison at commit c919fa4 (schema version 2,
// before lib/work-model.ts) from a library with one record in every table and every optional field filled.
// Never regenerate it: it stands for files people keep. A new format gets a fixture of its own.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { BACKUP_TABLES, type BackupDocument } from '../../lib/backup/file-format';
import { LiaisonDb } from '../../lib/db';
import { familyKeys } from '../../lib/match/kol-match';
import { applyImport, exportBackup, planImport } from '../../lib/repo/backup';
import { CLIPPED_FIELDS } from '../../lib/work-model';

const FILE = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../fixtures/backup/format-2-every-field.json',
);
const json = fs.readFileSync(FILE, 'utf8');
const backup = JSON.parse(json) as BackupDocument;

const opened: LiaisonDb[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.delete()));
});

describe('a format-2 backup', () => {
  it('sets every field of a clipped page, so that the test below covers them all', () => {
    expect(backup.schemaVersion).toBe(2);
    expect(Object.keys(backup.data.sources[0] ?? {})).toEqual(
      expect.arrayContaining(Object.keys(CLIPPED_FIELDS)),
    );
  });

  it('imports into an empty library with every record of every table as the file holds it', async () => {
    const db = new LiaisonDb(`format-2-${Math.random()}`);
    opened.push(db);
    const plan = await planImport(db, json);
    for (const table of BACKUP_TABLES) {
      expect([table, plan.preview.tables[table].add]).toEqual([table, backup.data[table].length]);
    }
    await applyImport(db, plan);
    const [source] = backup.data.sources;
    expect(await db.sources.toArray()).toEqual([
      { ...source, authorKeys: familyKeys(source?.authors ?? []) },
    ]);
    for (const table of BACKUP_TABLES.filter((t) => t !== 'sources')) {
      expect([table, await db.table(table).toArray()]).toEqual([table, backup.data[table]]);
    }
  });

  it('is exported again with the same data', async () => {
    const db = new LiaisonDb(`format-2-${Math.random()}`);
    opened.push(db);
    await applyImport(db, await planImport(db, json));
    const again = await exportBackup(db, { now: () => Date.parse(backup.exportedAt) });
    expect(again.data).toEqual(backup.data);
  });
});
