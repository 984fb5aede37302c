// bindRepo: each bound function reads and writes the database it was bound to, and no other.
import { afterEach, describe, expect, it } from 'vitest';
import { LiaisonDb } from '../db';
import { getKol, listKols, saveKol } from './kols';
import { bindRepo } from './repo';

let n = 0;
const env = { now: () => 1_700_000_000_000 + n, newId: () => `id-${++n}` };
const opened: LiaisonDb[] = [];
function freshDatabase(): LiaisonDb {
  const db = new LiaisonDb(`repo-${Math.random()}`);
  opened.push(db);
  return db;
}
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.delete()));
});

describe('bindRepo', () => {
  it('binds every call to its own database', async () => {
    const [a, b] = [freshDatabase(), freshDatabase()];
    const [repoA, repoB] = [bindRepo(a, { saveKol, listKols, getKol }), bindRepo(b, { listKols })];
    const kol = await repoA.saveKol({ name: 'Jane Roe', nameVariants: [], areaIds: [] }, env);
    expect((await repoA.listKols()).map((k) => k.name)).toEqual(['Jane Roe']);
    expect(await repoA.getKol(kol.id)).toMatchObject({ name: 'Jane Roe' });
    expect(await repoB.listKols()).toEqual([]);
    expect(await b.kols.count()).toBe(0);
    expect(await a.kols.count()).toBe(1);
  });

  it('passes every argument through, optional ones included', async () => {
    const repo = bindRepo(freshDatabase(), { saveKol, listKols });
    const kol = await repo.saveKol({ name: 'Jane Roe', nameVariants: [], areaIds: [] }, env);
    const renamed = await repo.saveKol({ name: 'Jane A. Roe', nameVariants: [], areaIds: [] }, env, kol.id);
    expect(renamed.id).toBe(kol.id);
    expect((await repo.listKols()).map((k) => k.name)).toEqual(['Jane A. Roe']);
  });

  it('binds only the functions it is given', () => {
    expect(Object.keys(bindRepo(freshDatabase(), { listKols, getKol }))).toEqual(['listKols', 'getKol']);
  });
});
