// Source queries: what a KOL authored, linked or not, and what is linked to an area or its sub-areas, once each.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LiaisonDb } from '../db';
import type { Author, ExtractedPage, Kol } from '../model';
import { listSourcesAuthoredByKol, listSourcesLinkedToAreas, listSourcesLinkedToKol } from './source-queries';
import { saveClip } from './sources';

let db: LiaisonDb;
let n = 0;
const env = { now: () => 1_700_000_000_000 + ++n * 1000, newId: () => `id-${++n}` };
const a = (name: string): Author => ({ name, affiliations: [] });
const page = (url: string, authors: Author[]): ExtractedPage => ({
  url,
  kind: 'journal-article',
  title: url,
  authors,
  nct: [],
  hasArticle: true,
  warnings: [],
});
const kol: Kol = {
  id: 'k1',
  name: 'Jan van der Berg',
  nameVariants: ['Berg J'],
  areaIds: [],
  createdAt: 0,
  updatedAt: 0,
};

beforeEach(() => {
  db = new LiaisonDb(`queries-${Math.random()}`);
});
afterEach(() => db.delete());

describe('source queries', () => {
  it('finds sources a KOL authored, linked or not, with position, newest first', async () => {
    await saveClip(db, page('https://x/1', [a('van der Berg J'), a('Doe A')]), {}, env);
    await saveClip(db, page('https://x/2', [a('Doe A'), a('Berg JK')]), {}, env);
    await saveClip(db, page('https://x/3', [a('Berg M')]), {}, env);
    await saveClip(
      db,
      page('https://x/4', [a('Doe A')]),
      { kols: [{ targetId: 'k1', origin: 'manual' }] },
      env,
    );
    const authored = await listSourcesAuthoredByKol(db, kol);
    expect(authored.map((x) => [x.source.url, x.match.position])).toEqual([
      ['https://x/2', 'last'],
      ['https://x/1', 'first'],
    ]);
    expect((await listSourcesLinkedToKol(db, 'k1')).map((s) => s.url)).toEqual(['https://x/4']);
  });

  it('finds sources linked to an area or its sub-areas, once each', async () => {
    await saveClip(
      db,
      page('https://x/1', []),
      {
        areas: [
          { targetId: 'onc', origin: 'manual' },
          { targetId: 'lung', origin: 'manual' },
        ],
      },
      env,
    );
    await saveClip(db, page('https://x/2', []), { areas: [{ targetId: 'lung', origin: 'manual' }] }, env);
    expect((await listSourcesLinkedToAreas(db, ['onc', 'lung'])).map((s) => s.url)).toEqual([
      'https://x/2',
      'https://x/1',
    ]);
  });
});
