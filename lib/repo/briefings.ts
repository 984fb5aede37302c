// The record of exported briefing packs: what was exported for whom, so that "since the last briefing" works.
import type { LiaisonDb } from '../db';
import type { BriefingFormat, BriefingRecord, RepoEnv } from '../model';

/** What an export records. */
export type BriefingExport = Omit<BriefingRecord, 'id' | 'createdAt'>;

/** Records one export of a pack in one format. */
export async function recordBriefing(
  db: LiaisonDb,
  exported: BriefingExport,
  env: RepoEnv,
): Promise<BriefingRecord> {
  if (!exported.kolId) throw new Error('A briefing belongs to a KOL.');
  const record: BriefingRecord = {
    id: env.newId(),
    kolId: exported.kolId,
    createdAt: env.now(),
    format: exported.format satisfies BriefingFormat,
    from: exported.from,
    to: exported.to,
    areaIds: [...new Set(exported.areaIds)],
    sourceIds: [...new Set(exported.sourceIds)],
    ...(exported.meetingDate ? { meetingDate: exported.meetingDate } : {}),
  };
  await db.briefings.add(record);
  return record;
}

/** A KOL's past briefings, the latest first. */
export async function listBriefings(db: LiaisonDb, kolId: string): Promise<BriefingRecord[]> {
  const records = await db.briefings.where('kolId').equals(kolId).toArray();
  return records.sort((a, b) => b.createdAt - a.createdAt);
}
