// Reads and writes KOL profiles; deleting one also removes it from every source, note and link.
import { countOf } from '../counted-noun';
import type { LiaisonDb } from '../db';
import type { Kol, RepoEnv } from '../model';
import { validateKol, type KolInput } from '../kol-input';
import { appendAudit } from './audit-log';

export type { KolFieldError, KolInput } from '../kol-input';

/** Every KOL, by name. A field force's KOL list is hundreds, not tens of thousands. */
export function listKols(db: LiaisonDb): Promise<Kol[]> {
  return db.kols.orderBy('name').toArray();
}

/** One KOL by id. */
export function getKol(db: LiaisonDb, id: string): Promise<Kol | undefined> {
  return db.kols.get(id);
}

/** Creates a KOL, or updates it when `id` is given; refuses invalid input with the errors. */
export async function saveKol(db: LiaisonDb, input: KolInput, env: RepoEnv, id?: string): Promise<Kol> {
  const { kol, errors } = validateKol(input);
  if (errors.length) throw new Error(errors.map((e) => e.message).join(' '));
  const now = env.now();
  const existing = id ? await db.kols.get(id) : undefined;
  const record: Kol = {
    ...kol,
    id: existing?.id ?? env.newId(),
    createdAt: existing?.createdAt ?? now,
    updatedAt: now,
  };
  await db.kols.put(record);
  return record;
}

/** Deletes a KOL and removes it from every source, note, highlight and link, all or nothing. */
export async function deleteKol(db: LiaisonDb, id: string, env: RepoEnv): Promise<void> {
  await db.transaction('rw', [db.kols, db.sources, db.notes, db.highlights, db.links], async () => {
    const now = env.now();
    const without = (ids: string[]) => ids.filter((x) => x !== id);
    await db.sources
      .where('kolIds')
      .equals(id)
      .modify((s) => {
        s.kolIds = without(s.kolIds);
        s.updatedAt = now;
      });
    await db.notes
      .where('kolIds')
      .equals(id)
      .modify((n) => {
        n.kolIds = without(n.kolIds);
        n.updatedAt = now;
      });
    await db.highlights
      .where('kolIds')
      .equals(id)
      .modify((h) => {
        h.kolIds = without(h.kolIds);
        h.updatedAt = now;
      });
    await db.links.where('targetId').equals(id).delete();
    await db.kols.delete(id);
  });
}

/** Stores KOLs from an import plan in one transaction, with its audit entry: all are added, or none. */
export async function importKols(db: LiaisonDb, inputs: KolInput[], env: RepoEnv): Promise<number> {
  const now = env.now();
  const records: Kol[] = inputs.map((input, i) => {
    const { kol, errors } = validateKol(input);
    if (errors.length)
      throw new Error(`KOL ${i + 1} of the import: ${errors.map((e) => e.message).join(' ')}`);
    return { ...kol, id: env.newId(), createdAt: now, updatedAt: now };
  });
  await db.transaction('rw', db.kols, db.auditLog, async () => {
    await db.kols.bulkAdd(records);
    await appendAudit(db, 'kol-import', `${countOf(records.length, 'KOL')} imported from a CSV file.`, env);
  });
  return records.length;
}
