// Reads and writes therapeutic areas, nested area > disease > subtype through parentId.
import type { LiaisonDb } from '../db';
import type { RepoEnv, TherapeuticArea } from '../model';

/** The editable fields of an area. */
export type AreaInput = Omit<TherapeuticArea, 'id' | 'createdAt' | 'updatedAt'>;

/** An area with its depth in the tree, in display order (parents before children, by name). */
export interface AreaNode {
  area: TherapeuticArea;
  depth: number;
  /** "Oncology › Lung cancer › NSCLC". */
  path: string;
}

/** Every area, by name. */
export function listAreas(db: LiaisonDb): Promise<TherapeuticArea[]> {
  return db.areas.orderBy('name').toArray();
}

/** Orders areas as a tree for display; an area whose parent is missing shows at the top level. */
export function toAreaTree(areas: TherapeuticArea[]): AreaNode[] {
  const ids = new Set(areas.map((a) => a.id));
  const children = new Map<string | undefined, TherapeuticArea[]>();
  for (const area of [...areas].sort((a, b) => a.name.localeCompare(b.name))) {
    const parent = area.parentId && ids.has(area.parentId) ? area.parentId : undefined;
    children.set(parent, [...(children.get(parent) ?? []), area]);
  }
  const out: AreaNode[] = [];
  const visit = (parent: string | undefined, depth: number, prefix: string) => {
    for (const area of children.get(parent) ?? []) {
      const path = prefix ? `${prefix} › ${area.name}` : area.name;
      out.push({ area, depth, path });
      if (depth < 10) visit(area.id, depth + 1, path);
    }
  };
  visit(undefined, 0, '');
  return out;
}

/** The ids of an area and all its descendants, so that a filter on "Oncology" finds "NSCLC" too. */
export function withDescendants(areas: TherapeuticArea[], id: string): string[] {
  const found = new Set([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const area of areas) {
      if (area.parentId && found.has(area.parentId) && !found.has(area.id)) {
        found.add(area.id);
        grew = true;
      }
    }
  }
  return [...found];
}

/** Creates or updates an area; refuses a missing name and a parent that would make a cycle. */
export async function saveArea(
  db: LiaisonDb,
  input: AreaInput,
  env: RepoEnv,
  id?: string,
): Promise<TherapeuticArea> {
  const name = input.name.trim();
  if (!name) throw new Error('A therapeutic area needs a name.');
  const all = await db.areas.toArray();
  if (id && input.parentId && withDescendants(all, id).includes(input.parentId)) {
    throw new Error('An area cannot be placed inside itself or one of its own sub-areas.');
  }
  const now = env.now();
  const existing = id ? all.find((a) => a.id === id) : undefined;
  const keywords = [...new Set(input.keywords.map((k) => k.trim()).filter(Boolean))];
  const record: TherapeuticArea = {
    name,
    parentId: input.parentId || undefined,
    keywords,
    color: input.color,
    id: existing?.id ?? env.newId(),
    createdAt: existing?.createdAt ?? now,
    updatedAt: now,
  };
  await db.areas.put(record);
  return record;
}

/** Deletes an area: its sub-areas move up to its parent, and it is removed from sources, KOLs, notes and links. */
export async function deleteArea(db: LiaisonDb, id: string, env: RepoEnv): Promise<void> {
  await db.transaction('rw', [db.areas, db.sources, db.kols, db.notes, db.highlights, db.links], async () => {
    const area = await db.areas.get(id);
    if (!area) return;
    const now = env.now();
    const without = (ids: string[]) => ids.filter((x) => x !== id);
    await db.areas
      .where('parentId')
      .equals(id)
      .modify((a) => {
        a.parentId = area.parentId;
        a.updatedAt = now;
      });
    await db.sources
      .where('areaIds')
      .equals(id)
      .modify((s) => {
        s.areaIds = without(s.areaIds);
        s.updatedAt = now;
      });
    await db.kols
      .where('areaIds')
      .equals(id)
      .modify((k) => {
        k.areaIds = without(k.areaIds);
        k.updatedAt = now;
      });
    await db.notes
      .where('areaIds')
      .equals(id)
      .modify((n) => {
        n.areaIds = without(n.areaIds);
        n.updatedAt = now;
      });
    await db.highlights
      .where('areaIds')
      .equals(id)
      .modify((h) => {
        h.areaIds = without(h.areaIds);
        h.updatedAt = now;
      });
    await db.links.where('targetId').equals(id).delete();
    await db.areas.delete(id);
  });
}
