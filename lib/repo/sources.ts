// Reads and writes clipped sources, with their notes and highlights, in single transactions.
import type { LiaisonDb } from '../db';
import type { ExtractedPage, Highlight, InsightCategory, Note, RepoEnv, Source } from '../model';
import { familyKeys } from '../match/kol-match';
import { addLinksInTransaction, type LinkChoice } from './links';
import { mergeSourceFields } from './source-record';
import { toStoredFields, type StoredFields } from './stored-fields';
import { assertFits, TEXT_LIMITS } from '../text-limits';

/** What identifies a work across pages: any one match means "already in the library". */
export type SourceKeys = Pick<Source, 'url' | 'canonicalUrl' | 'doi' | 'pmid' | 'pmcid'> &
  Partial<Pick<Source, 'kind' | 'nct'>>;

/** What the user adds to a clip at save time. */
export interface ClipAdditions {
  note?: string;
  noteCategory?: InsightCategory;
  kols?: LinkChoice[];
  areas?: LinkChoice[];
}

/** The outcome of a save: the stored source and whether it was new. */
export interface SaveResult {
  source: Source;
  created: boolean;
  /** The note written with the clip, when there was one. */
  noteId?: string;
}

/** A page is the same work as a stored source when URL, canonical URL, DOI, PMID, PMCID or (registries) NCT id match. */
export async function findExistingSource(db: LiaisonDb, keys: SourceKeys): Promise<Source | undefined> {
  const urls = [...new Set([keys.url, keys.canonicalUrl].filter((u): u is string => !!u))];
  const none = Promise.resolve(undefined);
  // All lookups are issued at once in one read transaction (IndexedDB pipelines them), then the first match
  // in order of precedence wins: one round trip instead of up to six.
  const found = await db.transaction('r', db.sources, () =>
    Promise.all([
      db.sources.where('url').anyOf(urls).first(),
      db.sources.where('canonicalUrl').anyOf(urls).first(),
      keys.doi ? db.sources.where('doi').equals(keys.doi.toLowerCase()).first() : none,
      keys.pmid ? db.sources.where('pmid').equals(keys.pmid).first() : none,
      keys.pmcid ? db.sources.where('pmcid').equals(keys.pmcid).first() : none,
      // A registry record is the same study as another registry page of its NCT id; a paper citing it is not.
      keys.kind === 'trial-registry' && keys.nct?.length
        ? db.sources
            .where('nct')
            .anyOf(keys.nct)
            .and((s) => s.kind === 'trial-registry')
            .first()
        : none,
    ]),
  );
  return found.find((source) => source !== undefined);
}

/**
 * Stores a clipped page with the user's note and links in one transaction. A page that is already in
 * the library is merged into the existing source, which keeps its links and notes.
 */
export async function saveClip(
  db: LiaisonDb,
  page: ExtractedPage,
  additions: ClipAdditions,
  env: RepoEnv,
): Promise<SaveResult> {
  assertNoteFits(additions);
  // Before the transaction: the HTML gate may load code, and IndexedDB commits a transaction left waiting.
  return storeClip(db, await toStoredFields(page), additions, env);
}

/** saveClip's writes, for a caller that gated the page's fields before opening its own transaction. */
export function storeClip(
  db: LiaisonDb,
  fields: StoredFields,
  additions: ClipAdditions,
  env: RepoEnv,
): Promise<SaveResult> {
  assertNoteFits(additions);
  return db.transaction('rw', db.sources, db.notes, db.links, async () => {
    const now = env.now();
    const existing = await findExistingSource(db, fields);
    let source: Source;
    if (existing) {
      source = mergeSourceFields(existing, fields);
      if (existing.kind === 'bookmark' && fields.kind !== 'bookmark') source.kind = fields.kind;
      source.updatedAt = now;
    } else {
      source = { ...fields, id: env.newId(), kolIds: [], areaIds: [], capturedAt: now, updatedAt: now };
    }
    const kols = additions.kols ?? [];
    const areas = additions.areas ?? [];
    source.authorKeys = familyKeys(source.authors);
    source = await addLinksInTransaction(db, source, kols, areas, now);
    await db.sources.put(source);
    const noteId = await addNoteInTransaction(db, source.id, additions, now, env);
    return { source, created: !existing, ...(noteId ? { noteId } : {}) };
  });
}

/** Refuses a note over the length limit before anything is written: the user shortens it, nothing is cut. */
function assertNoteFits(additions: ClipAdditions): void {
  assertFits(additions.note?.trim() ?? '', TEXT_LIMITS.note, 'This note');
}

/** Writes the user's note, with its category and links, inside the caller's transaction. */
async function addNoteInTransaction(
  db: LiaisonDb,
  sourceId: string,
  additions: ClipAdditions,
  now: number,
  env: RepoEnv,
): Promise<string | undefined> {
  const text = additions.note?.trim();
  if (!text) return undefined;
  const note: Note = {
    id: env.newId(),
    sourceId,
    text,
    ...(additions.noteCategory ? { category: additions.noteCategory } : {}),
    kolIds: (additions.kols ?? []).map((k) => k.targetId),
    areaIds: (additions.areas ?? []).map((a) => a.targetId),
    createdAt: now,
    updatedAt: now,
  };
  await db.notes.add(note);
  return note.id;
}

/** One page of the library, newest clip first. */
export function listSources(db: LiaisonDb, offset: number, limit: number): Promise<Source[]> {
  return db.sources.orderBy('capturedAt').reverse().offset(offset).limit(limit).toArray();
}

/** How many sources the library holds. */
export function countSources(db: LiaisonDb): Promise<number> {
  return db.sources.count();
}

/** One source by id. */
export function getSource(db: LiaisonDb, id: string): Promise<Source | undefined> {
  return db.sources.get(id);
}

/** The notes and highlights stored on a source, oldest first. */
export async function getSourceAnnotations(
  db: LiaisonDb,
  sourceId: string,
): Promise<{ notes: Note[]; highlights: Highlight[] }> {
  const [notes, highlights] = await Promise.all([
    db.notes.where('sourceId').equals(sourceId).sortBy('createdAt'),
    db.highlights.where('sourceId').equals(sourceId).sortBy('createdAt'),
  ]);
  return { notes, highlights };
}

/** Deletes a source with its notes, highlights and links, all or nothing. */
export async function deleteSource(db: LiaisonDb, id: string): Promise<void> {
  await db.transaction('rw', [db.sources, db.notes, db.highlights, db.links], async () => {
    await db.links.where('sourceId').equals(id).delete();
    await db.notes.where('sourceId').equals(id).delete();
    await db.highlights.where('sourceId').equals(id).delete();
    await db.sources.delete(id);
  });
}

/** Adds links and a note to a source already in the library, in one transaction. */
export async function annotateSource(
  db: LiaisonDb,
  sourceId: string,
  additions: ClipAdditions,
  env: RepoEnv,
): Promise<SaveResult> {
  assertNoteFits(additions);
  return db.transaction('rw', db.sources, db.notes, db.links, async () => {
    const stored = await db.sources.get(sourceId);
    if (!stored) throw new Error('This source is no longer in the library.');
    const now = env.now();
    const kols = additions.kols ?? [];
    const areas = additions.areas ?? [];
    const source = { ...(await addLinksInTransaction(db, stored, kols, areas, now)), updatedAt: now };
    await db.sources.put(source);
    const noteId = await addNoteInTransaction(db, sourceId, additions, now, env);
    return { source, created: false, ...(noteId ? { noteId } : {}) };
  });
}
