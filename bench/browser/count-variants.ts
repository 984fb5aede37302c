// Benchmark step: ways to count the library's sources, each timed on its own (the library page shows the total live).
import { openDatabase } from '../../lib/repo/database';
import { countSources } from '../../lib/repo/sources';

/** Milliseconds of each way to count, median of `repeats`, and the count each gave. */
export async function countVariants(params: {
  repeats: number;
}): Promise<Record<string, { ms: number; count: number }>> {
  const db = openDatabase();
  await db.open();
  const variants: Record<string, () => Promise<number>> = {
    'table count() (object store)': () => db.sources.count(),
    'capturedAt index count()': () => db.sources.orderBy('capturedAt').count(),
    'kind index count()': () => db.sources.orderBy('kind').count(),
    'primary keys read': () =>
      db.sources
        .toCollection()
        .primaryKeys()
        .then((keys) => keys.length),
    'countSources (lib/repo)': () => countSources(db),
  };
  const result: Record<string, { ms: number; count: number }> = {};
  for (const [name, count] of Object.entries(variants)) {
    const times: number[] = [];
    let counted = 0;
    for (let r = 0; r < params.repeats; r++) {
      const start = performance.now();
      counted = await count();
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    result[name] = { ms: times[Math.floor(times.length / 2)] ?? NaN, count: counted };
  }
  return result;
}
