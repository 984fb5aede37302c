// Notes: editing text, category and links, refusing an empty text, and deleting.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LiaisonDb } from '../db';
import type { ExtractedPage } from '../model';
import { deleteNote, updateNote } from './notes';
import { saveClip } from './sources';

let db: LiaisonDb;
let n = 0;
const env = { now: () => 1_700_000_000_000 + ++n, newId: () => `id-${++n}` };
const page: ExtractedPage = {
  url: 'https://j.example/1',
  kind: 'journal-article',
  title: 'T',
  authors: [],
  nct: [],
  hasArticle: true,
  warnings: [],
};

beforeEach(() => {
  db = new LiaisonDb(`notes-${Math.random()}`);
});
afterEach(() => db.delete());

describe('notes', () => {
  it('edits text, category and links, refuses an empty text, and deletes', async () => {
    await saveClip(db, page, { note: 'first' }, env);
    const [note] = await db.notes.toArray();
    await updateNote(
      db,
      note!.id,
      { text: ' Unmet need in 2L ', category: 'unmet-need', kolIds: ['k1', 'k1'], areaIds: ['a1'] },
      env,
    );
    expect(await db.notes.get(note!.id)).toMatchObject({
      text: 'Unmet need in 2L',
      category: 'unmet-need',
      kolIds: ['k1'],
      areaIds: ['a1'],
    });
    await expect(updateNote(db, note!.id, { text: '  ', kolIds: [], areaIds: [] }, env)).rejects.toThrow(
      /empty/,
    );
    await deleteNote(db, note!.id);
    expect(await db.notes.count()).toBe(0);
    await expect(updateNote(db, note!.id, { text: 'x', kolIds: [], areaIds: [] }, env)).rejects.toThrow(
      /no longer exists/,
    );
  });
});
