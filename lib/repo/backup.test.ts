// Backup and restore against a real (fake-indexeddb) database: export, refusals, merging the same paper, all-or-nothing writes.
import type { DBCore } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { LiaisonDb } from '../db';
import { DERIVED_TABLES } from '../backup/file-format';
import type { ExtractedPage } from '../model';
import {
  applyImport,
  BackupError,
  backupFileName,
  exportBackup,
  getBackupReminder,
  markBackupMade,
  planImport,
  toBackupJson,
} from './backup';
import { saveKol } from './kols';
import { linkId } from './links';
import { saveClip } from './sources';

const DAY = 24 * 60 * 60 * 1000;
const opened: LiaisonDb[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.delete()));
});

function openDb(middleware?: (down: DBCore) => DBCore): LiaisonDb {
  const db = new LiaisonDb(`backup-${Math.random()}`);
  if (middleware) db.use({ stack: 'dbcore', name: 'test-failure', create: middleware });
  opened.push(db);
  return db;
}

/** A machine's environment: its own clock and its own ids, as two browsers would have. */
function machine(prefix: string, start = 1_700_000_000_000) {
  let t = start;
  let n = 0;
  return { now: () => (t += 1000), newId: () => `${prefix}-${++n}` };
}

const page = (overrides: Partial<ExtractedPage> = {}): ExtractedPage => ({
  url: 'https://journal.example/article/1',
  kind: 'journal-article',
  title: 'Pembrolizumab in NSCLC',
  authors: [{ name: 'Jane A. Smith', affiliations: [] }],
  nct: [],
  doi: '10.1000/abc.123',
  hasArticle: true,
  warnings: [],
  ...overrides,
});

async function dump(db: LiaisonDb): Promise<Record<string, unknown[]>> {
  return Object.fromEntries(
    await Promise.all(db.tables.map(async (t) => [t.name, await t.toArray()] as const)),
  );
}

async function refusalOf(promise: Promise<unknown>): Promise<BackupError> {
  const error: unknown = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof BackupError)) throw new Error(`expected a BackupError, got ${String(error)}`);
  return error;
}

describe('exportBackup', () => {
  it("writes every table of user data with counts, leaving out derived data and this browser's bookkeeping", async () => {
    const db = openDb();
    const env = machine('a');
    await saveClip(db, page(), { note: 'Key OS data' }, env);
    await markBackupMade(db, 5);
    await db.settings.put({ id: 'restrictedWords', value: ['cure'], updatedAt: 6 });
    const backup = await exportBackup(db, { now: () => Date.UTC(2025, 2, 14, 9, 30) });
    expect(backup).toMatchObject({
      format: 'liaison-backup',
      schemaVersion: 2,
      exportedAt: '2025-03-14T09:30:00.000Z',
    });
    expect(backup.counts).toEqual({
      areas: 0,
      kols: 0,
      sources: 1,
      highlights: 0,
      notes: 1,
      links: 0,
      meetings: 0,
      briefings: 0,
      settings: 1,
    });
    expect(backup.data.sources[0]).not.toHaveProperty('authorKeys');
    expect(backup.data.settings.map((s) => s.id)).toEqual(['restrictedWords']);
    expect(Object.keys(backup.data)).not.toContain('searchIndexes');
    expect(backupFileName(Date.UTC(2025, 2, 14))).toBe('liaison-backup-2025-03-14.json');
  });

  it('refuses to make a backup that could not be restored, naming the record', async () => {
    const db = openDb();
    await db.notes.add({ id: 'n1', text: ' ', kolIds: [], areaIds: [], createdAt: 1, updatedAt: 1 });
    const error = await refusalOf(exportBackup(db, { now: () => 0 }));
    expect(error.message).toBe(
      'The library holds a record that a backup could not restore, so no backup was made. Record 1 in notes has no text.',
    );
  });
});

describe('planImport and applyImport', () => {
  it('refuses cut-off, foreign, newer and invalid files before writing anything', async () => {
    const db = openDb();
    await saveClip(db, page(), { note: 'mine' }, machine('a'));
    const json = toBackupJson(await exportBackup(db, { now: () => 0 }));
    const before = await dump(db);
    const bad = [
      [json.slice(0, json.length / 2), 'cut-off'],
      ['<html><body>Not a backup</body></html>', 'foreign'],
      [json.replace('"schemaVersion":2', '"schemaVersion":3'), 'newer'],
      [json.replace('"text":"mine"', '"text":""'), 'invalid'],
    ] as const;
    for (const [file, code] of bad) expect((await refusalOf(planImport(db, file))).code).toBe(code);
    expect(await dump(db)).toEqual(before);
  });

  it('merges the same paper from another machine by DOI: one source, with the notes, highlights and links of both', async () => {
    const here = openDb();
    const { source: mine } = await saveClip(
      here,
      page({ url: 'https://doi.org/10.1000/abc.123' }),
      { note: 'My note' },
      machine('here'),
    );
    const there = openDb();
    const envThere = machine('there');
    const kol = await saveKol(there, { name: 'Jane Smith', nameVariants: [], areaIds: [] }, envThere);
    const { source: theirs } = await saveClip(
      there,
      page({
        doi: '10.1000/ABC.123',
        pmid: '123456',
        abstract: { text: 'Background', sections: [{ text: 'Background' }] },
      }),
      { note: 'Their note', kols: [{ targetId: kol.id, origin: 'author-match', position: 'first' }] },
      envThere,
    );
    await there.highlights.add({
      id: 'q1',
      sourceId: theirs.id,
      exact: 'OS 24 months',
      kolIds: [],
      areaIds: [],
      createdAt: 1,
      updatedAt: 1,
    });
    const json = toBackupJson(await exportBackup(there, { now: () => 0 }));

    const plan = await planImport(here, json);
    expect(plan.preview.mergedSources).toBe(1);
    expect(plan.preview.tables).toMatchObject({
      sources: { add: 0, update: 1, skip: 0 },
      notes: { add: 1 },
      highlights: { add: 1 },
      links: { add: 1 },
      kols: { add: 1 },
    });
    await applyImport(here, plan);

    const sources = await here.sources.toArray();
    expect(sources).toHaveLength(1);
    expect(sources[0]).toMatchObject({
      id: mine.id,
      url: mine.url,
      pmid: '123456',
      abstract: { text: 'Background' },
      kolIds: [kol.id],
    });
    expect(sources[0]?.authorKeys).toEqual(mine.authorKeys);
    expect((await here.notes.toArray()).map((n) => [n.text, n.sourceId])).toEqual(
      expect.arrayContaining([
        ['My note', mine.id],
        ['Their note', mine.id],
      ]),
    );
    expect(await here.highlights.get('q1')).toMatchObject({ sourceId: mine.id });
    expect(await here.links.toArray()).toEqual([
      expect.objectContaining({
        id: linkId(mine.id, 'kol', kol.id),
        sourceId: mine.id,
        origin: 'author-match',
        position: 'first',
      }),
    ]);

    const again = await planImport(here, json);
    expect(again.preview.changesNothing).toBe(true);
  });

  it('merges by PMID and by canonical address too, and a bookmark becomes the article', async () => {
    const here = openDb();
    const env = machine('here');
    const { source: byPmid } = await saveClip(here, page({ doi: undefined, pmid: '999' }), {}, env);
    const { source: bookmark } = await saveClip(
      here,
      page({ url: 'https://other.example/x', doi: undefined, kind: 'bookmark' }),
      {},
      env,
    );
    const there = openDb();
    await saveClip(
      there,
      page({ url: 'https://pubmed.example/999', doi: undefined, pmid: '999' }),
      {},
      machine('there'),
    );
    await saveClip(
      there,
      page({ url: 'https://mirror.example/x', canonicalUrl: 'https://other.example/x', doi: undefined }),
      {},
      machine('there2'),
    );
    await applyImport(
      here,
      await planImport(here, toBackupJson(await exportBackup(there, { now: () => 0 }))),
    );
    expect((await here.sources.toArray()).map((s) => [s.id, s.kind])).toEqual(
      expect.arrayContaining([
        [byPmid.id, 'journal-article'],
        [bookmark.id, 'journal-article'],
      ]),
    );
    expect(await here.sources.count()).toBe(2);
  });

  it('keeps the newer version of a record both hold, and never removes a link', async () => {
    const db = openDb();
    const note = { id: 'n1', text: 'old', kolIds: [], areaIds: [], createdAt: 1, updatedAt: 10 };
    await db.notes.bulkAdd([note, { ...note, id: 'n2', text: 'local, newer', updatedAt: 30 }]);
    await db.sources.add({
      ...page(),
      id: 's1',
      kolIds: ['k-local'],
      areaIds: [],
      capturedAt: 1,
      updatedAt: 50,
    });
    const backup = {
      format: 'liaison-backup',
      schemaVersion: 1,
      exportedAt: '',
      counts: { notes: 2, sources: 1 },
      data: {
        notes: [
          { ...note, text: 'new', updatedAt: 20 },
          { ...note, id: 'n2', text: 'backup, older', updatedAt: 20 },
        ],
        sources: [
          {
            ...page(),
            id: 's1',
            title: 'Older title',
            kolIds: ['k-backup'],
            areaIds: [],
            capturedAt: 1,
            updatedAt: 40,
          },
        ],
      },
    };
    const plan = await planImport(db, JSON.stringify(backup));
    expect(plan.preview.tables.notes).toEqual({ add: 0, update: 1, skip: 1 });
    expect(plan.preview.tables.sources).toEqual({ add: 0, update: 1, skip: 0 });
    await applyImport(db, plan);
    expect((await db.notes.toArray()).map((n) => n.text)).toEqual(['new', 'local, newer']);
    expect(await db.sources.get('s1')).toMatchObject({
      title: 'Pembrolizumab in NSCLC',
      kolIds: ['k-local', 'k-backup'],
    });
  });

  it('decides again when it writes: what was saved since the preview is not duplicated', async () => {
    const there = openDb();
    await saveClip(there, page(), { note: 'n' }, machine('there'));
    const json = toBackupJson(await exportBackup(there, { now: () => 0 }));
    const here = openDb();
    const plan = await planImport(here, json);
    expect(plan.preview.tables.sources.add).toBe(1);
    await saveClip(here, page(), {}, machine('here'));
    const done = await applyImport(here, plan);
    expect(done.tables.sources).toEqual({ add: 0, update: 0, skip: 1 });
    expect(done.tables.notes).toEqual({ add: 1, update: 0, skip: 0 });
    expect(await here.sources.count()).toBe(1);
  });

  it('leaves the database as it was when the disk fills up half-way through the import', async () => {
    let failing = false;
    const quotaOnNotes = (down: DBCore): DBCore => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        if (name !== 'notes') return table;
        return {
          ...table,
          mutate: (req) =>
            failing
              ? Promise.reject(new DOMException('Quota exceeded', 'QuotaExceededError'))
              : table.mutate(req),
        };
      },
    });
    const here = openDb(quotaOnNotes);
    await saveClip(
      here,
      page({ doi: '10.1/here', url: 'https://here.example' }),
      { note: 'mine' },
      machine('here'),
    );
    const there = openDb();
    const envThere = machine('there');
    for (let i = 0; i < 60; i++)
      await saveClip(
        there,
        page({ doi: `10.1/${i}`, url: `https://x.example/${i}` }),
        { note: `n${i}` },
        envThere,
      );
    const plan = await planImport(here, toBackupJson(await exportBackup(there, { now: () => 0 })));
    const before = await dump(here);
    failing = true;
    const error = await refusalOf(applyImport(here, plan));
    expect(error).toMatchObject({
      code: 'no-space',
      message:
        'There is not enough storage space for this import, so nothing was imported. Free some disk space, then try again.',
    });
    failing = false;
    expect(await dump(here)).toEqual(before);
  });

  it('clears derived tables (the saved search index) when it writes, so that they are rebuilt', async () => {
    const db = openDb();
    const derived = db.tables.filter((t) => t.name in DERIVED_TABLES);
    for (const table of derived) await table.put({ id: 'library' });
    const there = openDb();
    await saveClip(there, page(), {}, machine('there'));
    const json = toBackupJson(await exportBackup(there, { now: () => 0 }));
    await applyImport(db, await planImport(db, json));
    for (const table of derived) expect(await table.count()).toBe(0);
    for (const table of derived) await table.put({ id: 'library' });
    await applyImport(db, await planImport(db, json));
    for (const table of derived) expect(await table.count()).toBe(1);
  });
});

describe('getBackupReminder', () => {
  it('reminds once a library has gone 30 days without a backup, from its first record or its last backup', async () => {
    const db = openDb();
    const now = Date.UTC(2025, 5, 1);
    expect(await getBackupReminder(db, now)).toEqual({ due: false });
    const firstClip = now - 40 * DAY;
    await saveClip(db, page(), {}, machine('a', firstClip));
    expect(await getBackupReminder(db, firstClip + 5 * 60_000)).toEqual({ due: false });
    expect(await getBackupReminder(db, firstClip + 30 * DAY)).toEqual({ due: false });
    expect(await getBackupReminder(db, now)).toEqual({ due: true });
    await markBackupMade(db, now);
    expect(await getBackupReminder(db, now + 30 * DAY)).toEqual({ due: false, lastBackupAt: now });
    expect(await getBackupReminder(db, now + 30 * DAY + 1)).toEqual({ due: true, lastBackupAt: now });
  });
});
