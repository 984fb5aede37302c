// The registry of tables: every table of lib/db.ts is either backed up or declared derived, so none is forgotten.
import { describe, expect, it } from 'vitest';
import { LiaisonDb } from '../db';
import { BACKUP_TABLES, DERIVED_TABLES, LOCAL_TABLES } from './file-format';

describe('backup tables', () => {
  it('classify every table of the database', () => {
    const tables = new LiaisonDb('schema-only').tables.map((t) => t.name);
    const unclassified = tables.filter(
      (t) =>
        !(BACKUP_TABLES as readonly string[]).includes(t) && !(t in DERIVED_TABLES) && !(t in LOCAL_TABLES),
    );
    expect(
      unclassified,
      "add each new table to BACKUP_TABLES (user data, with a schema in record-schemas.ts), DERIVED_TABLES (rebuilt) or LOCAL_TABLES (this browser's own) in lib/backup/file-format.ts",
    ).toEqual([]);
    expect(BACKUP_TABLES.filter((t) => !tables.includes(t))).toEqual([]);
  });
});
