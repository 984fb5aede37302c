// Live reads: re-runs a repo query whenever any context of the extension writes what it read (Dexie's liveQuery).
import { liveQuery } from 'dexie';

/** What an observed query reports: each new result, or the error that stopped it. */
export interface QueryObserver<T> {
  next: (value: T) => void;
  error: (error: unknown) => void;
}

/** Observes a repo read, so views need not know the database is Dexie; returns the unsubscribe. */
export function observeQuery<T>(query: () => Promise<T>, observer: QueryObserver<T>): () => void {
  const subscription = liveQuery(query).subscribe(observer);
  return () => subscription.unsubscribe();
}
