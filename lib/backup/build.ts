// Builds a backup document from the records of the library and writes it as JSON, one record per line.
import type { Setting, Source } from '../model';
import { BackupError } from './backup-error';
import {
  BACKUP_FORMAT,
  BACKUP_SCHEMA_VERSION,
  BACKUP_TABLES,
  DEVICE_SETTINGS,
  type BackupDocument,
  type BackupRecords,
  type BackupSource,
} from './file-format';
import { checkBackupData } from './parse';

/** The records as the database holds them: sources with their derived `authorKeys`, every setting. */
export type LibraryRecords = {
  [T in keyof BackupRecords]: T extends 'sources' ? Source[] : BackupRecords[T][];
};

function withoutAuthorKeys(source: Source): BackupSource {
  const rest: Source = { ...source };
  delete rest.authorKeys;
  return rest;
}

/**
 * The backup of a library: user data only (no derived index, no setting of this browser), checked with the
 * same rules an import applies, so that a library that could not be restored is reported now, when the
 * record can still be fixed, rather than on the day the backup is needed.
 */
export function buildBackup(records: LibraryRecords, now: number): BackupDocument {
  const raw = {
    ...records,
    sources: records.sources.map(withoutAuthorKeys),
    settings: records.settings.filter((s: Setting) => !DEVICE_SETTINGS.includes(s.id)),
  };
  try {
    const { data, counts } = checkBackupData(raw, undefined);
    return {
      format: BACKUP_FORMAT,
      schemaVersion: BACKUP_SCHEMA_VERSION,
      exportedAt: new Date(now).toISOString(),
      counts,
      data,
    };
  } catch (error) {
    if (!(error instanceof BackupError)) throw error;
    throw new BackupError(
      'invalid',
      `The library holds a record that a backup could not restore, so no backup was made. ${error.message}`,
      error.problems,
    );
  }
}

/**
 * The backup as JSON text in pieces, one record per line, to hand to `new Blob(parts)`: a large library
 * never has to fit in one string, and the file stays readable and diffable.
 */
export function toBackupJsonParts(backup: BackupDocument): string[] {
  const head = {
    format: backup.format,
    schemaVersion: backup.schemaVersion,
    exportedAt: backup.exportedAt,
    counts: backup.counts,
  };
  const parts = [`${JSON.stringify(head).slice(0, -1)},\n"data":{\n`];
  BACKUP_TABLES.forEach((table, t) => {
    const records: readonly unknown[] = backup.data[table];
    parts.push(`${JSON.stringify(table)}:[`);
    records.forEach((record, i) => parts.push(`${i === 0 ? '\n' : ',\n'}${JSON.stringify(record)}`));
    parts.push(`${records.length > 0 ? '\n' : ''}]${t < BACKUP_TABLES.length - 1 ? ',' : ''}\n`);
  });
  parts.push('}}\n');
  return parts;
}

/** The backup as one JSON string, for small libraries and tests. */
export function toBackupJson(backup: BackupDocument): string {
  return toBackupJsonParts(backup).join('');
}

/** A file name that sorts by date and says what the file is: `liaison-backup-2025-03-14.json`. */
export function backupFileName(now: number): string {
  return `liaison-backup-${new Date(now).toISOString().slice(0, 10)}.json`;
}
