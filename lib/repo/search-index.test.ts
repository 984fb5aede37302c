// The library search over the database: follows every write, from any connection, and saves, restores or rebuilds its index.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LiaisonDb } from '../db';
import type { Highlight, Note, Source } from '../model';
import { createLibrarySearch, type LibrarySearch, type LibrarySearchOptions } from './search-index';
import { deleteSource } from './sources';

let clock = 1_700_000_000_000;
const tick = () => (clock += 1000);

function source(id: string, title: string, fields: Partial<Source> = {}): Source {
  const now = tick();
  return {
    id,
    url: `https://example.org/${id}`,
    kind: 'journal-article',
    title,
    authors: [],
    nct: [],
    kolIds: [],
    areaIds: [],
    capturedAt: now,
    updatedAt: now,
    ...fields,
  };
}

function note(id: string, sourceId: string, text: string): Note {
  const now = tick();
  return { id, sourceId, text, kolIds: [], areaIds: [], createdAt: now, updatedAt: now };
}

function highlight(id: string, sourceId: string, exact: string): Highlight {
  const now = tick();
  return { id, sourceId, exact, kolIds: [], areaIds: [], createdAt: now, updatedAt: now };
}

let name: string;
let db: LiaisonDb;
const open: LibrarySearch[] = [];

function start(options: LibrarySearchOptions = {}): LibrarySearch {
  const search = createLibrarySearch(db, {
    saveDelayMs: 60_000,
    onError: (e) => {
      throw e;
    },
    ...options,
  });
  open.push(search);
  return search;
}

async function titles(search: LibrarySearch, query: string, filters = {}): Promise<string[]> {
  return (await search.search(query, filters, { limit: 20 })).results.map((r) => r.source.title);
}

/** Waits until the search reflects writes made elsewhere (the live query fires after each commit). */
async function eventually(
  search: LibrarySearch,
  query: string,
  expected: string[],
  filters = {},
): Promise<void> {
  await vi.waitFor(async () => expect(await titles(search, query, filters)).toEqual(expected), {
    timeout: 3000,
    interval: 10,
  });
}

beforeEach(() => {
  name = `search-${Math.random()}`;
  db = new LiaisonDb(name);
});
afterEach(async () => {
  for (const search of open.splice(0)) search.dispose();
  await db.delete();
});

describe('createLibrarySearch', () => {
  it('builds from the records and finds titles, notes and highlights with their highlight terms', async () => {
    await db.sources.bulkAdd([
      source('a', 'Semaglutide and weight loss'),
      source('b', 'Tirzepatide in obesity'),
    ]);
    await db.notes.add(note('n1', 'b', 'Discuss cardiovascular outcomes with Dr Okafor'));
    await db.highlights.add(highlight('h1', 'a', 'gastrointestinal events were transient'));
    const search = start();
    await search.ready;
    expect(search.info()).toMatchObject({ documents: 2, loadedFrom: 'records' });
    expect(await titles(search, 'sema')).toEqual(['Semaglutide and weight loss']);
    expect(await titles(search, 'okafor')).toEqual(['Tirzepatide in obesity']);
    expect(await titles(search, 'gastrointestinal')).toEqual(['Semaglutide and weight loss']);
    const result = await search.search('Okafor cardio', {}, { limit: 5 });
    expect(result.total).toBe(1);
    expect(result.highlightTerms).toEqual(['okafor', 'cardio']);
    expect(result.results[0]?.terms.sort()).toEqual(['cardiovascular', 'okafor']);
    expect(await titles(search, '', { hasNotes: true })).toEqual(['Tirzepatide in obesity']);
  });

  it('follows adds, updates and deletes, notes and highlights included', async () => {
    const search = start();
    await search.ready;
    const changes = vi.fn();
    search.onChange(changes);
    await db.sources.add(source('a', 'Apixaban in atrial fibrillation'));
    await eventually(search, 'apixaban', ['Apixaban in atrial fibrillation']);
    await db.sources.update('a', { title: 'Rivaroxaban in atrial fibrillation', updatedAt: tick() });
    await eventually(search, 'apixaban', []);
    await eventually(search, 'rivaroxaban', ['Rivaroxaban in atrial fibrillation']);
    await db.notes.add(note('n1', 'a', 'bleeding risk question'));
    await eventually(search, 'bleeding', ['Rivaroxaban in atrial fibrillation']);
    await db.notes.update('n1', { text: 'renal dosing question', updatedAt: tick() });
    await eventually(search, 'bleeding', []);
    await eventually(search, 'renal', ['Rivaroxaban in atrial fibrillation']);
    await db.notes.delete('n1');
    await eventually(search, 'renal', []);
    await eventually(search, '', [], { hasNotes: true });
    await db.highlights.add(highlight('h1', 'a', 'stroke prevention'));
    await eventually(search, 'stroke', ['Rivaroxaban in atrial fibrillation']);
    await deleteSource(db, 'a');
    await vi.waitFor(() => expect(search.info().documents).toBe(0), { timeout: 3000, interval: 10 });
    expect((await search.search('stroke')).total).toBe(0);
    expect(changes).toHaveBeenCalled();
  });

  it('sees writes made through another connection to the same database, as the popup and background make them', async () => {
    await db.sources.add(source('a', 'Dupilumab for atopic dermatitis'));
    const search = start();
    await search.ready;
    const elsewhere = new LiaisonDb(name);
    try {
      await elsewhere.sources.add(source('b', 'Tralokinumab for atopic dermatitis', { kolIds: ['k1'] }));
      await eventually(search, 'atopic', [
        'Tralokinumab for atopic dermatitis',
        'Dupilumab for atopic dermatitis',
      ]);
      await eventually(search, 'atopic', ['Tralokinumab for atopic dermatitis'], { kolIds: ['k1'] });
      await elsewhere.sources.delete('a');
      await vi.waitFor(() => expect(search.info().documents).toBe(1), { timeout: 3000, interval: 10 });
      expect(await titles(search, 'atopic')).toEqual(['Tralokinumab for atopic dermatitis']);
      await elsewhere.sources.put(source('b', 'Lebrikizumab for atopic dermatitis', { capturedAt: 1 }));
      await eventually(search, 'atopic', ['Lebrikizumab for atopic dermatitis']);
      await eventually(search, 'atopic', [], { kolIds: ['k1'] });
    } finally {
      elsewhere.close();
    }
  });

  it('catches up after bulk writes, which Dexie reports as whole ranges rather than ids', async () => {
    const search = start();
    await search.ready;
    const elsewhere = new LiaisonDb(name);
    try {
      const many = Array.from({ length: 60 }, (_, i) => source(`bulk-${i}`, `Vedolizumab study ${i}`));
      await elsewhere.sources.bulkAdd(many);
      await vi.waitFor(() => expect(search.info().documents).toBe(60), { timeout: 3000, interval: 10 });
      expect((await search.search('vedolizumab', {}, { limit: 5 })).total).toBe(60);
      await elsewhere.sources.bulkDelete(many.slice(0, 55).map((s) => s.id));
      await vi.waitFor(() => expect(search.info().documents).toBe(5), { timeout: 3000, interval: 10 });
    } finally {
      elsewhere.close();
    }
  });

  it('rebuilds when the saved index is cleared, as an import does after writing records with old stamps', async () => {
    await db.sources.add(source('a', 'Ravulizumab in generalized myasthenia'));
    const search = start();
    await search.ready;
    const changes = vi.fn();
    search.onChange(changes);
    const old = { ...source('a', 'Zilucoplan in generalized myasthenia'), updatedAt: 1 };
    await db.transaction('rw', db.sources, db.searchIndexes, async () => {
      await db.sources.bulkPut([
        old,
        ...Array.from({ length: 60 }, (_, i) => ({ ...source(`imp-${i}`, `Imported ${i}`), updatedAt: 1 })),
      ]);
      await db.searchIndexes.clear();
    });
    await vi.waitFor(() => expect(changes).toHaveBeenCalled(), { timeout: 3000, interval: 10 });
    await search.settled();
    expect(search.info().documents).toBe(61);
    expect((await search.search('zilucoplan')).total).toBe(1);
    expect((await search.search('ravulizumab')).total).toBe(0);
  });

  it('saves the index and starts from the saved copy, catching up with what changed meanwhile', async () => {
    await db.sources.bulkAdd([
      source('a', 'Ocrelizumab in multiple sclerosis'),
      source('b', 'Ofatumumab in multiple sclerosis'),
    ]);
    await db.notes.add(note('n1', 'b', 'relapse rate slide'));
    const first = start();
    await first.saveNow();
    first.dispose();
    await db.sources.add(source('c', 'Ublituximab in multiple sclerosis'));
    await db.notes.update('n1', { text: 'infusion reactions slide', updatedAt: tick() });
    const second = start();
    await second.ready;
    expect(second.info()).toMatchObject({ documents: 3, loadedFrom: 'saved copy' });
    expect(await titles(second, 'sclerosis')).toHaveLength(3);
    expect(await titles(second, 'relapse')).toEqual([]);
    expect(await titles(second, 'infusion')).toEqual(['Ofatumumab in multiple sclerosis']);
  });

  it('keeps removals made before the page closed without saving, and drops sources deleted unseen when a search meets them', async () => {
    await db.sources.bulkAdd([
      source('a', 'Eculizumab in myasthenia gravis'),
      source('b', 'Efgartigimod in myasthenia gravis'),
      source('c', 'Rozanolixizumab in myasthenia gravis'),
    ]);
    const first = start();
    await first.saveNow();
    await deleteSource(db, 'a');
    await vi.waitFor(() => expect(first.info().documents).toBe(2), { timeout: 3000, interval: 10 });
    await first.settled();
    first.dispose();
    await db.sources.delete('b'); // no page listening: nothing records it
    const second = start();
    await second.ready;
    expect(second.info().documents).toBe(2);
    const found = await second.search('myasthenia', {}, { limit: 10 });
    expect(found.results.map((r) => r.source.title)).toEqual(['Rozanolixizumab in myasthenia gravis']);
    expect(found.total).toBe(1);
    expect(second.info().documents).toBe(1);
  });

  it('rebuilds when asked not to persist, or when the saved copy is unreadable', async () => {
    await db.sources.add(source('a', 'Nusinersen in spinal muscular atrophy'));
    await db.searchIndexes.put({
      id: 'library',
      savedAt: 0,
      index: { format: -1 } as never,
      sync: {} as never,
    });
    const search = start();
    await search.ready;
    expect(search.info().loadedFrom).toBe('records');
    expect(await titles(search, 'spinal')).toEqual(['Nusinersen in spinal muscular atrophy']);
    const transient = start({ persist: false });
    await transient.ready;
    expect(transient.info().loadedFrom).toBe('records');
  });
});
