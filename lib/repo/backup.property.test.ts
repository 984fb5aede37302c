// Property: any knowledge base survives export and import into an empty database unchanged, and a second import changes nothing.
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { LiaisonDb } from '../db';
import type { LibraryRecords } from '../backup/build';
import { BACKUP_TABLES, DEVICE_SETTINGS } from '../backup/file-format';
import { libraryArbitrary } from '../../tests/fixtures/library-arbitrary';
import { applyImport, exportBackup, planImport, toBackupJson } from './backup';

/** Runs per property; FC_RUNS=1000 npx vitest run lib/repo/backup.property.test.ts for a longer search. */
const RUNS = Number(process.env.FC_RUNS ?? 60);
const env = { now: () => Date.UTC(2025, 2, 14, 9, 30) };
const opened: LiaisonDb[] = [];

function openDb(): LiaisonDb {
  const db = new LiaisonDb(`backup-prop-${Math.random()}`);
  opened.push(db);
  return db;
}

afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.delete()));
});

async function seed(db: LiaisonDb, lib: LibraryRecords): Promise<void> {
  await db.transaction(
    'rw',
    BACKUP_TABLES.map((t) => db.table(t)),
    () => Promise.all(BACKUP_TABLES.map((t) => db.table(t).bulkAdd(lib[t] as unknown[]))),
  );
}

/** Every backed-up table, by table, as the database holds it (this browser's own settings left out). */
async function dump(db: LiaisonDb): Promise<Record<string, unknown[]>> {
  const lists = await Promise.all(BACKUP_TABLES.map((t) => db.table(t).toArray()));
  const out = Object.fromEntries(BACKUP_TABLES.map((t, i) => [t, lists[i] ?? []]));
  out.settings = (out.settings as { id: string }[]).filter((s) => !DEVICE_SETTINGS.includes(s.id));
  return out;
}

describe('backup round trip (fast-check)', () => {
  it('export, then import into an empty database, gives the same records; a second import adds, updates and duplicates nothing', async () => {
    await fc.assert(
      fc.asyncProperty(libraryArbitrary(), fc.boolean(), async (lib, backedUpBefore) => {
        const from = openDb();
        await seed(from, lib);
        if (backedUpBefore) await from.settings.put({ id: 'lastBackupAt', value: 1, updatedAt: 1 });
        const json = toBackupJson(await exportBackup(from, env));

        const to = openDb();
        const plan = await planImport(to, json);
        for (const t of BACKUP_TABLES)
          expect(plan.preview.tables[t]).toEqual({ add: lib[t].length, update: 0, skip: 0 });
        await applyImport(to, plan);
        const expected = await dump(from);
        expect(await dump(to)).toEqual(expected);

        const again = await planImport(to, json);
        expect(again.preview.changesNothing).toBe(true);
        for (const t of BACKUP_TABLES)
          expect(again.preview.tables[t]).toEqual({ add: 0, update: 0, skip: lib[t].length });
        await applyImport(to, again);
        expect(await dump(to)).toEqual(expected);
      }),
      { numRuns: RUNS },
    );
  });

  it('importing a backup into the library it came from changes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(libraryArbitrary(), async (lib) => {
        const db = openDb();
        await seed(db, lib);
        const before = await dump(db);
        const plan = await planImport(db, toBackupJson(await exportBackup(db, env)));
        expect(plan.preview.changesNothing).toBe(true);
        expect(plan.preview.mergedSources).toBe(0);
        await applyImport(db, plan);
        expect(await dump(db)).toEqual(before);
      }),
      { numRuns: Math.ceil(RUNS / 2) },
    );
  });
});
