// Clipping a tab: saves the page or a bookmark, shows the outcome on the badge, stores nothing when the write fails.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ReadResult, TabInfo } from './browser';
import { clipTab, describeSaveError, type ClipperDeps } from './clipper';
import { LiaisonDb } from './db';
import { bindRepo } from './repo/repo';
import { saveClip } from './repo/sources';
import type { ExtractedPage } from './model';

const article: ExtractedPage = {
  url: 'https://journal.example/a',
  kind: 'journal-article',
  title: 'A trial of drug X',
  authors: [],
  nct: [],
  hasArticle: true,
  warnings: [],
};

let db: LiaisonDb;
let badges: { tabId: number; outcome: string; title: string }[];
let n = 0;

function deps(read: ReadResult): ClipperDeps {
  return {
    repo: bindRepo(db, { saveClip }),
    env: { now: () => 1_000 + n, newId: () => `id-${++n}` },
    readTab: async () => read,
    showBadge: async (tabId, outcome, title) => void badges.push({ tabId, outcome, title }),
  };
}

const tab: TabInfo = { id: 7, url: 'https://journal.example/a', title: 'Tab title' };

beforeEach(() => {
  db = new LiaisonDb(`clipper-${Math.random()}`);
  badges = [];
});
afterEach(() => db.delete());

describe('clipTab', () => {
  it('saves the page and shows success on the badge', async () => {
    const outcome = await clipTab(deps({ ok: true, page: article }), tab);
    expect(outcome).toMatchObject({ status: 'saved', created: true });
    expect((await db.sources.toArray()).map((s) => s.title)).toEqual(['A trial of drug X']);
    expect(badges).toEqual([{ tabId: 7, outcome: 'saved', title: 'Liaison: saved "A trial of drug X"' }]);
  });

  it('saves a bookmark with title and address when the page cannot be read', async () => {
    const outcome = await clipTab(deps({ ok: false, reason: 'browser page' }), {
      id: 3,
      url: 'chrome://settings',
      title: 'Settings',
    });
    expect(outcome.status).toBe('saved');
    const [source] = await db.sources.toArray();
    expect(source).toMatchObject({ kind: 'bookmark', title: 'Settings', url: 'chrome://settings' });
  });

  it('reports failure on the badge when the database refuses the write, and stores nothing', async () => {
    const broken = deps({ ok: true, page: article });
    await db.close();
    broken.repo = bindRepo(
      Object.assign(Object.create(db), {
        transaction: () => Promise.reject(Object.assign(new Error('quota'), { name: 'QuotaExceededError' })),
      }) as LiaisonDb,
      { saveClip },
    );
    const outcome = await clipTab(broken, tab);
    expect(outcome).toEqual({ status: 'failed', reason: expect.stringContaining('no storage space') });
    expect(badges[0]?.outcome).toBe('failed');
  });
});

describe('describeSaveError', () => {
  it('names a full disk in plain words and anything else with its message', () => {
    expect(describeSaveError(Object.assign(new Error('x'), { name: 'QuotaExceededError' }))).toMatch(
      /no storage space/,
    );
    expect(describeSaveError(new Error('boom'))).toMatch(/boom.*Nothing was changed/);
  });
});
