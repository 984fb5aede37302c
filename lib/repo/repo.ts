// Binds repo functions to one database, so that entrypoints call them without ever holding the database.
import type { LiaisonDb } from '../db';

/** A repo function as its callers see it: the same arguments, less the database. */
export type WithoutDatabase<F> = F extends (db: LiaisonDb, ...args: infer A) => infer R
  ? (...args: A) => R
  : never;

/** Repo functions bound to a database: `repo.listKols()` for `listKols(db)`. */
export type Repo<T> = { [K in keyof T]: WithoutDatabase<T[K]> };

/** Any repo function: the database first, then its own arguments. */
export type DatabaseFunction = (db: LiaisonDb, ...args: never[]) => unknown;

/** One repo function bound to `db`: entrypoints bind theirs to the live database through `live` (live.ts). */
export function bindDatabase<F extends DatabaseFunction>(db: LiaisonDb, fn: F): WithoutDatabase<F> {
  return ((...args: never[]) => fn(db, ...args)) as WithoutDatabase<F>;
}

/** Several repo functions bound to `db`, as one object: what a test or a `deps` argument hands over. */
export function bindRepo<T extends Record<string, DatabaseFunction>>(db: LiaisonDb, functions: T): Repo<T> {
  const bound = Object.entries(functions).map(([name, fn]) => [name, bindDatabase(db, fn)]);
  return Object.fromEntries(bound) as Repo<T>;
}
