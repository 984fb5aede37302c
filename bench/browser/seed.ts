// Benchmark steps that empty the database and fill it with a generated library, as the real IndexedDB stores it.
import { Dexie } from 'dexie';
import { openDatabase } from '../../lib/repo/database';
import { LibraryGenerator } from '../generate/library';

/** Deletes the extension's database in this origin, so that each library size starts empty. */
export async function reset(): Promise<{ ms: number }> {
  const start = performance.now();
  const db = openDatabase();
  db.close();
  await Dexie.delete(db.name);
  return { ms: performance.now() - start };
}

/** What seeding wrote and how fast: the bulkAdd rate is a reference for imports. */
export interface SeedResult {
  sources: number;
  notes: number;
  highlights: number;
  fullTexts: number;
  megabytes: number;
  ms: number;
  sourcesPerSecond: number;
}

/** Generates `size` sources with the seed (a tenth with full text unless told) and stores them with bulkAdd, a batch at a time. */
export async function seed(params: {
  size: number;
  seed: number;
  fullTextShare?: number;
}): Promise<SeedResult> {
  const db = openDatabase();
  await db.open();
  const generator = new LibraryGenerator(params.seed, params.fullTextShare);
  const result = { sources: 0, notes: 0, highlights: 0, fullTexts: 0, megabytes: 0 };
  let storing = 0;
  const BATCH = 1000;
  while (result.sources < params.size) {
    const batch = generator.batch(Math.min(BATCH, params.size - result.sources));
    result.sources += batch.sources.length;
    result.notes += batch.notes.length;
    result.highlights += batch.highlights.length;
    for (const source of batch.sources) {
      if (source.articleText) result.fullTexts++;
      result.megabytes += JSON.stringify(source).length / 1e6;
    }
    const start = performance.now();
    await db.transaction('rw', db.sources, db.notes, db.highlights, async () => {
      await db.sources.bulkAdd(batch.sources);
      await db.notes.bulkAdd(batch.notes);
      await db.highlights.bulkAdd(batch.highlights);
    });
    storing += performance.now() - start;
  }
  return { ...result, ms: storing, sourcesPerSecond: (result.sources / storing) * 1000 };
}
