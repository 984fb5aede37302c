// Saving clips: one source per work, recognised by DOI, PMCID, PMID or URL, page fields bounded; listing and deleting.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LiaisonDb } from '../db';
import type { ExtractedPage } from '../model';
import { saveHighlight } from './highlights';
import { deleteSource, findExistingSource, getSourceAnnotations, listSources, saveClip } from './sources';

function testEnv(start = 1_700_000_000_000) {
  let t = start;
  let n = 0;
  return { now: () => (t += 1000), newId: () => `id-${++n}` };
}

function page(overrides: Partial<ExtractedPage> = {}): ExtractedPage {
  return {
    url: 'https://journal.example/article/1',
    kind: 'journal-article',
    title: 'Pembrolizumab in PD-L1 positive NSCLC',
    authors: [{ name: 'Jane A. Smith', affiliations: ['Mayo Clinic'] }],
    nct: ['NCT01234567'],
    doi: '10.1000/ABC.123',
    hasArticle: true,
    warnings: [],
    ...overrides,
  };
}

let db: LiaisonDb;
beforeEach(() => {
  db = new LiaisonDb(`test-${Math.random()}`);
});
afterEach(async () => {
  await db.delete();
});

describe('saveClip', () => {
  it('stores a new source and its note in one go, DOI lower-cased', async () => {
    const env = testEnv();
    const { source, created } = await saveClip(db, page(), { note: '  Key OS data  ' }, env);
    expect(created).toBe(true);
    expect(source.doi).toBe('10.1000/abc.123');
    const { notes } = await getSourceAnnotations(db, source.id);
    expect(notes.map((n) => n.text)).toEqual(['Key OS data']);
  });

  it('recognises the same work by DOI from another page and merges instead of duplicating', async () => {
    const env = testEnv();
    const first = await saveClip(
      db,
      page({ pmid: undefined, journal: undefined }),
      { kols: [{ targetId: 'k1', origin: 'manual' }] },
      env,
    );
    const second = await saveClip(
      db,
      page({ url: 'https://pubmed.example/999', doi: '10.1000/abc.123', pmid: '999', journal: 'Lancet' }),
      {},
      env,
    );
    expect(second.created).toBe(false);
    expect(second.source.id).toBe(first.source.id);
    expect(second.source.pmid).toBe('999');
    expect(second.source.journal).toBe('Lancet');
    expect(second.source.kolIds).toEqual(['k1']);
    expect(await db.sources.count()).toBe(1);
  });

  it('recognises a PMC copy of a work clipped from its journal by PMCID', async () => {
    const env = testEnv();
    await saveClip(db, page({ doi: undefined, pmcid: 'PMC1234567' }), {}, env);
    const again = await saveClip(
      db,
      page({ url: 'https://pmc.example/articles/PMC1234567/', doi: undefined, pmcid: 'PMC1234567' }),
      {},
      env,
    );
    expect(again.created).toBe(false);
  });

  it('finds an existing source by canonical URL and by PMID', async () => {
    const env = testEnv();
    await saveClip(
      db,
      page({ canonicalUrl: 'https://journal.example/canon', doi: undefined, pmid: '42' }),
      {},
      env,
    );
    expect(await findExistingSource(db, { url: 'https://journal.example/canon' })).toBeDefined();
    expect(await findExistingSource(db, { url: 'https://elsewhere.example', pmid: '42' })).toBeDefined();
    expect(await findExistingSource(db, { url: 'https://elsewhere.example', pmid: '43' })).toBeUndefined();
  });

  it('bounds oversized and mistyped fields from the page', async () => {
    const hostile = page({
      title: 'x'.repeat(10_000),
      year: 99999,
      authors: [{ name: '' } as never, 'bad' as never],
    });
    const { source } = await saveClip(db, hostile, {}, testEnv());
    expect(source.title.length).toBe(2000);
    expect(source.year).toBeUndefined();
    expect(source.authors).toEqual([]);
  });

  it('stores the structured abstract, keywords, congress and field sources, and bounds each from the page', async () => {
    const { source } = await saveClip(
      db,
      page({
        abstract: {
          text: 'Why. What.',
          sections: [{ label: 'Background', text: 'Why.' }, { text: 'What.' }],
        },
        keywords: ['psoriasis', 'k'.repeat(500)],
        congress: { name: 'ESMO Congress 2024', year: 2024, abstractNumber: '1283MO' },
        fieldSources: { doi: 'citation', title: 'site' },
        volume: '390',
        pmcid: 'PMC11234567',
      }),
      {},
      testEnv(),
    );
    expect(source.abstract).toEqual({
      text: 'Why. What.',
      sections: [{ label: 'Background', text: 'Why.' }, { text: 'What.' }],
    });
    expect(source.keywords).toEqual(['psoriasis', 'k'.repeat(200)]);
    expect(source.congress).toEqual({ name: 'ESMO Congress 2024', year: 2024, abstractNumber: '1283MO' });
    expect(source.fieldSources).toEqual({ doi: 'citation', title: 'site' });
    expect(source).toMatchObject({ volume: '390', pmcid: 'PMC11234567' });

    const hostile = page({
      url: 'https://journal.example/article/2',
      doi: undefined,
      abstract: {
        text: 'x'.repeat(50_000),
        sections: ['bad', { text: 'y'.repeat(50_000), label: 7 }],
      } as never,
      keywords: 'not a list' as never,
      congress: { name: '', abstractNumber: 'LBA1' } as never,
      fieldSources: { doi: 'somewhere', '<img src=x>': 'site', title: 'og' } as never,
      volume: 12 as never,
    });
    const { source: bounded } = await saveClip(db, hostile, {}, testEnv());
    expect(bounded.abstract?.text.length).toBe(20_000);
    expect(bounded.abstract?.sections).toEqual([{ text: 'y'.repeat(20_000) }]);
    expect(bounded.keywords).toBeUndefined();
    expect(bounded.congress).toBeUndefined();
    expect(bounded.fieldSources).toEqual({ title: 'og' });
    expect(bounded.volume).toBeUndefined();
  });

  it('upgrades a bookmark to an article when the page is clipped again', async () => {
    const env = testEnv();
    await saveClip(db, page({ kind: 'bookmark', hasArticle: false }), {}, env);
    const { source } = await saveClip(db, page(), {}, env);
    expect(source.kind).toBe('journal-article');
  });
});

describe('listing and deleting', () => {
  it('lists newest first and pages', async () => {
    const env = testEnv();
    for (let i = 0; i < 5; i++)
      await saveClip(db, page({ url: `https://x.example/${i}`, doi: undefined }), {}, env);
    const firstPage = await listSources(db, 0, 2);
    expect(firstPage.map((s) => s.url)).toEqual(['https://x.example/4', 'https://x.example/3']);
    expect((await listSources(db, 4, 2)).map((s) => s.url)).toEqual(['https://x.example/0']);
  });

  it('deletes a source together with its notes and highlights', async () => {
    const env = testEnv();
    const { source } = await saveClip(db, page(), { note: 'n' }, env);
    await saveHighlight(
      db,
      source.id,
      { exact: 'OS benefit held', prefix: '', suffix: '', start: 0, end: 15 },
      {},
      env,
    );
    await deleteSource(db, source.id);
    expect(await db.sources.count()).toBe(0);
    expect(await db.notes.count()).toBe(0);
    expect(await db.highlights.count()).toBe(0);
  });
});
