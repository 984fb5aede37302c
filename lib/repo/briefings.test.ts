// Briefing records: an export is recorded with its window, areas and sources, and a KOL's are listed latest first.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LiaisonDb } from '../db';
import { listBriefings, recordBriefing } from './briefings';

let db: LiaisonDb;
let n = 0;
const env = { now: () => 1_700_000_000_000 + ++n * 1000, newId: () => `id-${++n}` };

beforeEach(() => {
  db = new LiaisonDb(`briefings-${Math.random()}`);
});
afterEach(() => db.delete());

describe('briefing records', () => {
  it("records an export with its window, areas and sources, and lists a KOL's latest first", async () => {
    await recordBriefing(
      db,
      {
        kolId: 'k1',
        format: 'markdown',
        from: '2024-09-01',
        to: '2025-03-01',
        areaIds: [],
        sourceIds: ['s1', 's2', 's1'],
      },
      env,
    );
    await recordBriefing(
      db,
      {
        kolId: 'k1',
        format: 'docx',
        from: '2024-09-01',
        to: '2025-03-01',
        areaIds: ['a1'],
        sourceIds: ['s1'],
        meetingDate: '2025-03-05',
      },
      env,
    );
    await recordBriefing(
      db,
      { kolId: 'k2', format: 'html', from: '2024-09-01', to: '2025-03-01', areaIds: [], sourceIds: [] },
      env,
    );
    const listed = await listBriefings(db, 'k1');
    expect(listed.map((b) => b.format)).toEqual(['docx', 'markdown']);
    expect(listed[1]!.sourceIds).toEqual(['s1', 's2']);
    expect(listed[0]).toMatchObject({ areaIds: ['a1'], meetingDate: '2025-03-05' });
    await expect(
      recordBriefing(db, { kolId: '', format: 'html', from: '', to: '', areaIds: [], sourceIds: [] }, env),
    ).rejects.toThrow(/KOL/);
  });
});
