// Loading briefing data: one KOL's sources, notes, highlights, meetings and briefings only, area sources capped, unknown KOL fails.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LiaisonDb } from '../db';
import type { Author, ExtractedPage, Kol, TherapeuticArea } from '../model';
import { loadBriefingData } from './briefing-data';
import { recordBriefing } from './briefings';
import { addMeeting } from './meetings';
import { saveHighlight } from './highlights';
import { saveClip } from './sources';

let db: LiaisonDb;
let n = 0;
const env = { now: () => 1_700_000_000_000 + ++n * 1000, newId: () => `id-${++n}` };
const a = (name: string): Author => ({ name, affiliations: [] });
const page = (url: string, authors: Author[] = []): ExtractedPage => ({
  url,
  kind: 'journal-article',
  title: url,
  authors,
  nct: [],
  hasArticle: true,
  warnings: [],
  articleText: 'long text',
  articleHtml: '<p>long text</p>',
});
const area = (id: string, parentId?: string): TherapeuticArea => ({
  id,
  name: id,
  parentId,
  keywords: [],
  createdAt: 0,
  updatedAt: 0,
});
const kol: Kol = {
  id: 'k1',
  name: 'Hanna Lindqvist',
  nameVariants: ['Lindqvist H'],
  areaIds: ['derm'],
  createdAt: 0,
  updatedAt: 0,
};

beforeEach(async () => {
  db = new LiaisonDb(`briefing-data-${Math.random()}`);
  await db.kols.bulkAdd([kol, { ...kol, id: 'k2', name: 'Wei Zhang', nameVariants: [], areaIds: ['neuro'] }]);
  await db.areas.bulkAdd([area('derm'), area('psoriasis', 'derm'), area('neuro')]);
});
afterEach(() => db.delete());

const urls = (data: { sources: { url: string }[] }) => data.sources.map((s) => s.url).sort();

describe('loadBriefingData', () => {
  it('gathers linked, authored and area sources, their notes and highlights, meetings and briefings of one KOL only', async () => {
    const linked = await saveClip(
      db,
      page('https://x/linked'),
      { note: 'On the linked one', kols: [{ targetId: 'k1', origin: 'manual' }] },
      env,
    );
    await saveClip(db, page('https://x/authored', [a('Lindqvist H'), a('Doe A')]), {}, env);
    const sub = await saveClip(
      db,
      page('https://x/sub-area'),
      { note: 'Sub-area note', areas: [{ targetId: 'psoriasis', origin: 'manual' }] },
      env,
    );
    await saveClip(
      db,
      page('https://x/other-kol'),
      {
        note: 'Not hers',
        kols: [{ targetId: 'k2', origin: 'manual' }],
        areas: [{ targetId: 'neuro', origin: 'manual' }],
      },
      env,
    );
    await saveClip(db, page('https://x/unrelated', [a('Lindqvist M')]), {}, env);
    await saveHighlight(
      db,
      sub.source.id,
      { exact: 'A quoted passage', prefix: '', suffix: '', start: 0, end: 16 },
      {},
      env,
    );
    await db.notes.add({
      id: 'free',
      text: 'Free-standing insight',
      kolIds: ['k1'],
      areaIds: [],
      createdAt: 1,
      updatedAt: 1,
    });
    await addMeeting(
      db,
      { kolId: 'k1', date: '2025-01-02', channel: 'phone', summary: 'Call', followUps: [] },
      env,
    );
    await addMeeting(
      db,
      { kolId: 'k2', date: '2025-01-02', channel: 'phone', summary: 'Other', followUps: [] },
      env,
    );
    await recordBriefing(
      db,
      { kolId: 'k1', format: 'html', from: '2024-01-01', to: '2025-01-01', areaIds: [], sourceIds: [] },
      env,
    );

    const data = await loadBriefingData(db, 'k1');
    expect(data.kol.name).toBe('Hanna Lindqvist');
    expect(data.areas).toHaveLength(3);
    expect(urls(data)).toEqual(['https://x/authored', 'https://x/linked', 'https://x/sub-area']);
    expect(data.sources.every((s) => s.articleText === undefined && s.articleHtml === undefined)).toBe(true);
    expect(data.links.map((l) => [l.sourceId, l.targetId])).toEqual([[linked.source.id, 'k1']]);
    expect(data.notes.map((x) => x.text).sort()).toEqual([
      'Free-standing insight',
      'On the linked one',
      'Sub-area note',
    ]);
    expect(data.highlights.map((h) => h.exact)).toEqual(['A quoted passage']);
    expect(data.meetings.map((m) => m.summary)).toEqual(['Call']);
    expect(data.briefings).toHaveLength(1);
  });

  it("keeps the newest area sources up to the limit, never dropping the KOL's own", async () => {
    await saveClip(
      db,
      page('https://x/own'),
      { kols: [{ targetId: 'k1', origin: 'manual' }], areas: [{ targetId: 'derm', origin: 'manual' }] },
      env,
    );
    for (let i = 0; i < 5; i++)
      await saveClip(
        db,
        page(`https://x/area-${i}`),
        { areas: [{ targetId: 'derm', origin: 'manual' }] },
        env,
      );
    const data = await loadBriefingData(db, 'k1', { areaSourceLimit: 2 });
    expect(urls(data)).toEqual(['https://x/area-3', 'https://x/area-4', 'https://x/own']);
  });

  it('fails for a KOL that is not in the list', async () => {
    await expect(loadBriefingData(db, 'nobody')).rejects.toThrow(/not in your list/);
  });
});
