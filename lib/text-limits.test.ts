// Length limits at save: notes and KOL fields over their limit are refused with a message, never cut; the limits fit a backup.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BACKUP_LIMITS } from './backup/record-schemas';
import { LiaisonDb } from './db';
import { validateKol, type KolInput } from './kol-input';
import type { ExtractedPage } from './model';
import { saveKol } from './repo/kols';
import { updateNote } from './repo/notes';
import { annotateSource, saveClip } from './repo/sources';
import { describeTooLong, TEXT_LIMITS } from './text-limits';

let db: LiaisonDb;
let n = 0;
const env = { now: () => 1_700_000_000_000 + n, newId: () => `id-${++n}` };
const page: ExtractedPage = {
  url: 'https://j.example/1',
  kind: 'journal-article',
  title: 'T',
  authors: [],
  nct: [],
  hasArticle: true,
  warnings: [],
};
const kol = (overrides: Partial<KolInput>): KolInput => ({
  name: 'Jane Roe',
  nameVariants: [],
  areaIds: [],
  ...overrides,
});

beforeEach(() => {
  db = new LiaisonDb(`limits-${Math.random()}`);
});
afterEach(() => db.delete());

describe('text limits', () => {
  it('sit inside what a backup accepts, so that whatever is saved can be restored', () => {
    expect(TEXT_LIMITS.note).toBeLessThanOrEqual(BACKUP_LIMITS.text);
    expect(TEXT_LIMITS.meetingSummary).toBeLessThanOrEqual(BACKUP_LIMITS.text);
    expect(TEXT_LIMITS.kolText).toBeLessThanOrEqual(BACKUP_LIMITS.text);
    expect(TEXT_LIMITS.kolName).toBeLessThanOrEqual(BACKUP_LIMITS.line);
    expect(TEXT_LIMITS.kolLine).toBeLessThanOrEqual(BACKUP_LIMITS.line);
    expect(TEXT_LIMITS.kolNameVariants).toBeLessThanOrEqual(BACKUP_LIMITS.smallList);
  });

  it('say how long the text is and what the limit is', () => {
    expect(describeTooLong('x'.repeat(20_001), TEXT_LIMITS.note, 'This note')).toBe(
      'This note is 20,001 characters long; the limit is 20,000. Shorten it, or split it in two.',
    );
    expect(describeTooLong('x'.repeat(20_000), TEXT_LIMITS.note, 'This note')).toBeUndefined();
  });
});

describe('notes over the limit', () => {
  const long = 'a'.repeat(TEXT_LIMITS.note + 1);

  it('are refused at clip time, and the clip is not written either', async () => {
    await expect(saveClip(db, page, { note: long }, env)).rejects.toThrow(/20,001 characters/);
    expect(await db.sources.count()).toBe(0);
    expect(await db.notes.count()).toBe(0);
  });

  it('are refused when added to a source or edited, and the stored note is unchanged', async () => {
    const { source } = await saveClip(db, page, { note: 'short' }, env);
    await expect(annotateSource(db, source.id, { note: long }, env)).rejects.toThrow(/limit is 20,000/);
    const [stored] = await db.notes.toArray();
    await expect(updateNote(db, stored!.id, { text: long, kolIds: [], areaIds: [] }, env)).rejects.toThrow(
      /limit is 20,000/,
    );
    expect((await db.notes.toArray()).map((x) => x.text)).toEqual(['short']);
  });

  it('at the limit are stored whole', async () => {
    const exact = 'b'.repeat(TEXT_LIMITS.note);
    await saveClip(db, page, { note: exact }, env);
    expect((await db.notes.toArray())[0]?.text).toHaveLength(TEXT_LIMITS.note);
  });
});

describe('KOL fields over the limit', () => {
  it('give a field error naming the field', () => {
    expect(validateKol(kol({ name: 'N'.repeat(301) })).errors).toEqual([
      { field: 'name', message: expect.stringMatching(/^The name is 301 characters long; the limit is 300/) },
    ]);
    expect(validateKol(kol({ institution: 'I'.repeat(301) })).errors.map((e) => e.field)).toEqual([
      'institution',
    ]);
    expect(validateKol(kol({ notes: 'n'.repeat(20_001) })).errors.map((e) => e.field)).toEqual(['notes']);
    expect(validateKol(kol({ nameVariants: ['v'.repeat(301)] })).errors.map((e) => e.field)).toEqual([
      'nameVariants',
    ]);
    expect(
      validateKol(kol({ nameVariants: Array.from({ length: 101 }, (_, i) => `Roe J${i}`) })).errors[0]
        ?.message,
    ).toMatch(/101 name variants; the limit is 100/);
    expect(validateKol(kol({ name: 'N'.repeat(300), interests: 'i'.repeat(20_000) })).errors).toEqual([]);
  });

  it('are not stored', async () => {
    await expect(saveKol(db, kol({ specialty: 's'.repeat(301) }), env)).rejects.toThrow(
      /specialty is 301 characters/,
    );
    expect(await db.kols.count()).toBe(0);
  });
});
