// Highlights on a source: W3C quote and position selectors with the user's note, category and links.
import type { LiaisonDb } from '../db';
import type { ExtractedPage, Highlight, InsightCategory, LinkChoice, RepoEnv, Source } from '../model';
import { addLinksInTransaction } from './links';
import { storeClip } from './sources';
import { toStoredFields } from './stored-fields';
import { assertFits, TEXT_LIMITS } from '../text-limits';

/** The selectors a content script describes a selection with (TextQuoteSelector and TextPositionSelector). */
export interface HighlightSelectorFields {
  exact: string;
  prefix?: string;
  suffix?: string;
  start?: number;
  end?: number;
}

/** What the user adds to a highlight: a note with its insight category, and KOL and area links. */
export interface HighlightAnnotation {
  note?: string;
  category?: InsightCategory;
  kols?: LinkChoice[];
  areas?: LinkChoice[];
}

/** What editing a highlight later changes. */
export interface HighlightChanges {
  note: string;
  category?: InsightCategory;
  kolIds: string[];
  areaIds: string[];
}

const MAX_QUOTE = 10_000;
const MAX_CONTEXT = 64;

const isOffset = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0;

/** Checks and bounds selectors that came from a page (untrusted) before they are stored. */
export function toSelectorFields(input: HighlightSelectorFields): HighlightSelectorFields {
  if (typeof input.exact !== 'string' || !input.exact.trim())
    throw new Error('Select some text on the page first.');
  const context = (value: unknown) => (typeof value === 'string' ? value.slice(0, MAX_CONTEXT) : undefined);
  const prefix = context(input.prefix);
  const suffix = context(input.suffix);
  const positioned = isOffset(input.start) && isOffset(input.end) && input.end > input.start;
  return {
    exact: input.exact.slice(0, MAX_QUOTE),
    ...(prefix !== undefined ? { prefix: prefix.slice(-MAX_CONTEXT) } : {}),
    ...(suffix !== undefined ? { suffix } : {}),
    ...(positioned ? { start: input.start, end: input.end } : {}),
  };
}

function toRecord(
  sourceId: string,
  selectors: HighlightSelectorFields,
  annotation: HighlightAnnotation,
  now: number,
  env: RepoEnv,
): Highlight {
  const note = annotation.note?.trim();
  if (note) assertFits(note, TEXT_LIMITS.note, 'This note');
  return {
    id: env.newId(),
    sourceId,
    ...toSelectorFields(selectors),
    ...(note ? { note } : {}),
    ...(annotation.category ? { category: annotation.category } : {}),
    kolIds: [...new Set((annotation.kols ?? []).map((k) => k.targetId))],
    areaIds: [...new Set((annotation.areas ?? []).map((a) => a.targetId))],
    createdAt: now,
    updatedAt: now,
  };
}

/** Stores a highlight on a source; its KOL and area links also link the source, in one transaction. */
export async function saveHighlight(
  db: LiaisonDb,
  sourceId: string,
  selectors: HighlightSelectorFields,
  annotation: HighlightAnnotation,
  env: RepoEnv,
): Promise<Highlight> {
  return db.transaction('rw', db.sources, db.links, db.highlights, async () => {
    const stored = await db.sources.get(sourceId);
    if (!stored) throw new Error('This source is no longer in the library.');
    const now = env.now();
    const highlight = toRecord(sourceId, selectors, annotation, now, env);
    const source = await addLinksInTransaction(
      db,
      stored,
      annotation.kols ?? [],
      annotation.areas ?? [],
      now,
    );
    await db.sources.put({ ...source, updatedAt: now });
    await db.highlights.add(highlight);
    return highlight;
  });
}

/** Clips the page (or finds it in the library) and stores the highlight on it, all or nothing. */
export async function clipAndHighlight(
  db: LiaisonDb,
  page: ExtractedPage,
  selectors: HighlightSelectorFields,
  annotation: HighlightAnnotation,
  env: RepoEnv,
): Promise<{ source: Source; highlight: Highlight; created: boolean }> {
  const fields = await toStoredFields(page);
  return db.transaction('rw', [db.sources, db.notes, db.links, db.highlights], async () => {
    const { source, created } = await storeClip(db, fields, {}, env);
    const highlight = await saveHighlight(db, source.id, selectors, annotation, env);
    return { source: (await db.sources.get(source.id)) ?? source, highlight, created };
  });
}

/** The highlights of a source, oldest first (the order they were made in). */
export function listHighlights(db: LiaisonDb, sourceId: string): Promise<Highlight[]> {
  return db.highlights.where('sourceId').equals(sourceId).sortBy('createdAt');
}

/** Changes the note, category and links of a highlight; its selectors never change. */
export async function updateHighlight(
  db: LiaisonDb,
  id: string,
  changes: HighlightChanges,
  env: RepoEnv,
): Promise<void> {
  const note = changes.note.trim();
  assertFits(note, TEXT_LIMITS.note, 'This note');
  const updated = await db.highlights.update(id, {
    note: note || undefined,
    category: changes.category,
    kolIds: [...new Set(changes.kolIds)],
    areaIds: [...new Set(changes.areaIds)],
    updatedAt: env.now(),
  });
  if (!updated) throw new Error('This highlight no longer exists.');
}

/** Deletes one highlight. */
export function deleteHighlight(db: LiaisonDb, id: string): Promise<void> {
  return db.highlights.delete(id);
}

/** The highlights of several sources (a page of search results), oldest first. */
export function listHighlightsOfSources(db: LiaisonDb, sourceIds: readonly string[]): Promise<Highlight[]> {
  return sourceIds.length
    ? db.highlights
        .where('sourceId')
        .anyOf([...sourceIds])
        .sortBy('createdAt')
    : Promise.resolve([]);
}
