// Reading backup files: what is refused, with which message; what an older or hand-edited file may still hold.
import { describe, expect, it } from 'vitest';
import { BackupError } from './backup-error';
import { buildBackup, toBackupJson, toBackupJsonParts } from './build';
import { BACKUP_SCHEMA_VERSION } from './file-format';
import { parseBackup } from './parse';

const NOW = Date.UTC(2025, 2, 14);
const note = (id: string, text: unknown = 'Unmet need in 2L NSCLC') => ({
  id,
  text,
  kolIds: [],
  areaIds: [],
  createdAt: 1,
  updatedAt: 2,
});
const source = {
  id: 's1',
  url: 'https://j.example/1',
  kind: 'journal-article',
  title: 'Tïtle 🧬',
  authors: [],
  nct: [],
  kolIds: [],
  areaIds: [],
  capturedAt: 1,
  updatedAt: 1,
};

function backupJson(overrides: Record<string, unknown> = {}, data: Record<string, unknown[]> = {}): string {
  const tables = {
    areas: [],
    kols: [],
    sources: [source],
    highlights: [],
    notes: [note('n1')],
    links: [],
    meetings: [],
    briefings: [],
    settings: [],
    ...data,
  };
  const counts = Object.fromEntries(Object.entries(tables).map(([k, v]) => [k, v.length]));
  return JSON.stringify({
    format: 'liaison-backup',
    schemaVersion: 1,
    exportedAt: new Date(NOW).toISOString(),
    counts,
    data: tables,
    ...overrides,
  });
}

function refusal(json: string): BackupError {
  try {
    parseBackup(json);
  } catch (error) {
    if (error instanceof BackupError) return error;
    throw error;
  }
  throw new Error('the backup was accepted');
}

describe('parseBackup', () => {
  it('reads a backup it wrote, line by line, and one with a byte-order mark', () => {
    const backup = buildBackup(
      {
        areas: [],
        kols: [],
        sources: [],
        highlights: [],
        notes: [],
        links: [],
        meetings: [],
        briefings: [],
        settings: [],
      },
      NOW,
    );
    expect(parseBackup(toBackupJson(backup))).toMatchObject({
      schemaVersion: BACKUP_SCHEMA_VERSION,
      exportedAt: '2025-03-14T00:00:00.000Z',
    });
    expect(toBackupJsonParts(backup).join('')).toContain('"data":{\n"areas":[]');
    expect(parseBackup(`\uFEFF${backupJson()}`).data.notes).toHaveLength(1);
  });

  it('refuses an empty, a cut-off and a damaged file, and says which', () => {
    const json = backupJson();
    expect(refusal('  \n')).toMatchObject({
      code: 'empty',
      message: 'The file is empty: it holds no backup.',
    });
    const cut = json.slice(0, json.length - 40);
    expect(refusal(cut)).toMatchObject({ code: 'cut-off' });
    expect(refusal(cut).message).toBe(
      `The backup is cut off (invalid JSON at position ${cut.length}): the file ends before its data does. Use a complete copy of the file.`,
    );
    expect(refusal(`${json}}`)).toMatchObject({
      code: 'damaged',
      message: `The backup is damaged (invalid JSON at position ${json.length}): it cannot be read.`,
    });
    expect(refusal(json.replace('"schemaVersion":1', '"schemaVersion":1x')).code).toBe('damaged');
  });

  it('refuses a file that is not a Liaison backup', () => {
    for (const foreign of [
      'name,orcid\nJane Smith,0000-0002-1825-0097',
      '[1,2]',
      '{"format":"zotero"}',
      'null',
      '"liaison-backup"',
      '{"data":{}}',
    ]) {
      expect(refusal(foreign)).toMatchObject({
        code: 'foreign',
        message: 'This file is not a Liaison backup.',
      });
    }
  });

  it('refuses a backup made by a newer Liaison, or holding tables this version does not know', () => {
    expect(refusal(backupJson({ schemaVersion: BACKUP_SCHEMA_VERSION + 1 }))).toMatchObject({
      code: 'newer',
      message: `This backup was made by a newer version of Liaison (backup format ${BACKUP_SCHEMA_VERSION + 1}; this version reads up to ${BACKUP_SCHEMA_VERSION}). Update Liaison, then import it again.`,
    });
    expect(refusal(backupJson({}, { reminders: [] })).message).toMatch(
      /^This backup holds data this version of Liaison does not know \(reminders\)/,
    );
    expect(refusal(backupJson({ schemaVersion: '1' })).message).toBe(
      'This Liaison backup has no valid schema version, so it cannot be read.',
    );
  });

  it('names the record and the field that is wrong, counting records from 1', () => {
    const notes = (bad: unknown) => backupJson({}, { notes: [note('n1'), bad] });
    expect(refusal(notes({ ...note('n2'), text: undefined })).message).toBe('Record 2 in notes has no text.');
    expect(refusal(notes(note('n2', '   '))).message).toBe('Record 2 in notes has no text.');
    expect(refusal(notes(note('n2', 42))).message).toBe(
      'Record 2 in notes: text should be text, not the number 42.',
    );
    expect(refusal(notes({ ...note('n2'), category: 'gossip' })).message).toBe(
      'Record 2 in notes: category is the text "gossip", which this version of Liaison does not know.',
    );
    expect(refusal(notes(note('n2', 'x'.repeat(1_000_001)))).message).toBe(
      'Record 2 in notes: text is longer than 1000000 characters.',
    );
    expect(refusal(notes({ ...note('n2'), kolIds: 'k1' })).message).toBe(
      'Record 2 in notes: kolIds should be a list, not the text "k1".',
    );
    expect(refusal(notes({ ...note('n2'), updatedAt: null })).message).toBe(
      'Record 2 in notes: updatedAt should be a number, not empty (null).',
    );
    expect(refusal(notes('n2')).message).toBe('Record 2 in notes is not a record (it is the text "n2").');
    expect(refusal(notes(note('n1'))).message).toBe('Record 2 in notes has the same id as record 1.');
    const author = { ...source, authors: [{ name: 'A', affiliations: [] }, { affiliations: [] }] };
    expect(refusal(backupJson({}, { sources: [author] })).message).toBe(
      'Record 1 in sources has no authors.2.name.',
    );
  });

  it('lists every problem up to twenty, and names the first ones in the message', () => {
    const error = refusal(backupJson({}, { notes: [note('a', ''), note('b', ''), note('c')] }));
    expect(error.message).toBe('Record 1 in notes has no text (and 1 other problem).');
    expect(error.problems).toEqual(['Record 1 in notes has no text', 'Record 2 in notes has no text']);
    const many = refusal(backupJson({}, { notes: Array.from({ length: 30 }, (_, i) => note(`n${i}`, '')) }));
    expect(many.problems).toHaveLength(20);
    expect(many.message).toBe('Record 1 in notes has no text (and more problems).');
  });

  it('refuses a backup whose counts do not match its records: a sign of damage or editing', () => {
    const json = backupJson({ counts: { sources: 1, notes: 3 } });
    expect(refusal(json).message).toBe('The backup is incomplete: it should hold 3 notes but holds 1.');
    expect(refusal(backupJson({ counts: undefined })).message).toMatch(/does not say how many records/);
  });

  it('accepts a table the backup does not have (an older version) as empty, and drops fields it does not know', () => {
    const file = JSON.parse(backupJson({}, { notes: [{ ...note('n1'), colour: 'red' }] })) as {
      counts: Record<string, number>;
      data: Record<string, unknown>;
    };
    delete file.counts.links;
    delete file.data.links;
    const parsed = parseBackup(JSON.stringify(file));
    expect(parsed.data.links).toEqual([]);
    expect(parsed.data.notes[0]).not.toHaveProperty('colour');
  });
});
