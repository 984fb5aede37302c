// The repo of the running extension: popup, options and background bind the functions they use to its database.
import { openDatabase } from './database';
import { bindDatabase, type DatabaseFunction, type WithoutDatabase } from './repo';

/** A repo function bound to this origin's database, so that an entrypoint calls it and never sees the database. */
export function live<F extends DatabaseFunction>(fn: F): WithoutDatabase<F> {
  return bindDatabase(openDatabase(), fn);
}

export { liveEnv } from './database';
