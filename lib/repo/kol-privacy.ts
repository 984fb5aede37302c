// A KOL as a data subject: everything held about them as one JSON document, and erasure, each with an audit entry.
//
// The erasure rule. Erased, in one transaction: the profile; its link records; its id on every source, note
// and highlight; the notes and highlights linked to this KOL and to no other KOL (whether or not they sit on a
// source: a note tagged with one KOL is a note about them, and keeping its text unlinked would keep the
// personal data while hiding whose it is); the KOL's meetings with their follow-ups; the briefing records
// made for them. Kept: every source (published work, not data held about the person; its author list stays
// as printed), and notes and highlights that are also linked to another KOL (they concern someone else too),
// which lose only this KOL's link. The saved search index is cleared so that it holds no trace of the id.
// The audit entry names the KOL's id (random, meaningless once the profile is gone) and counts, never the name.
import { countOf } from '../counted-noun';
import type { LiaisonDb } from '../db';
import type { BriefingRecord, Highlight, Kol, Meeting, Note, RepoEnv, Source, SourceLink } from '../model';
import { DERIVED_TABLES } from '../backup/file-format';
import { appendAudit } from './audit-log';
import { listSourcesAuthoredByKol } from './source-queries';

/** The fields of a source the export names: enough to find the work, not its content. */
type ReferenceFields = Pick<Source, 'id' | 'title' | 'url' | 'doi' | 'pmid' | 'pmcid' | 'nct'>;

/** A source as the export names it, and why it concerns the KOL. */
export interface KolSourceReference extends ReferenceFields {
  /** Linked to the KOL by the user, or naming them in its byline (or both). */
  linked: boolean;
  authored?: { position: string; reason: string };
}

/** Everything Liaison holds about one KOL: the answer to a data subject's access request. */
export interface KolDataExport {
  format: 'liaison-kol-data';
  exportedAt: string;
  kol: Kol;
  areas: { id: string; name: string }[];
  /** How each source link was made (manually, from a suggestion, from an author match) and when. */
  links: SourceLink[];
  sources: KolSourceReference[];
  notes: Note[];
  highlights: Highlight[];
  meetings: Meeting[];
  briefings: BriefingRecord[];
}

/** What an erasure removes and what it keeps, for the confirmation and the audit entry. */
export interface ErasureCounts {
  links: number;
  /** Notes about this KOL alone, deleted. */
  notes: number;
  /** Highlights about this KOL alone, deleted. */
  highlights: number;
  /** Notes and highlights also about another KOL: kept, without this KOL's link. */
  sharedAnnotations: number;
  meetings: number;
  briefings: number;
  /** Sources linked to the KOL: they stay in the library, unlinked. */
  sources: number;
}

const onlyAbout = (kolId: string) => (item: { kolIds: string[] }) => item.kolIds.every((id) => id === kolId);

async function readKolRecords(db: LiaisonDb, kolId: string) {
  const [links, linkedSources, notes, highlights, meetings, briefings] = await Promise.all([
    db.links
      .where('targetId')
      .equals(kolId)
      .and((l) => l.target === 'kol')
      .toArray(),
    db.sources.where('kolIds').equals(kolId).toArray(),
    db.notes.where('kolIds').equals(kolId).toArray(),
    db.highlights.where('kolIds').equals(kolId).toArray(),
    db.meetings.where('kolId').equals(kolId).sortBy('date'),
    db.briefings.where('kolId').equals(kolId).sortBy('createdAt'),
  ]);
  return { links, linkedSources, notes, highlights, meetings, briefings };
}

function countErasure(kolId: string, records: Awaited<ReturnType<typeof readKolRecords>>): ErasureCounts {
  const alone = onlyAbout(kolId);
  const notes = records.notes.filter(alone).length;
  const highlights = records.highlights.filter(alone).length;
  return {
    links: records.links.length,
    notes,
    highlights,
    sharedAnnotations: records.notes.length - notes + records.highlights.length - highlights,
    meetings: records.meetings.length,
    briefings: records.briefings.length,
    sources: records.linkedSources.length,
  };
}

/** Everything held about a KOL as one document, and an audit entry saying it was exported. */
export async function exportKolData(
  db: LiaisonDb,
  kolId: string,
  env: Pick<RepoEnv, 'now'>,
): Promise<KolDataExport> {
  const tables = [
    db.kols,
    db.areas,
    db.links,
    db.sources,
    db.notes,
    db.highlights,
    db.meetings,
    db.briefings,
  ];
  const document = await db.transaction('r', tables, async () => {
    const kol = await db.kols.get(kolId);
    if (!kol) throw new Error('This KOL is no longer in your list.');
    const [records, authored, areas] = await Promise.all([
      readKolRecords(db, kolId),
      listSourcesAuthoredByKol(db, kol),
      db.areas.bulkGet(kol.areaIds),
    ]);
    const sources = new Map<string, KolSourceReference>();
    const reference = (s: ReferenceFields): KolSourceReference => ({
      id: s.id,
      title: s.title,
      url: s.url,
      ...(s.doi ? { doi: s.doi } : {}),
      ...(s.pmid ? { pmid: s.pmid } : {}),
      ...(s.pmcid ? { pmcid: s.pmcid } : {}),
      nct: s.nct,
      linked: false,
    });
    for (const s of records.linkedSources) sources.set(s.id, { ...reference(s), linked: true });
    for (const { source, match } of authored) {
      sources.set(source.id, {
        ...(sources.get(source.id) ?? reference(source)),
        authored: { position: match.position, reason: match.reason },
      });
    }
    return {
      format: 'liaison-kol-data' as const,
      exportedAt: new Date(env.now()).toISOString(),
      kol,
      areas: areas.flatMap((a) => (a ? [{ id: a.id, name: a.name }] : [])),
      links: records.links,
      sources: [...sources.values()],
      notes: records.notes,
      highlights: records.highlights,
      meetings: records.meetings,
      briefings: records.briefings,
    };
  });
  await appendAudit(
    db,
    'kol-export',
    `Data held about KOL ${kolId} exported: ${countOf(document.sources.length, 'source')}, ${countOf(document.notes.length, 'note')}, ${countOf(document.highlights.length, 'highlight')}, ${countOf(document.meetings.length, 'meeting')}, ${countOf(document.briefings.length, 'briefing record')}.`,
    env,
  );
  return document;
}

/** What erasing a KOL would remove and keep, read without writing: the confirmation shows it. */
export async function describeErasure(db: LiaisonDb, kolId: string): Promise<ErasureCounts> {
  const tables = [db.links, db.sources, db.notes, db.highlights, db.meetings, db.briefings];
  return db.transaction('r', tables, async () => countErasure(kolId, await readKolRecords(db, kolId)));
}

/** Erases a KOL by the rule at the top of this file, all or nothing, with an audit entry of counts. */
export async function eraseKol(
  db: LiaisonDb,
  kolId: string,
  env: Pick<RepoEnv, 'now'>,
): Promise<ErasureCounts> {
  const derived = db.tables.filter((t) => t.name in DERIVED_TABLES);
  const tables = [
    db.kols,
    db.links,
    db.sources,
    db.notes,
    db.highlights,
    db.meetings,
    db.briefings,
    db.auditLog,
    ...derived,
  ];
  return db.transaction('rw', tables, async () => {
    if (!(await db.kols.get(kolId))) throw new Error('This KOL is no longer in your list.');
    const records = await readKolRecords(db, kolId);
    const counts = countErasure(kolId, records);
    const now = env.now();
    const alone = onlyAbout(kolId);
    const without = (ids: string[]) => ids.filter((x) => x !== kolId);
    await db.notes.bulkDelete(records.notes.filter(alone).map((n) => n.id));
    await db.highlights.bulkDelete(records.highlights.filter(alone).map((h) => h.id));
    await db.notes
      .where('kolIds')
      .equals(kolId)
      .modify((n) => {
        n.kolIds = without(n.kolIds);
        n.updatedAt = now;
      });
    await db.highlights
      .where('kolIds')
      .equals(kolId)
      .modify((h) => {
        h.kolIds = without(h.kolIds);
        h.updatedAt = now;
      });
    await db.sources
      .where('kolIds')
      .equals(kolId)
      .modify((s) => {
        s.kolIds = without(s.kolIds);
        s.updatedAt = now;
      });
    await db.links.bulkDelete(records.links.map((l) => l.id));
    await db.meetings.bulkDelete(records.meetings.map((m) => m.id));
    await db.briefings.bulkDelete(records.briefings.map((b) => b.id));
    await db.kols.delete(kolId);
    for (const table of derived) await table.clear();
    await appendAudit(
      db,
      'kol-erase',
      `KOL ${kolId} erased: profile, ${countOf(counts.links, 'link')}, ${countOf(counts.notes, 'note')}, ${countOf(counts.highlights, 'highlight')}, ${countOf(counts.meetings, 'meeting')}, ${countOf(counts.briefings, 'briefing record')} deleted; unlinked from ${countOf(counts.sources, 'source')} and ${countOf(counts.sharedAnnotations, 'shared note or highlight', 'shared notes or highlights')}.`,
      env,
    );
    return counts;
  });
}
