// Gathers what a KOL's briefing pack may contain, through the indexes only: never a scan of the sources table.
import type { LiaisonDb } from '../db';
import type { BriefingData } from '../briefing/model';
import type { Source } from '../model';
import { withDescendants } from './areas';
import { listSourcesAuthoredByKol } from './source-queries';

/**
 * At most this many sources of the KOL's areas that are not the KOL's own (the newest clips are kept):
 * a pack lists a few dozen, and an area of a large library may hold thousands.
 */
export const AREA_SOURCE_LIMIT = 2_000;

/** A source without its article text: no format prints it, and a full text weighs 20-60 KB. */
function withoutFullText(source: Source): Source {
  const rest = { ...source };
  delete rest.articleHtml;
  delete rest.articleText;
  return rest;
}

/**
 * Everything the builder reads for one KOL, in one read transaction: sources linked to the KOL, authored by
 * them, or linked to their areas and sub-areas; the KOL's link records; notes and highlights linked to the KOL
 * or on those sources; meetings; past briefings. Fails when the KOL is not in the list.
 */
export async function loadBriefingData(
  db: LiaisonDb,
  kolId: string,
  options: { areaSourceLimit?: number } = {},
): Promise<BriefingData> {
  const limit = options.areaSourceLimit ?? AREA_SOURCE_LIMIT;
  const tables = [
    db.kols,
    db.areas,
    db.sources,
    db.links,
    db.notes,
    db.highlights,
    db.meetings,
    db.briefings,
  ];
  return db.transaction('r', tables, async () => {
    const kol = await db.kols.get(kolId);
    if (!kol) throw new Error('This KOL is not in your list.');
    const areas = await db.areas.toArray();
    const areaIds = [...new Set(kol.areaIds.flatMap((id) => withDescendants(areas, id)))];
    const [linked, authored, areaSources] = await Promise.all([
      db.sources.where('kolIds').equals(kolId).toArray(),
      listSourcesAuthoredByKol(db, kol),
      areaIds.length ? db.sources.where('areaIds').anyOf(areaIds).distinct().toArray() : Promise.resolve([]),
    ]);
    const byId = new Map<string, Source>();
    for (const source of [...linked, ...authored.map((a) => a.source)]) byId.set(source.id, source);
    const others = areaSources
      .filter((s) => !byId.has(s.id))
      .sort((a, b) => b.capturedAt - a.capturedAt || a.id.localeCompare(b.id));
    for (const source of others.slice(0, limit)) byId.set(source.id, source);
    const sourceIds = [...byId.keys()];

    const [links, kolNotes, sourceNotes, kolHighlights, sourceHighlights, meetings, briefings] =
      await Promise.all([
        db.links.where('targetId').equals(kolId).toArray(),
        db.notes.where('kolIds').equals(kolId).toArray(),
        sourceIds.length ? db.notes.where('sourceId').anyOf(sourceIds).toArray() : Promise.resolve([]),
        db.highlights.where('kolIds').equals(kolId).toArray(),
        sourceIds.length ? db.highlights.where('sourceId').anyOf(sourceIds).toArray() : Promise.resolve([]),
        db.meetings.where('kolId').equals(kolId).toArray(),
        db.briefings.where('kolId').equals(kolId).toArray(),
      ]);
    const unique = <T extends { id: string }>(records: T[]): T[] => [
      ...new Map(records.map((r) => [r.id, r])).values(),
    ];
    return {
      kol,
      areas,
      sources: [...byId.values()].map(withoutFullText),
      links: links.filter((l) => l.target === 'kol'),
      notes: unique([...kolNotes, ...sourceNotes]),
      highlights: unique([...kolHighlights, ...sourceHighlights]),
      meetings,
      briefings,
    };
  });
}
