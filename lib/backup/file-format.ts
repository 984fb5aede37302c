// The backup file format: its name and version, which tables it holds, and which it leaves out and why.
import type {
  BriefingRecord,
  Highlight,
  Kol,
  Meeting,
  Note,
  Setting,
  Source,
  SourceLink,
  TherapeuticArea,
} from '../model';

/** The `format` field of every backup: how a Liaison backup is told apart from any other JSON file. */
export const BACKUP_FORMAT = 'liaison-backup';

/**
 * The version of the record shapes in `data`. Bump it when a change to lib/model.ts means an older
 * Liaison would misread a backup (a renamed or retyped field, a new table, a new enum value): an older
 * Liaison then refuses the file as "made by a newer version" instead of dropping data.
 */
export const BACKUP_SCHEMA_VERSION = 2;

/**
 * The tables a backup holds, in the order they are written and listed: what others refer to comes first
 * (areas before KOLs, sources before their highlights, notes and links).
 */
export const BACKUP_TABLES = [
  'areas',
  'kols',
  'sources',
  'highlights',
  'notes',
  'links',
  'meetings',
  'briefings',
  'settings',
] as const;

/** A table a backup holds. */
export type BackupTable = (typeof BACKUP_TABLES)[number];

/**
 * Tables of derived data, left out of a backup because they are rebuilt from the records, and cleared when
 * an import writes anything, so that they are rebuilt with what was imported. Every table of lib/db.ts is
 * either in BACKUP_TABLES or here (a test checks it): a new table must be classified before it ships.
 */
export const DERIVED_TABLES: Readonly<Record<string, string>> = {
  searchIndexes: 'the saved copy of the library search index, rebuilt from sources, notes and highlights',
};

/**
 * Tables that describe this browser's history rather than the library: neither exported nor overwritten by an
 * import (an import appends to them instead).
 */
export const LOCAL_TABLES: Readonly<Record<string, string>> = {
  auditLog: 'the append-only audit log of exports, imports and erasures made in this browser',
};

/** Settings that describe this browser rather than the library: never exported and never imported. */
export const DEVICE_SETTINGS: readonly string[] = ['lastBackupAt'];

/** A source as a backup holds it: `authorKeys` is an index derived from the authors and rebuilt on import. */
export type BackupSource = Omit<Source, 'authorKeys'>;

/** The record type of each backed-up table. */
export interface BackupRecords {
  areas: TherapeuticArea;
  kols: Kol;
  sources: BackupSource;
  highlights: Highlight;
  notes: Note;
  links: SourceLink;
  meetings: Meeting;
  briefings: BriefingRecord;
  settings: Setting;
}

/** The records of a backup, table by table. */
export type BackupData = { [T in BackupTable]: BackupRecords[T][] };

/** How many records of each table a backup holds; checked against `data` on import to catch damage. */
export type BackupCounts = Record<BackupTable, number>;

/** The whole backup file, as JSON. */
export interface BackupDocument {
  format: typeof BACKUP_FORMAT;
  schemaVersion: number;
  /** When the backup was made, ISO 8601 in UTC, for people reading the file and for the import preview. */
  exportedAt: string;
  counts: BackupCounts;
  data: BackupData;
}
