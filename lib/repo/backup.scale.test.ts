// Scale: export and import of a 10,000-source library in fake-indexeddb, with the time of each step printed.
import { afterEach, describe, expect, it } from 'vitest';
import { LiaisonDb } from '../db';
import { familyKeys } from '../match/kol-match';
import type { Note, Source, SourceLink } from '../model';
import { applyImport, exportBackup, planImport, toBackupJsonParts } from './backup';

/** 2,000 in the unit suite; BACKUP_SCALE_SOURCES=10000 npx vitest run lib/repo/backup.scale.test.ts for the figures in the report. */
const SOURCES = Number(process.env.BACKUP_SCALE_SOURCES ?? 2_000);
const words = (n: number, seed: number) =>
  Array.from({ length: n }, (_, i) => `word${(seed * 31 + i * 7) % 997}`).join(' ');

/** A library shaped like a field force's: abstracts and article text, a note on every other source, a KOL link on every source. */
function library(): { sources: Source[]; notes: Note[]; links: SourceLink[] } {
  const sources: Source[] = [];
  const notes: Note[] = [];
  const links: SourceLink[] = [];
  for (let i = 0; i < SOURCES; i++) {
    const authors = Array.from({ length: 6 }, (_, a) => ({
      name: `Author${(i + a) % 500} Q. Smith-${a}`,
      affiliations: ['University Hospital'],
    }));
    const kolId = `k${i % 200}`;
    sources.push({
      id: `s${i}`,
      url: `https://journal.example/article/${i}`,
      kind: 'journal-article',
      title: `Study ${i}: ${words(12, i)}`,
      authors,
      journal: 'J Clin Oncol',
      year: 2000 + (i % 25),
      doi: `10.1000/jco.${i}`,
      pmid: String(30_000_000 + i),
      nct: [`NCT${String(i).padStart(8, '0')}`],
      abstract: { text: words(250, i), sections: [{ label: 'Background', text: words(250, i) }] },
      articleText: words(800, i),
      authorKeys: familyKeys(authors),
      kolIds: [kolId],
      areaIds: [],
      capturedAt: 1_700_000_000_000 + i,
      updatedAt: 1_700_000_000_000 + i,
    });
    links.push({
      id: `s${i}|kol|${kolId}`,
      sourceId: `s${i}`,
      target: 'kol',
      targetId: kolId,
      origin: 'author-match',
      createdAt: 1,
    });
    if (i % 2 === 0)
      notes.push({
        id: `n${i}`,
        sourceId: `s${i}`,
        text: words(40, i),
        kolIds: [kolId],
        areaIds: [],
        createdAt: 1,
        updatedAt: 1,
      });
  }
  return { sources, notes, links };
}

const opened: LiaisonDb[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.delete()));
});

async function timed<T>(label: string, times: string[], step: () => Promise<T> | T): Promise<T> {
  const start = performance.now();
  const result = await step();
  times.push(`${label} ${((performance.now() - start) / 1000).toFixed(2)} s`);
  return result;
}

describe(`backup of a ${SOURCES}-source library`, () => {
  it('exports, plans and imports it, and a second import skips everything', async () => {
    const times: string[] = [];
    const from = new LiaisonDb(`scale-from-${Math.random()}`);
    const to = new LiaisonDb(`scale-to-${Math.random()}`);
    opened.push(from, to);
    const lib = library();
    await from.transaction('rw', from.sources, from.notes, from.links, async () => {
      await from.sources.bulkAdd(lib.sources);
      await from.notes.bulkAdd(lib.notes);
      await from.links.bulkAdd(lib.links);
    });

    const backup = await timed('export (read + check)', times, () => exportBackup(from, { now: () => 0 }));
    const json = await timed('serialize', times, () => toBackupJsonParts(backup).join(''));
    const plan = await timed('plan into empty (parse + check + read)', times, () => planImport(to, json));
    const done = await timed('apply into empty (one transaction)', times, () => applyImport(to, plan));
    const again = await timed('plan again (all skipped)', times, () => planImport(to, json));
    console.log(
      `Backup of ${SOURCES} sources, ${lib.notes.length} notes, ${lib.links.length} links: ${(json.length / 1e6).toFixed(1)} MB JSON\n  ${times.join('\n  ')}`,
    );

    expect(done.tables.sources.add).toBe(SOURCES);
    expect(await to.sources.count()).toBe(SOURCES);
    expect(again.preview.changesNothing).toBe(true);
  }, 300_000);
});
