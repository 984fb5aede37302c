// Edits notes after capture: text, insight category, KOL and area links (highlights: lib/repo/highlights.ts).
import type { LiaisonDb } from '../db';
import type { InsightCategory, RepoEnv } from '../model';
import { assertFits, TEXT_LIMITS } from '../text-limits';

/** What the note editor changes. */
export interface NoteChanges {
  text: string;
  category?: InsightCategory;
  kolIds: string[];
  areaIds: string[];
}

/** Updates a note; an empty text, or one over the length limit, is refused rather than stored. */
export async function updateNote(
  db: LiaisonDb,
  id: string,
  changes: NoteChanges,
  env: RepoEnv,
): Promise<void> {
  const text = changes.text.trim();
  if (!text) throw new Error('A note cannot be empty; delete it instead.');
  assertFits(text, TEXT_LIMITS.note, 'This note');
  const updated = await db.notes.update(id, {
    text,
    category: changes.category,
    kolIds: [...new Set(changes.kolIds)],
    areaIds: [...new Set(changes.areaIds)],
    updatedAt: env.now(),
  });
  if (!updated) throw new Error('This note no longer exists.');
}

/** Deletes one note. */
export function deleteNote(db: LiaisonDb, id: string): Promise<void> {
  return db.notes.delete(id);
}
