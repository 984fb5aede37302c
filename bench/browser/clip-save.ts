// Benchmark step: saving one clip with its note and links through saveClip, against one bare Dexie add.
import { liveEnv, openDatabase } from '../../lib/repo/database';
import { saveClip } from '../../lib/repo/sources';
import { LibraryGenerator } from '../generate/library';

/** Alternates saveClip (with a note, a KOL and an area) and a bare `sources.add` of a similar record. */
export async function saveClips(params: {
  count: number;
  seed: number;
}): Promise<{ saveClip: number[]; bareAdd: number[] }> {
  const db = openDatabase();
  await db.open();
  const generator = new LibraryGenerator(params.seed);
  const timings = { saveClip: [] as number[], bareAdd: [] as number[] };
  for (let i = 0; i < params.count; i++) {
    const page = generator.extractedPage();
    const kols = [{ targetId: generator.kolIds[i % 300] as string, origin: 'manual' as const }];
    const areas = [{ targetId: generator.areaIds[i % 40] as string, origin: 'suggestion' as const }];
    let start = performance.now();
    await saveClip(db, page, { note: 'Discuss the subgroup data at the next visit.', kols, areas }, liveEnv);
    timings.saveClip.push(performance.now() - start);
    const record = generator.source();
    start = performance.now();
    await db.sources.add(record);
    timings.bareAdd.push(performance.now() - start);
  }
  return timings;
}
