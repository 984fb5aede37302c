// Reads a backup file: refuses what is not a whole, valid Liaison backup this version can read, before anything is written.
import * as v from 'valibot';
import { BackupError } from './backup-error';
import {
  BACKUP_FORMAT,
  BACKUP_SCHEMA_VERSION,
  BACKUP_TABLES,
  type BackupCounts,
  type BackupData,
  type BackupRecords,
  type BackupTable,
} from './file-format';
import { describeIssue, isCutOffJson, jsonErrorPosition, summarizeProblems } from './problem-messages';
import { BACKUP_LIMITS, RECORD_SCHEMAS } from './record-schemas';

/** A backup that passed every check: its records are typed and bounded. */
export interface ParsedBackup {
  schemaVersion: number;
  exportedAt: string;
  counts: BackupCounts;
  data: BackupData;
}

/** Problems listed in one error; the rest are counted, not collected. */
const MAX_PROBLEMS = 20;

const NOT_A_BACKUP = 'This file is not a Liaison backup.';

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Parses JSON, telling a file that was cut off from one that is damaged. */
function parseJson(file: string): unknown {
  const json = file.startsWith('\uFEFF') ? file.slice(1) : file; // a byte-order mark, as some editors save
  if (json.trim() === '') throw new BackupError('empty', 'The file is empty: it holds no backup.');
  try {
    return JSON.parse(json);
  } catch (error) {
    // Text that never was a backup (a CSV, a document) is foreign, not damaged.
    if (!json.trimStart().startsWith('{') || !json.includes(BACKUP_FORMAT))
      throw new BackupError('foreign', NOT_A_BACKUP);
    if (isCutOffJson(json)) {
      throw new BackupError(
        'cut-off',
        `The backup is cut off (invalid JSON at position ${json.length}): the file ends before its data does. Use a complete copy of the file.`,
      );
    }
    const position = jsonErrorPosition(json, error instanceof Error ? error.message : '');
    const where = position === undefined ? '' : ` at position ${position}`;
    throw new BackupError('damaged', `The backup is damaged (invalid JSON${where}): it cannot be read.`);
  }
}

/** The records of one table, checked one by one; problems name the record by its place in the file, from 1. */
function checkTable<T extends BackupTable>(table: T, raw: unknown, problems: string[]): BackupRecords[T][] {
  if (raw === undefined) return []; // a table this backup's version did not have yet
  if (!Array.isArray(raw)) {
    problems.push(`The ${table} in this backup are not a list`);
    return [];
  }
  if (raw.length > BACKUP_LIMITS.records) {
    problems.push(`The backup holds more ${table} than Liaison can import (over ${BACKUP_LIMITS.records})`);
    return [];
  }
  const schema = RECORD_SCHEMAS[table] as unknown as v.GenericSchema<unknown, BackupRecords[T]>;
  const records: BackupRecords[T][] = [];
  const seen = new Map<string, number>();
  for (let i = 0; i < raw.length && problems.length <= MAX_PROBLEMS; i++) {
    const result = v.safeParse(schema, raw[i], { abortEarly: true });
    const where = `Record ${i + 1} in ${table}`;
    if (!result.success) {
      problems.push(describeIssue(where, result.issues[0]));
      continue;
    }
    const first = seen.get(result.output.id);
    if (first !== undefined) problems.push(`${where} has the same id as record ${first + 1}`);
    else seen.set(result.output.id, i);
    records.push(result.output);
  }
  return records;
}

/**
 * Checks the records of every table and the stated counts. Used on import, and on export so that a backup
 * that could not be restored is reported when it is made, not on the day it is needed.
 */
export function checkBackupData(
  rawData: unknown,
  rawCounts: unknown,
): { data: BackupData; counts: BackupCounts } {
  if (!isObject(rawData)) throw new BackupError('invalid', 'This Liaison backup holds no data.');
  const unknown = Object.keys(rawData).filter((key) => !(BACKUP_TABLES as readonly string[]).includes(key));
  if (unknown.length > 0) {
    throw new BackupError(
      'newer',
      `This backup holds data this version of Liaison does not know (${unknown.slice(0, 3).join(', ')}). Update Liaison, then import it again.`,
    );
  }
  const problems: string[] = [];
  const data = {} as BackupData;
  const counts = {} as BackupCounts;
  const stated = isObject(rawCounts) ? rawCounts : {};
  for (const table of BACKUP_TABLES) {
    (data as Record<BackupTable, unknown[]>)[table] = checkTable(table, rawData[table], problems);
    counts[table] = data[table].length;
    const listed = Array.isArray(rawData[table]) ? rawData[table].length : 0;
    if (stated[table] !== undefined && stated[table] !== listed && problems.length <= MAX_PROBLEMS) {
      problems.push(
        `The backup is incomplete: it should hold ${String(stated[table])} ${table} but holds ${listed}`,
      );
    }
  }
  if (problems.length > 0) {
    const shown = problems.slice(0, MAX_PROBLEMS);
    throw new BackupError('invalid', summarizeProblems(shown, problems.length > MAX_PROBLEMS), shown);
  }
  return { data, counts };
}

/** Checks the envelope of a parsed file: that it is a Liaison backup, of a version this Liaison reads. */
export function checkBackup(value: unknown): ParsedBackup {
  if (!isObject(value) || value.format !== BACKUP_FORMAT) {
    throw new BackupError('foreign', NOT_A_BACKUP);
  }
  const { schemaVersion } = value;
  if (typeof schemaVersion !== 'number' || !Number.isInteger(schemaVersion) || schemaVersion < 1) {
    throw new BackupError(
      'invalid',
      'This Liaison backup has no valid schema version, so it cannot be read.',
    );
  }
  if (schemaVersion > BACKUP_SCHEMA_VERSION) {
    throw new BackupError(
      'newer',
      `This backup was made by a newer version of Liaison (backup format ${schemaVersion}; this version reads up to ${BACKUP_SCHEMA_VERSION}). Update Liaison, then import it again.`,
    );
  }
  if (!isObject(value.counts))
    throw new BackupError(
      'invalid',
      'This Liaison backup does not say how many records it holds, so it cannot be checked.',
    );
  const exportedAt =
    typeof value.exportedAt === 'string' && value.exportedAt.length <= 40 ? value.exportedAt : '';
  const { data, counts } = checkBackupData(value.data, value.counts);
  return { schemaVersion, exportedAt, counts, data };
}

/**
 * Reads the text of a backup file. Throws a BackupError whose message names the problem in plain words:
 * empty, cut off, damaged, not a Liaison backup, made by a newer version, or a record that is wrong.
 */
export function parseBackup(json: string): ParsedBackup {
  return checkBackup(parseJson(json));
}
