// Reads and writes KOL profiles; deleting one also removes it from every source, note and link.
import type { LiaisonDb } from '../db';
import type { Kol, RepoEnv } from '../model';
import { normalizeNpi, normalizeOrcid } from '../person-ids';

/** The editable fields of a KOL, as a form or a CSV row gives them. */
export type KolInput = Omit<Kol, 'id' | 'createdAt' | 'updatedAt'>;

/** A field the user must correct before a KOL can be saved. */
export interface KolFieldError {
  field: keyof KolInput;
  message: string;
}

const trimOrUndefined = (value: string | undefined): string | undefined => value?.trim() || undefined;

/** Checks and tidies a KOL before it is stored: name required, ORCID and NPI checked with their check digits. */
export function validateKol(input: KolInput): { kol: KolInput; errors: KolFieldError[] } {
  const errors: KolFieldError[] = [];
  const name = input.name.trim();
  if (!name) errors.push({ field: 'name', message: 'A name is required.' });
  let orcid = trimOrUndefined(input.orcid);
  if (orcid) {
    const valid = normalizeOrcid(orcid);
    if (!valid) errors.push({ field: 'orcid', message: 'This is not a valid ORCID iD (16 digits, the last may be X; its check digit must match).' });
    orcid = valid ?? orcid;
  }
  let npi = trimOrUndefined(input.npi);
  if (npi) {
    const valid = normalizeNpi(npi);
    if (!valid) errors.push({ field: 'npi', message: 'This is not a valid NPI (10 digits; its check digit must match).' });
    npi = valid ?? npi;
  }
  const kol: KolInput = {
    name,
    nameVariants: [...new Set(input.nameVariants.map((v) => v.trim()).filter(Boolean))],
    credentials: trimOrUndefined(input.credentials),
    specialty: trimOrUndefined(input.specialty),
    institution: trimOrUndefined(input.institution),
    country: trimOrUndefined(input.country),
    tier: trimOrUndefined(input.tier),
    areaIds: [...new Set(input.areaIds)],
    orcid,
    npi,
    crmId: trimOrUndefined(input.crmId),
    interests: trimOrUndefined(input.interests),
    notes: trimOrUndefined(input.notes),
  };
  return { kol, errors };
}

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
  const record: Kol = { ...kol, id: existing?.id ?? env.newId(), createdAt: existing?.createdAt ?? now, updatedAt: now };
  await db.kols.put(record);
  return record;
}

/** Deletes a KOL and removes it from every source, note, highlight and link, all or nothing. */
export async function deleteKol(db: LiaisonDb, id: string, env: RepoEnv): Promise<void> {
  await db.transaction('rw', [db.kols, db.sources, db.notes, db.highlights, db.links], async () => {
    const now = env.now();
    const without = (ids: string[]) => ids.filter((x) => x !== id);
    await db.sources.where('kolIds').equals(id).modify((s) => { s.kolIds = without(s.kolIds); s.updatedAt = now; });
    await db.notes.where('kolIds').equals(id).modify((n) => { n.kolIds = without(n.kolIds); n.updatedAt = now; });
    await db.highlights.where('kolIds').equals(id).modify((h) => { h.kolIds = without(h.kolIds); h.updatedAt = now; });
    await db.links.where('targetId').equals(id).delete();
    await db.kols.delete(id);
  });
}
