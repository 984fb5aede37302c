// The Dexie database: tables, indexes and schema versions of the knowledge base.
import { Dexie, type EntityTable, type Table } from 'dexie';
import type {
  AuditEntry,
  BriefingRecord,
  Highlight,
  Kol,
  Meeting,
  Note,
  Setting,
  Source,
  SourceLink,
  TherapeuticArea,
} from './model';
import type { SearchIndexRecord } from './search/sync-state';

/** Name of the IndexedDB database in the extension's origin. */
export const DATABASE_NAME = 'liaison';

/** The knowledge base. Add a version with an upgrade function for every schema change. */
export class LiaisonDb extends Dexie {
  sources!: EntityTable<Source, 'id'>;
  kols!: EntityTable<Kol, 'id'>;
  areas!: EntityTable<TherapeuticArea, 'id'>;
  highlights!: EntityTable<Highlight, 'id'>;
  notes!: EntityTable<Note, 'id'>;
  links!: EntityTable<SourceLink, 'id'>;
  /** Preferences and bookkeeping by name (e.g. `lastBackupAt`, for the backup reminder). */
  settings!: EntityTable<Setting, 'id'>;
  /** The library search index of the options page, saved so that the next visit need not rebuild it. */
  searchIndexes!: Table<SearchIndexRecord, string>;
  /** Interactions with KOLs, with their follow-ups (version 2). */
  meetings!: EntityTable<Meeting, 'id'>;
  /** Exported briefing packs (version 2). */
  briefings!: EntityTable<BriefingRecord, 'id'>;
  /** The append-only audit log of exports, imports and erasures (version 2). */
  auditLog!: EntityTable<AuditEntry, 'seq'>;

  constructor(name: string = DATABASE_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores({
      sources:
        'id, url, canonicalUrl, doi, pmid, pmcid, *nct, *authorKeys, *kolIds, *areaIds, capturedAt, updatedAt, kind',
      kols: 'id, name, orcid, *areaIds',
      areas: 'id, name, parentId',
      highlights: 'id, sourceId, *kolIds, *areaIds, createdAt, updatedAt',
      notes: 'id, sourceId, *kolIds, *areaIds, category, createdAt, updatedAt',
      links: 'id, sourceId, targetId',
      settings: 'id',
      // updatedAt (sources, notes, highlights) tells the search index what changed; searchIndexes is its saved copy.
      searchIndexes: 'id',
    });
    // Version 2: the interaction log, exported briefings and the audit log. Existing records keep their shape;
    // the upgrade only notes itself in the new audit log.
    this.version(2)
      .stores({
        meetings: 'id, kolId, date',
        briefings: 'id, kolId, createdAt',
        auditLog: '++seq, at, action',
      })
      .upgrade((tx) =>
        tx.table('auditLog').add({
          at: Date.now(),
          action: 'database-upgrade',
          summary: 'Database upgraded from version 1 to 2.',
        } satisfies AuditEntry),
      );
  }
}
