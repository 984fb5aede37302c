// A confirmed adverse-event prompt marks the record and leaves an audit entry with product and id, never the note's words.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LiaisonDb } from '../db';
import { listAudit } from './audit-log';
import { listSafetySourceIds, recordAdverseEventConfirmation } from './safety';

let db: LiaisonDb;
const env = { now: () => 1_750_000_000_000 };
beforeEach(() => {
  db = new LiaisonDb(`safety-${Math.random()}`);
});
afterEach(() => db.delete());

describe('recordAdverseEventConfirmation', () => {
  it('marks the note, logs product and id but not the text, and lists its source for the Safety filter', async () => {
    const text = 'Her patient on Zentrivo was admitted with pancreatitis.';
    await db.notes.add({
      id: 'n1',
      sourceId: 's1',
      text,
      kolIds: [],
      areaIds: [],
      createdAt: 1,
      updatedAt: 1,
    });
    await db.notes.add({
      id: 'n2',
      sourceId: 's2',
      text: 'clean',
      kolIds: [],
      areaIds: [],
      createdAt: 1,
      updatedAt: 1,
    });
    await recordAdverseEventConfirmation(db, { kind: 'note', id: 'n1' }, ['Zentrivo', 'Zentrivo'], env);
    expect((await db.notes.get('n1'))?.safety).toEqual({ confirmedAt: env.now(), products: ['Zentrivo'] });
    expect((await db.notes.get('n2'))?.safety).toBeUndefined();
    const [entry] = await listAudit(db, 5);
    expect(entry?.action).toBe('adverse-event-confirmed');
    expect(entry?.summary).toContain('Zentrivo');
    expect(entry?.summary).toContain('n1');
    expect(entry?.summary).not.toContain('pancreatitis');
    expect([...(await listSafetySourceIds(db))]).toEqual(['s1']);
  });

  it('logs a KOL profile confirmation without marking any note', async () => {
    await recordAdverseEventConfirmation(db, { kind: 'kol-profile', id: 'k1' }, [], env);
    const [entry] = await listAudit(db, 5);
    expect(entry?.summary).toBe(
      'Adverse-event prompt confirmed on a KOL profile (id k1); product: no product named.',
    );
    expect(await listSafetySourceIds(db)).toEqual(new Set());
  });
});
