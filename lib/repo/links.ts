// Links between a source and KOLs or therapeutic areas: the ids on the source and a record of how each was made.
import type { LiaisonDb } from '../db';
import type { LinkChoice, RepoEnv, Source, SourceLink } from '../model';

export type { LinkChoice } from '../model';

/** The deterministic id of a link, so that linking twice keeps one record. */
export function linkId(sourceId: string, target: SourceLink['target'], targetId: string): string {
  return `${sourceId}|${target}|${targetId}`;
}

function toRecords(
  sourceId: string,
  target: SourceLink['target'],
  choices: LinkChoice[],
  now: number,
): SourceLink[] {
  return choices.map((c) => ({
    id: linkId(sourceId, target, c.targetId),
    sourceId,
    target,
    targetId: c.targetId,
    origin: c.origin,
    ...(c.position ? { position: c.position } : {}),
    createdAt: now,
  }));
}

/**
 * Adds links to a source inside the caller's transaction (tables sources and links): existing links
 * keep their original record, new ones are recorded with their origin.
 */
export async function addLinksInTransaction(
  db: LiaisonDb,
  source: Source,
  kols: LinkChoice[],
  areas: LinkChoice[],
  now: number,
): Promise<Source> {
  const records = [...toRecords(source.id, 'kol', kols, now), ...toRecords(source.id, 'area', areas, now)];
  const existing = new Set(
    (await db.links.bulkGet(records.map((r) => r.id))).flatMap((r) => (r ? [r.id] : [])),
  );
  await db.links.bulkPut(records.filter((r) => !existing.has(r.id)));
  return {
    ...source,
    kolIds: [...new Set([...source.kolIds, ...kols.map((k) => k.targetId)])],
    areaIds: [...new Set([...source.areaIds, ...areas.map((a) => a.targetId)])],
  };
}

/** Replaces the KOL and area links of a source with the given ones, as the detail view edits them. */
export async function setSourceLinks(
  db: LiaisonDb,
  sourceId: string,
  kols: LinkChoice[],
  areas: LinkChoice[],
  env: RepoEnv,
): Promise<void> {
  await db.transaction('rw', db.sources, db.links, async () => {
    const source = await db.sources.get(sourceId);
    if (!source) throw new Error('This source is no longer in the library.');
    const keep = new Set([
      ...kols.map((k) => linkId(sourceId, 'kol', k.targetId)),
      ...areas.map((a) => linkId(sourceId, 'area', a.targetId)),
    ]);
    const stale = (await db.links.where('sourceId').equals(sourceId).primaryKeys()).filter(
      (id) => !keep.has(id),
    );
    await db.links.bulkDelete(stale);
    const now = env.now();
    const cleared = { ...source, kolIds: [], areaIds: [], updatedAt: now };
    await db.sources.put(await addLinksInTransaction(db, cleared, kols, areas, now));
  });
}

/** The link records of a source: how each KOL and area link was made. */
export function getSourceLinks(db: LiaisonDb, sourceId: string): Promise<SourceLink[]> {
  return db.links.where('sourceId').equals(sourceId).toArray();
}
