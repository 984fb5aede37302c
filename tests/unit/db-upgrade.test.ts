// Every schema version of lib/db.ts must open a database written by the version before it, every record intact and migrated.
//
// To add version N+1 to lib/db.ts, add ONE entry to PREVIOUS_VERSIONS:
//   { version: N, stores: <version N's stores, copied from lib/db.ts; frozen from then on>,
//     records: <records as version N wrote them, for every table>, migrate: <what the upgrade makes of each> }
// The test writes those records with plain Dexie at version N, closes the database, opens it with LiaisonDb
// (which runs the upgrade functions) and finds every record as `migrate` says. Keep the older entries: a
// user may skip versions, so each one must still open in the newest Liaison.
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { LiaisonDb } from '../../lib/db';
import type { Highlight, Kol, Note, Setting, Source, SourceLink, TherapeuticArea } from '../../lib/model';

/** One earlier schema: how it stored data, a sample of its records, and what the upgrades make of them. */
interface PreviousVersion {
  version: number;
  stores: Record<string, string>;
  records: Record<string, object[]>;
  /** The record an upgrade turns `record` of `table` into (identity when the shape did not change). */
  migrate: (table: string, record: object) => object;
}

const unchanged = (_table: string, record: object): object => record;

/** Records of every table, as version 1 writes them: Unicode, optional fields present and absent. */
const V1_RECORDS = {
  areas: [
    { id: 'a1', name: 'Oncology', keywords: ['tumour'], createdAt: 1, updatedAt: 2 },
    { id: 'a2', name: 'NSCLC', parentId: 'a1', keywords: [], color: '#c33', createdAt: 1, updatedAt: 1 },
  ] satisfies TherapeuticArea[],
  kols: [
    {
      id: 'k1',
      name: 'Zoë Müller-Łukasz',
      nameVariants: ['Müller-Łukasz Z'],
      areaIds: ['a1'],
      orcid: '0000-0002-1825-0097',
      createdAt: 1,
      updatedAt: 1,
    },
  ] satisfies Kol[],
  sources: [
    {
      id: 's1',
      url: 'https://journal.example/a/1',
      canonicalUrl: 'https://doi.org/10.1000/x1',
      kind: 'journal-article',
      title: 'Pembrolizumab — 5-year OS',
      authors: [{ name: 'Zoë Müller-Łukasz', family: 'Müller-Łukasz', affiliations: ['Charité'] }],
      doi: '10.1000/x1',
      pmid: '123',
      nct: ['NCT01234567'],
      abstract: { text: 'Background', sections: [{ label: 'Background', text: 'Background' }] },
      authorKeys: ['muller-lukasz'],
      kolIds: ['k1'],
      areaIds: ['a2'],
      capturedAt: 10,
      updatedAt: 20,
    },
  ] satisfies Source[],
  highlights: [
    {
      id: 'h1',
      sourceId: 's1',
      exact: 'HR 0.62',
      prefix: 'OS ',
      start: 4,
      end: 11,
      kolIds: [],
      areaIds: [],
      createdAt: 11,
      updatedAt: 11,
    },
  ] satisfies Highlight[],
  notes: [
    {
      id: 'n1',
      sourceId: 's1',
      text: 'Unmet need in 2L',
      category: 'unmet-need',
      kolIds: ['k1'],
      areaIds: ['a2'],
      createdAt: 12,
      updatedAt: 13,
    },
    { id: 'n2', text: '自由なメモ', kolIds: [], areaIds: [], createdAt: 14, updatedAt: 14 },
  ] satisfies Note[],
  links: [
    {
      id: 's1|kol|k1',
      sourceId: 's1',
      target: 'kol',
      targetId: 'k1',
      origin: 'author-match',
      position: 'first',
      createdAt: 10,
    },
  ] satisfies SourceLink[],
  settings: [{ id: 'lastBackupAt', value: 5, updatedAt: 5 }] satisfies Setting[],
  searchIndexes: [{ id: 'library', savedAt: 30, index: { version: 1 }, sync: {} }],
};

/** Version 1's stores, frozen as lib/db.ts declared them. */
const V1_STORES = {
  sources:
    'id, url, canonicalUrl, doi, pmid, pmcid, *nct, *authorKeys, *kolIds, *areaIds, capturedAt, updatedAt, kind',
  kols: 'id, name, orcid, *areaIds',
  areas: 'id, name, parentId',
  highlights: 'id, sourceId, *kolIds, *areaIds, createdAt, updatedAt',
  notes: 'id, sourceId, *kolIds, *areaIds, category, createdAt, updatedAt',
  links: 'id, sourceId, targetId',
  settings: 'id',
  searchIndexes: 'id',
};

/** Earlier versions, oldest first; see the header for how to add one. */
const PREVIOUS_VERSIONS: PreviousVersion[] = [
  // Version 2 added meetings, briefings and the audit log; records of version 1 keep their shape.
  { version: 1, stores: V1_STORES, records: V1_RECORDS, migrate: unchanged },
];

/** The stores lib/db.ts declares for its newest version, as `version(n).stores()` takes them. */
function storesOf(db: Dexie): Record<string, string> {
  return Object.fromEntries(
    db.tables.map((t) => [t.name, [t.schema.primKey.src, ...t.schema.indexes.map((i) => i.src)].join(', ')]),
  );
}

/** While there is no earlier version, the same pattern reopens a version 1 database: nothing to migrate. */
const CASES: PreviousVersion[] =
  PREVIOUS_VERSIONS.length > 0
    ? PREVIOUS_VERSIONS
    : [
        {
          version: 1,
          stores: storesOf(new LiaisonDb('schema-only')),
          records: V1_RECORDS,
          migrate: unchanged,
        },
      ];

const names: string[] = [];
afterEach(async () => {
  await Promise.all(names.splice(0).map((name) => Dexie.delete(name)));
});

describe('database upgrades', () => {
  it('has an entry for the version before the newest one in lib/db.ts', () => {
    const newest = new LiaisonDb('schema-only').verno;
    expect(
      newest === 1 || PREVIOUS_VERSIONS.some((v) => v.version === newest - 1),
      `add version ${newest - 1} to PREVIOUS_VERSIONS`,
    ).toBe(true);
  });

  it.each(CASES)(
    'opens a database written by version $version with every record intact',
    async ({ version, stores, records, migrate }) => {
      const missing = Object.keys(stores).filter((table) => !records[table]?.length);
      expect(
        missing,
        'give every table sample records, so that the test can find them after the upgrade',
      ).toEqual([]);
      const name = `upgrade-from-${version}-${Math.random()}`;
      names.push(name);

      const old = new Dexie(name);
      old.version(version).stores(stores);
      await old.transaction('rw', old.tables, () =>
        Promise.all(old.tables.map((t) => t.bulkAdd(records[t.name] ?? []))),
      );
      old.close();

      const db = new LiaisonDb(name);
      for (const table of Object.keys(stores)) {
        const expected = (records[table] ?? []).map((r) => migrate(table, r));
        expect(await db.table(table).toArray(), table).toEqual(expected);
      }
      expect(await db.sources.where('doi').equals('10.1000/x1').count(), 'indexes work on the old data').toBe(
        1,
      );
      const upgrades = await db.auditLog.where('action').equals('database-upgrade').toArray();
      expect(upgrades.map((e) => e.summary)).toContain(
        `Database upgraded from version ${version} to ${version + 1}.`,
      );
      db.close();
    },
  );
});
