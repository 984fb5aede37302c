// Benchmark steps for keeping the index current: one page writes as the popup would, the library page times until its index has it.
import { liveEnv, openDatabase } from '../../lib/repo/database';
import { deleteSource, saveClip } from '../../lib/repo/sources';
import { LibraryGenerator } from '../generate/library';
import { openedSearch } from './library-open';

const now = (): number => performance.timeOrigin + performance.now();
const changes: number[] = [];

/** In the library page: records when the search reports that writes reached its index. */
export function watchChanges(): void {
  openedSearch().onChange(() => changes.push(now()));
}

/** In the library page: the first change reported after `after` (epoch ms), waiting up to `timeoutMs`. */
export async function awaitChange(params: {
  after: number;
  timeoutMs: number;
}): Promise<{ at: number | null }> {
  const deadline = performance.now() + params.timeoutMs;
  for (;;) {
    const at = changes.find((t) => t >= params.after);
    if (at !== undefined) return { at };
    if (performance.now() > deadline) return { at: null };
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
}

/** In the library page: how many sources a query finds now, to check that the write really arrived. */
export async function countMatches(params: { query: string }): Promise<number> {
  return (await openedSearch().search(params.query, {}, { limit: 1 })).total;
}

let generator: LibraryGenerator | undefined;
const written = new Map<string, { id: string; page: ReturnType<LibraryGenerator['extractedPage']> }>();

/**
 * In another page (as the popup or background would): clips a new page with a unique word in its title,
 * clips it again with a note (an update), or deletes it, through lib/repo; returns when the write committed.
 */
export async function writeChange(params: {
  op: 'add' | 'update' | 'delete';
  token: string;
}): Promise<{ startedAt: number; committedAt: number }> {
  const db = openDatabase();
  generator ??= new LibraryGenerator(99);
  const startedAt = now();
  if (params.op === 'add') {
    const page = { ...generator.extractedPage(), title: `Benchmark clip ${params.token}` };
    const { source } = await saveClip(db, page, {}, liveEnv);
    written.set(params.token, { id: source.id, page });
  } else {
    const entry = written.get(params.token);
    if (!entry) throw new Error(`Nothing written for ${params.token}`);
    if (params.op === 'update') await saveClip(db, entry.page, { note: `Note ${params.token}x` }, liveEnv);
    else await deleteSource(db, entry.id);
  }
  return { startedAt, committedAt: now() };
}
