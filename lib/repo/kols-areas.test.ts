// KOLs, therapeutic areas and links: validation, area trees without cycles, and deletions that unlink everywhere.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LiaisonDb } from '../db';
import type { ExtractedPage } from '../model';
import { deleteArea, saveArea, toAreaTree, withDescendants } from './areas';
import { validateKol } from '../kol-input';
import { deleteKol, saveKol, type KolInput } from './kols';
import { getSourceLinks, setSourceLinks } from './links';
import { annotateSource, findExistingSource, saveClip } from './sources';

let db: LiaisonDb;
let n = 0;
const env = { now: () => 1_700_000_000_000 + n * 1000, newId: () => `id-${++n}` };
const kolInput = (overrides: Partial<KolInput> = {}): KolInput => ({
  name: 'Jane A. Smith',
  nameVariants: [],
  areaIds: [],
  ...overrides,
});
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
  db = new LiaisonDb(`kols-${Math.random()}`);
});
afterEach(() => db.delete());

describe('KOLs', () => {
  it('validates ORCID and NPI with their check digits and tidies fields', () => {
    const { kol, errors } = validateKol(
      kolInput({
        orcid: 'https://orcid.org/0000-0002-1825-0097',
        npi: '1234567890',
        nameVariants: [' Smith JA ', 'Smith JA', ''],
      }),
    );
    expect(kol.orcid).toBe('0000-0002-1825-0097');
    expect(kol.nameVariants).toEqual(['Smith JA']);
    expect(errors).toEqual([{ field: 'npi', message: expect.stringMatching(/not a valid NPI/) }]);
    expect(validateKol(kolInput({ name: '  ' })).errors[0]?.field).toBe('name');
  });

  it('refuses to store an invalid KOL and stores a valid one', async () => {
    await expect(saveKol(db, kolInput({ orcid: '0000-0002-1825-0098' }), env)).rejects.toThrow(/ORCID/);
    const kol = await saveKol(db, kolInput(), env);
    const updated = await saveKol(db, kolInput({ institution: 'Mayo Clinic' }), env, kol.id);
    expect(updated).toMatchObject({ id: kol.id, createdAt: kol.createdAt, institution: 'Mayo Clinic' });
    expect(await db.kols.count()).toBe(1);
  });

  it('deleting a KOL removes it from sources, notes and links, and keeps the sources', async () => {
    const kol = await saveKol(db, kolInput(), env);
    const { source } = await saveClip(
      db,
      page,
      { note: 'n', kols: [{ targetId: kol.id, origin: 'author-match', position: 'first' }] },
      env,
    );
    expect(await getSourceLinks(db, source.id)).toMatchObject([
      { target: 'kol', targetId: kol.id, origin: 'author-match', position: 'first' },
    ]);
    await deleteKol(db, kol.id, env);
    expect((await db.sources.get(source.id))?.kolIds).toEqual([]);
    expect((await db.notes.toArray())[0]?.kolIds).toEqual([]);
    expect(await db.links.count()).toBe(0);
  });
});

describe('therapeutic areas', () => {
  it('nests areas and lists them as a tree with paths', async () => {
    const onc = await saveArea(db, { name: 'Oncology', keywords: ['cancer'] }, env);
    const lung = await saveArea(db, { name: 'Lung cancer', parentId: onc.id, keywords: [] }, env);
    await saveArea(db, { name: 'NSCLC', parentId: lung.id, keywords: ['non-small cell'] }, env);
    await saveArea(db, { name: 'Cardiology', keywords: [] }, env);
    const tree = toAreaTree(await db.areas.toArray());
    expect(tree.map((t) => [t.path, t.depth])).toEqual([
      ['Cardiology', 0],
      ['Oncology', 0],
      ['Oncology › Lung cancer', 1],
      ['Oncology › Lung cancer › NSCLC', 2],
    ]);
    expect(withDescendants(await db.areas.toArray(), onc.id)).toHaveLength(3);
  });

  it('refuses a cycle and a missing name', async () => {
    const onc = await saveArea(db, { name: 'Oncology', keywords: [] }, env);
    const lung = await saveArea(db, { name: 'Lung', parentId: onc.id, keywords: [] }, env);
    await expect(
      saveArea(db, { name: 'Oncology', parentId: lung.id, keywords: [] }, env, onc.id),
    ).rejects.toThrow(/inside itself/);
    await expect(saveArea(db, { name: ' ', keywords: [] }, env)).rejects.toThrow(/name/);
  });

  it('deleting an area moves its children up and unlinks it everywhere', async () => {
    const onc = await saveArea(db, { name: 'Oncology', keywords: [] }, env);
    const lung = await saveArea(db, { name: 'Lung', parentId: onc.id, keywords: [] }, env);
    const kol = await saveKol(db, kolInput({ areaIds: [onc.id] }), env);
    const { source } = await saveClip(db, page, { areas: [{ targetId: onc.id, origin: 'manual' }] }, env);
    await deleteArea(db, onc.id, env);
    expect((await db.areas.get(lung.id))?.parentId).toBeUndefined();
    expect((await db.kols.get(kol.id))?.areaIds).toEqual([]);
    expect((await db.sources.get(source.id))?.areaIds).toEqual([]);
  });
});

describe('links', () => {
  it('keeps the first record of a link when linked again, and replaces the set on edit', async () => {
    const first = await saveClip(
      db,
      page,
      { kols: [{ targetId: 'k1', origin: 'suggestion', position: 'last' }] },
      env,
    );
    await saveClip(
      db,
      page,
      {
        kols: [
          { targetId: 'k1', origin: 'manual' },
          { targetId: 'k2', origin: 'manual' },
        ],
      },
      env,
    );
    const links = await getSourceLinks(db, first.source.id);
    expect(links.map((l) => [l.targetId, l.origin])).toEqual([
      ['k1', 'suggestion'],
      ['k2', 'manual'],
    ]);
    await setSourceLinks(
      db,
      first.source.id,
      [{ targetId: 'k2', origin: 'manual' }],
      [{ targetId: 'a1', origin: 'manual' }],
      env,
    );
    expect(await db.sources.get(first.source.id)).toMatchObject({ kolIds: ['k2'], areaIds: ['a1'] });
    expect((await getSourceLinks(db, first.source.id)).map((l) => l.targetId).sort()).toEqual(['a1', 'k2']);
  });

  it('recognises a registry record by its NCT id, but not a paper that cites the trial', async () => {
    await saveClip(
      db,
      { ...page, url: 'https://ct.example/NCT01234567', kind: 'trial-registry', nct: ['NCT01234567'] },
      {},
      env,
    );
    expect(
      await findExistingSource(db, {
        url: 'https://other.example',
        kind: 'trial-registry',
        nct: ['NCT01234567'],
      }),
    ).toBeDefined();
    expect(
      await findExistingSource(db, {
        url: 'https://other.example',
        kind: 'journal-article',
        nct: ['NCT01234567'],
      }),
    ).toBeUndefined();
  });

  it('adds links and a categorised note to a source already in the library', async () => {
    const { source } = await saveClip(db, page, {}, env);
    await annotateSource(
      db,
      source.id,
      {
        note: 'Sees no benefit in PD-L1 < 1%',
        noteCategory: 'perception-of-data',
        kols: [{ targetId: 'k9', origin: 'suggestion', position: 'last' }],
      },
      env,
    );
    expect((await db.sources.get(source.id))?.kolIds).toEqual(['k9']);
    expect(await db.notes.toArray()).toMatchObject([
      { text: 'Sees no benefit in PD-L1 < 1%', category: 'perception-of-data', kolIds: ['k9'] },
    ]);
    await expect(annotateSource(db, 'gone', { note: 'x' }, env)).rejects.toThrow(/no longer in the library/);
  });
});
