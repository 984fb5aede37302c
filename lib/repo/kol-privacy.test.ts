// A KOL as a data subject: the export holds everything about them; erasure leaves no trace of their id but the audit entry.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LiaisonDb } from '../db';
import type { ExtractedPage, Highlight, Note } from '../model';
import { listAudit } from './audit-log';
import { describeErasure, eraseKol, exportKolData } from './kol-privacy';
import { saveKol } from './kols';
import { saveClip } from './sources';

const TARGET = 'kol-target-3f9c';
const OTHER = 'kol-other-81d2';
const NAME = 'Ingrid Vasquez-Holloway';
let db: LiaisonDb;
let n = 0;
const env = { now: () => 1_700_000_000_000 + n * 1000, newId: () => `rec-${++n}-x` };
const withId = (id: string) => ({ ...env, newId: () => id });
const page = (i: number, authors: ExtractedPage['authors'] = []): ExtractedPage => ({
  url: `https://journal.example/${i}`,
  kind: 'journal-article',
  title: `Paper ${i}`,
  authors,
  nct: [],
  doi: `10.5555/p${i}`,
  hasArticle: true,
  warnings: [],
});
const note = (id: string, kolIds: string[], sourceId?: string): Note => ({
  id,
  ...(sourceId ? { sourceId } : {}),
  text: `note ${id}`,
  kolIds,
  areaIds: [],
  createdAt: 1,
  updatedAt: 1,
});
const highlight = (id: string, sourceId: string, kolIds: string[]): Highlight => ({
  id,
  sourceId,
  exact: `quote ${id}`,
  note: `about ${id}`,
  kolIds,
  areaIds: [],
  createdAt: 1,
  updatedAt: 1,
});

/** Two KOLs sharing a library: the target has links, notes (alone and shared), highlights, meetings, briefings and an authored paper. */
async function seed() {
  await saveKol(
    db,
    { name: NAME, nameVariants: ['Vasquez-Holloway I'], areaIds: [], orcid: '0000-0002-1825-0097' },
    withId(TARGET),
  );
  await saveKol(db, { name: 'Tomas Lind', nameVariants: [], areaIds: [] }, withId(OTHER));
  const linked = await saveClip(
    db,
    page(1),
    {
      note: 'clip note about the target',
      kols: [{ targetId: TARGET, origin: 'author-match', position: 'first' }],
    },
    env,
  );
  const shared = await saveClip(
    db,
    page(2),
    {
      note: 'shared note',
      kols: [
        { targetId: TARGET, origin: 'manual' },
        { targetId: OTHER, origin: 'suggestion' },
      ],
    },
    env,
  );
  const authored = await saveClip(
    db,
    page(3, [{ name: NAME, affiliations: [], orcid: '0000-0002-1825-0097' }]),
    {},
    env,
  );
  const untouched = await saveClip(db, page(4), { note: 'about nobody' }, env);
  await db.notes.bulkAdd([note('free-alone', [TARGET]), note('free-other', [OTHER])]);
  await db.highlights.bulkAdd([
    highlight('hl-alone', linked.source.id, [TARGET]),
    highlight('hl-shared', shared.source.id, [TARGET, OTHER]),
  ]);
  await db.meetings.bulkAdd([
    {
      id: 'm1',
      kolId: TARGET,
      date: '2025-03-01',
      channel: 'in-person',
      summary: 'Discussed the OS data.',
      followUps: [{ id: 'f1', text: 'Send the poster' }],
      createdAt: 1,
      updatedAt: 1,
    },
    {
      id: 'm2',
      kolId: OTHER,
      date: '2025-03-02',
      channel: 'phone',
      summary: 'Other KOL.',
      followUps: [],
      createdAt: 1,
      updatedAt: 1,
    },
  ]);
  await db.briefings.bulkAdd([
    {
      id: 'b1',
      kolId: TARGET,
      createdAt: 5,
      format: 'html',
      from: '2025-01-01',
      to: '2025-03-01',
      areaIds: [],
      sourceIds: [linked.source.id],
    },
    {
      id: 'b2',
      kolId: TARGET,
      createdAt: 6,
      format: 'docx',
      from: '2025-01-01',
      to: '2025-04-01',
      areaIds: [],
      sourceIds: [],
    },
    {
      id: 'b3',
      kolId: OTHER,
      createdAt: 7,
      format: 'markdown',
      from: '2025-01-01',
      to: '2025-04-01',
      areaIds: [],
      sourceIds: [],
    },
  ]);
  // The saved search index holds KOL ids for its filters: a stand-in copy that erasure must clear.
  await db.searchIndexes.put({ id: 'library', kolIds: [TARGET] } as never);
  return {
    linked: linked.source,
    shared: shared.source,
    authored: authored.source,
    untouched: untouched.source,
  };
}

/** Every record of every table that mentions `text`, as "table: record". */
async function findEverywhere(text: string): Promise<string[]> {
  const found: string[] = [];
  for (const table of db.tables) {
    for (const record of await table.toArray()) {
      const json = JSON.stringify(record);
      if (json.includes(text)) found.push(`${table.name}: ${json.slice(0, 200)}`);
    }
  }
  return found;
}

beforeEach(() => {
  db = new LiaisonDb(`kol-privacy-${Math.random()}`);
});
afterEach(() => db.delete());

describe('exporting what is held about a KOL', () => {
  it('holds the profile, links with their origin, sources linked or authored, notes, highlights, meetings and briefings', async () => {
    const { linked, shared, authored, untouched } = await seed();
    const data = await exportKolData(db, TARGET, env);
    expect(data.kol).toMatchObject({ id: TARGET, name: NAME });
    expect(data.links.map((l) => [l.sourceId, l.origin, l.position])).toEqual(
      expect.arrayContaining([
        [linked.id, 'author-match', 'first'],
        [shared.id, 'manual', undefined],
      ]),
    );
    expect(data.links).toHaveLength(2);
    const sources = new Map(data.sources.map((s) => [s.id, s]));
    expect(sources.get(linked.id)).toMatchObject({ title: 'Paper 1', doi: '10.5555/p1', linked: true });
    expect(sources.get(authored.id)).toMatchObject({ linked: false, authored: { position: 'first' } });
    expect(sources.has(untouched.id)).toBe(false);
    expect(data.notes.map((x) => x.text).sort()).toEqual([
      'clip note about the target',
      'note free-alone',
      'shared note',
    ]);
    expect(data.highlights.map((h) => h.id).sort()).toEqual(['hl-alone', 'hl-shared']);
    expect(data.meetings.map((m) => [m.id, m.followUps.length])).toEqual([['m1', 1]]);
    expect(data.briefings.map((b) => b.id)).toEqual(['b1', 'b2']);
    expect(JSON.parse(JSON.stringify(data))).toEqual(data);
    const [entry] = await listAudit(db, 1);
    expect(entry).toMatchObject({ action: 'kol-export' });
    expect(entry?.summary).not.toContain(NAME);
  });

  it('refuses a KOL that is not there', async () => {
    await expect(exportKolData(db, 'nobody', env)).rejects.toThrow(/no longer/);
  });
});

describe('erasing a KOL', () => {
  it('says what it will remove, then leaves no record naming the KOL but the audit entry; sources stay', async () => {
    const { linked, shared } = await seed();
    const sourcesBefore = await db.sources.count();
    const expected = {
      links: 2,
      notes: 2,
      highlights: 1,
      sharedAnnotations: 2,
      meetings: 1,
      briefings: 2,
      sources: 2,
    };
    expect(await describeErasure(db, TARGET)).toEqual(expected);
    expect(await eraseKol(db, TARGET, env)).toEqual(expected);

    const traces = await findEverywhere(TARGET);
    expect(traces).toHaveLength(1);
    expect(traces[0]).toMatch(/^auditLog: .*"action":"kol-erase"/);
    // The name survives only where it is published: the byline of the paper they wrote, which stays as printed.
    expect(await findEverywhere('Ingrid')).toEqual([expect.stringMatching(/^sources: .*"title":"Paper 3"/)]);
    expect(await findEverywhere('clip note about the target')).toEqual([]);
    expect(await findEverywhere('Discussed the OS data')).toEqual([]);

    expect(await db.sources.count()).toBe(sourcesBefore);
    expect((await db.sources.get(shared.id))?.kolIds).toEqual([OTHER]);
    expect((await db.sources.get(linked.id))?.kolIds).toEqual([]);
    expect((await db.notes.toArray()).map((x) => x.text).sort()).toEqual([
      'about nobody',
      'note free-other',
      'shared note',
    ]);
    expect((await db.highlights.toArray()).map((h) => [h.id, h.kolIds])).toEqual([['hl-shared', [OTHER]]]);
    expect((await db.meetings.toArray()).map((m) => m.id)).toEqual(['m2']);
    expect((await db.briefings.toArray()).map((b) => b.id)).toEqual(['b3']);
    expect(await db.kols.get(OTHER)).toBeDefined();
    expect((await db.links.toArray()).map((l) => l.targetId)).toEqual([OTHER]);

    const [entry] = await listAudit(db, 1);
    expect(entry?.summary).toContain('2 links, 2 notes, 1 highlight, 1 meeting, 2 briefing records');
  });

  it('writes nothing when the KOL is gone, and nothing when a write fails', async () => {
    await seed();
    await expect(eraseKol(db, 'nobody', env)).rejects.toThrow(/no longer/);
    // The clock fails on its second reading, when the audit entry is written after every delete: all is rolled back.
    let readings = 0;
    const failing = {
      now: () => {
        if (++readings > 1) throw new Error('clock broke');
        return 1;
      },
    };
    await expect(eraseKol(db, TARGET, failing)).rejects.toThrow(/clock broke/);
    expect(await db.kols.get(TARGET)).toBeDefined();
    expect((await findEverywhere(TARGET)).length).toBeGreaterThan(10);
    expect((await listAudit(db, 10)).filter((e) => e.action === 'kol-erase')).toEqual([]);
  });
});
