// Preact hook over the repo's live reads: a view re-renders whenever any context writes what it reads.
import { useEffect, useState } from 'preact/hooks';
import { observeQuery } from '../lib/repo/observe-query';

/** The live result of a query: `undefined` while loading; `error` set when the query failed. */
export interface LiveResult<T> {
  value: T | undefined;
  error: Error | undefined;
}

/** Subscribes to a repo query for as long as the component is mounted, re-running when `deps` change. */
export function useLiveQuery<T>(query: () => Promise<T>, deps: unknown[]): LiveResult<T> {
  const [result, setResult] = useState<LiveResult<T>>({ value: undefined, error: undefined });
  useEffect(() => {
    return observeQuery(query, {
      next: (value) => setResult({ value, error: undefined }),
      error: (error: unknown) =>
        setResult({ value: undefined, error: error instanceof Error ? error : new Error(String(error)) }),
    });
    // The caller lists what the query depends on, as with useEffect.
  }, deps);
  return result;
}
