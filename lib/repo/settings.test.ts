// The restricted-terms setting: empty until set, then stored trimmed and without repeats.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LiaisonDb } from '../db';
import { getRestrictedTerms, setRestrictedTerms } from './settings';

let db: LiaisonDb;
beforeEach(() => {
  db = new LiaisonDb(`settings-${Math.random()}`);
});
afterEach(() => db.delete());

describe('restricted terms', () => {
  it('are empty until set, then stored trimmed and without repeats', async () => {
    expect(await getRestrictedTerms(db)).toEqual([]);
    await setRestrictedTerms(db, [' off-label ', '', 'cure', 'cure'], { now: () => 1 });
    expect(await getRestrictedTerms(db)).toEqual(['off-label', 'cure']);
  });
});
