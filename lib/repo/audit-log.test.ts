// The audit log is append-only: its module offers no way to change or remove an entry, and the writes that matter record one.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LiaisonDb } from '../db';
import type { ExtractedPage } from '../model';
import * as auditLog from './audit-log';
import { appendAudit, listAudit } from './audit-log';
import { applyImport, exportBackup, planImport, toBackupJson } from './backup';
import { exportKolsCsv } from './kol-csv-export';
import { importKols } from './kols';
import { saveClip } from './sources';

let db: LiaisonDb;
let n = 0;
const env = { now: () => 1_700_000_000_000 + n * 1000, newId: () => `id-${++n}` };
const page: ExtractedPage = {
  url: 'https://j.example/1',
  kind: 'journal-article',
  title: 'T',
  authors: [],
  nct: [],
  hasArticle: true,
  warnings: [],
};

beforeEach(() => {
  db = new LiaisonDb(`audit-${Math.random()}`);
});
afterEach(() => db.delete());

describe('the audit log', () => {
  it('exports only a way to append and a way to list', () => {
    const functions = Object.entries(auditLog)
      .filter(([, value]) => typeof value === 'function')
      .map(([name]) => name);
    expect(functions.sort()).toEqual(['appendAudit', 'listAudit']);
  });

  it('lists the latest entries first, up to the limit', async () => {
    for (const i of [1, 2, 3]) await appendAudit(db, 'backup-export', `export ${i}`, { now: () => i });
    expect((await listAudit(db, 2)).map((e) => e.summary)).toEqual(['export 3', 'export 2']);
  });

  it('records a backup export, a backup import inside its transaction, and a KOL CSV import', async () => {
    await saveClip(db, page, { note: 'a note' }, env);
    const backup = await exportBackup(db, env);
    const other = new LiaisonDb(`audit-other-${Math.random()}`);
    try {
      await applyImport(other, await planImport(other, toBackupJson(backup)), env);
      const [imported] = await listAudit(other, 1);
      expect(imported).toMatchObject({ action: 'backup-import' });
      expect(imported?.summary).toContain('1 source, 0 highlights, 1 note');
    } finally {
      await other.delete();
    }
    await importKols(db, [{ name: 'Jane Roe', nameVariants: [], areaIds: [] }], env);
    expect((await listAudit(db, 5)).map((e) => e.action)).toEqual(['kol-import', 'backup-export']);
    expect((await listAudit(db, 1))[0]?.summary).toBe('1 KOL imported from a CSV file.');

    const { csv, count } = await exportKolsCsv(db, env);
    expect(count).toBe(1);
    expect(csv).toContain('Jane Roe');
    expect(await listAudit(db, 1)).toMatchObject([
      { action: 'kol-export', summary: '1 KOL exported to a CSV file.' },
    ]);
  });

  it('writes no import entry when the import fails, and no KOLs when one row is invalid', async () => {
    await expect(
      importKols(
        db,
        [
          { name: 'Ok', nameVariants: [], areaIds: [] },
          { name: 'x'.repeat(301), nameVariants: [], areaIds: [] },
        ],
        env,
      ),
    ).rejects.toThrow(/KOL 2/);
    expect(await db.kols.count()).toBe(0);
    expect(await listAudit(db, 5)).toEqual([]);
  });
});
