// The one shared connection to the knowledge base of the extension's origin; only lib/repo opens it.
import { LiaisonDb } from '../db';

let database: LiaisonDb | undefined;

/** The database of this extension origin, opened on first use. */
export function openDatabase(): LiaisonDb {
  database ??= new LiaisonDb();
  return database;
}

/** The environment repo functions use in the running extension: wall-clock time and random UUIDs. */
export const liveEnv = {
  now: (): number => Date.now(),
  newId: (): string => crypto.randomUUID(),
};
