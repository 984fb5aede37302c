// The database reads of the library search: what changed since a watermark, all keys, sources with their notes and highlights.
import type { Table } from 'dexie';
import type { LiaisonDb } from '../db';
import type { Highlight, Note, Source } from '../model';
import type { Stamp, Watermark } from '../search/sync-state';

/** The tables whose records feed the search (the sync state keeps a watermark under the same names). */
export type SearchedTable = 'sources' | 'notes' | 'highlights';

/** Sources, with the notes and highlights stored on them. */
export interface SourcesWithAnnotations {
  sources: Source[];
  notes: Note[];
  highlights: Highlight[];
}

function stamped(db: LiaisonDb, table: SearchedTable): Table<{ id: string; updatedAt: number }, string> {
  return db.table<{ id: string; updatedAt: number }, string>(table);
}

/** The newest `updatedAt` of sources, notes and highlights (-Infinity for an empty table): where a build's watermarks start. */
export async function readNewestStamps(db: LiaisonDb): Promise<Record<SearchedTable, number>> {
  const newest = async (table: SearchedTable): Promise<number> => {
    const [time] = await stamped(db, table).orderBy('updatedAt').reverse().limit(1).keys();
    return typeof time === 'number' ? time : -Infinity;
  };
  const [sources, notes, highlights] = await Promise.all([
    newest('sources'),
    newest('notes'),
    newest('highlights'),
  ]);
  return { sources, notes, highlights };
}

/** Ids and `updatedAt` of the records of a table written at or after the watermark, from the `updatedAt` index. */
export async function readStampsSince(
  db: LiaisonDb,
  table: SearchedTable,
  mark: Watermark,
): Promise<Stamp[]> {
  const t = stamped(db, table);
  return db.transaction('r', t, async () => {
    const [times, ids] = await Promise.all([
      t.where('updatedAt').aboveOrEqual(mark.time).keys(),
      t.where('updatedAt').aboveOrEqual(mark.time).primaryKeys(),
    ]);
    return ids.map((id, i) => ({ id, time: times[i] as number }));
  });
}

/** Every primary key of a table: compared with the index when counts say something was deleted. */
export function readAllIds(db: LiaisonDb, table: SearchedTable): Promise<string[]> {
  return stamped(db, table).toCollection().primaryKeys();
}

/** Notes or highlights by id (those that changed), as the search reads them. */
export async function readAnnotations(
  db: LiaisonDb,
  noteIds: string[],
  highlightIds: string[],
): Promise<{ notes: Note[]; highlights: Highlight[] }> {
  const [notes, highlights] = await Promise.all([
    db.notes.bulkGet(noteIds),
    db.highlights.bulkGet(highlightIds),
  ]);
  return {
    notes: notes.filter((n): n is Note => n !== undefined),
    highlights: highlights.filter((h): h is Highlight => h !== undefined),
  };
}

/** Sources by id with all their notes and highlights, read in one transaction; missing ids are left out. */
export function readSourcesWithAnnotations(db: LiaisonDb, ids: string[]): Promise<SourcesWithAnnotations> {
  return db.transaction('r', db.sources, db.notes, db.highlights, async () => {
    const [sources, notes, highlights] = await Promise.all([
      db.sources.bulkGet(ids),
      db.notes.where('sourceId').anyOf(ids).toArray(),
      db.highlights.where('sourceId').anyOf(ids).toArray(),
    ]);
    return { sources: sources.filter((s): s is Source => s !== undefined), notes, highlights };
  });
}

/** The next `limit` sources in id order after `afterId`: the whole library is read a page at a time. */
export function readSourcePage(db: LiaisonDb, afterId: string | undefined, limit: number): Promise<Source[]> {
  const range = afterId === undefined ? db.sources.orderBy(':id') : db.sources.where(':id').above(afterId);
  return range.limit(limit).toArray();
}

/** Every note and highlight: a library has far fewer of them, and far smaller, than sources. */
export async function readAllAnnotations(db: LiaisonDb): Promise<{ notes: Note[]; highlights: Highlight[] }> {
  const [notes, highlights] = await Promise.all([db.notes.toArray(), db.highlights.toArray()]);
  return { notes, highlights };
}

/** Sources by id, in the given order, skipping any deleted since the index last looked. */
export async function readSources(db: LiaisonDb, ids: string[]): Promise<Source[]> {
  return (await db.sources.bulkGet(ids)).filter((s): s is Source => s !== undefined);
}
