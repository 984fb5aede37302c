// Highlights in the database: what is stored and bounded, clipping and highlighting at once, editing, deleting, cascades.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LiaisonDb } from '../db';
import type { ExtractedPage } from '../model';
import {
  clipAndHighlight,
  deleteHighlight,
  listHighlights,
  saveHighlight,
  updateHighlight,
} from './highlights';
import { deleteSource, saveClip } from './sources';

let db: LiaisonDb;
let n = 0;
const env = { now: () => 1_700_000_000_000 + ++n, newId: () => `id-${++n}` };
const page: ExtractedPage = {
  url: 'https://j.example/1',
  kind: 'journal-article',
  title: 'Trial',
  authors: [],
  nct: [],
  hasArticle: true,
  warnings: [],
};
const selectors = {
  exact: 'OS benefit held in the PD-L1 < 1% subgroup',
  prefix: 'In the final analysis, ',
  suffix: ' (HR 0.78).',
  start: 1200,
  end: 1242,
};

beforeEach(() => {
  db = new LiaisonDb(`highlights-${Math.random()}`);
});
afterEach(() => db.delete());

describe('highlights', () => {
  it('stores the selectors, note, category and links, and links the source to the same KOL and area', async () => {
    const { source } = await saveClip(db, page, {}, env);
    const saved = await saveHighlight(
      db,
      source.id,
      selectors,
      {
        note: '  Ask Dr Smith about this subgroup ',
        category: 'perception-of-data',
        kols: [{ targetId: 'kol-1', origin: 'manual' }],
        areas: [{ targetId: 'area-1', origin: 'manual' }],
      },
      env,
    );
    expect(await db.highlights.get(saved.id)).toMatchObject({
      sourceId: source.id,
      ...selectors,
      note: 'Ask Dr Smith about this subgroup',
      category: 'perception-of-data',
      kolIds: ['kol-1'],
      areaIds: ['area-1'],
    });
    const linked = await db.sources.get(source.id);
    expect(linked).toMatchObject({ kolIds: ['kol-1'], areaIds: ['area-1'] });
    expect(await db.links.where('sourceId').equals(source.id).count()).toBe(2);
  });

  it('bounds what a page sent: context of 64 characters at most, no position unless it is a valid span, no empty passage', async () => {
    const { source } = await saveClip(db, page, {}, env);
    const saved = await saveHighlight(
      db,
      source.id,
      { exact: 'x', prefix: 'p'.repeat(500), suffix: 's'.repeat(500), start: 9, end: 3 },
      {},
      env,
    );
    expect(saved.prefix).toHaveLength(64);
    expect(saved.suffix).toHaveLength(64);
    expect(saved.start).toBeUndefined();
    expect(saved.note).toBeUndefined();
    await expect(saveHighlight(db, source.id, { exact: '   ' }, {}, env)).rejects.toThrow(/Select some text/);
    await expect(saveHighlight(db, 'no-such-source', selectors, {}, env)).rejects.toThrow(
      /no longer in the library/,
    );
    // A note over the limit is refused whole, never cut: the user shortens it.
    await expect(saveHighlight(db, source.id, selectors, { note: 'n'.repeat(20_001) }, env)).rejects.toThrow(
      /20,001 characters long; the limit is 20,000/,
    );
    await expect(
      updateHighlight(db, saved.id, { note: 'n'.repeat(20_001), kolIds: [], areaIds: [] }, env),
    ).rejects.toThrow(/limit is 20,000/);
    expect((await listHighlights(db, source.id)).length).toBe(1);
  });

  it('clips a new page and highlights it in one go, and reuses the source of a page already in the library', async () => {
    const first = await clipAndHighlight(db, page, selectors, { note: 'one' }, env);
    const second = await clipAndHighlight(
      db,
      { ...page, title: 'Trial (updated)' },
      { ...selectors, exact: 'another passage', start: 10, end: 25 },
      {},
      env,
    );
    expect(first.created).toBe(true);
    expect(second.created).toBe(false);
    expect(second.source.id).toBe(first.source.id);
    expect(await db.sources.count()).toBe(1);
    expect((await listHighlights(db, first.source.id)).length).toBe(2);
  });

  it('lists by source in the order they were made, updates note and links, deletes one, and goes with its source', async () => {
    const { source } = await saveClip(db, page, {}, env);
    const other = await saveClip(db, { ...page, url: 'https://j.example/2' }, {}, env);
    const a = await saveHighlight(db, source.id, selectors, {}, env);
    const b = await saveHighlight(db, source.id, { ...selectors, exact: 'second' }, {}, env);
    await saveHighlight(db, other.source.id, selectors, {}, env);
    expect((await listHighlights(db, source.id)).map((h) => h.id)).toEqual([a.id, b.id]);

    await updateHighlight(
      db,
      a.id,
      { note: ' Key for the ad board ', category: 'unmet-need', kolIds: ['k', 'k'], areaIds: ['t'] },
      env,
    );
    expect(await db.highlights.get(a.id)).toMatchObject({
      note: 'Key for the ad board',
      category: 'unmet-need',
      kolIds: ['k'],
      areaIds: ['t'],
      exact: selectors.exact,
    });
    await updateHighlight(db, a.id, { note: '  ', kolIds: [], areaIds: [] }, env);
    expect((await db.highlights.get(a.id))?.note).toBeUndefined();

    await deleteHighlight(db, b.id);
    expect((await listHighlights(db, source.id)).map((h) => h.id)).toEqual([a.id]);
    await expect(updateHighlight(db, b.id, { note: 'x', kolIds: [], areaIds: [] }, env)).rejects.toThrow(
      /no longer exists/,
    );

    await deleteSource(db, source.id);
    expect((await listHighlights(db, source.id)).length).toBe(0);
    expect((await listHighlights(db, other.source.id)).length).toBe(1);
  });
});
