// Preact hook over Dexie's liveQuery: a view re-renders whenever any context writes what it reads.
import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

/** The live result of a query: `undefined` while loading; `error` set when the query failed. */
export interface LiveResult<T> {
  value: T | undefined;
  error: Error | undefined;
}

/** Subscribes to a Dexie query for as long as the component is mounted, re-running when `deps` change. */
export function useLiveQuery<T>(query: () => Promise<T>, deps: unknown[]): LiveResult<T> {
  const [result, setResult] = useState<LiveResult<T>>({ value: undefined, error: undefined });
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: (value) => setResult({ value, error: undefined }),
      error: (error: unknown) =>
        setResult({ value: undefined, error: error instanceof Error ? error : new Error(String(error)) }),
    });
    return () => subscription.unsubscribe();
    // The caller lists what the query depends on, as with useEffect.
  }, deps);
  return result;
}
