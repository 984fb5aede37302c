// The library's filters (KOL, therapeutic area, kind, capture dates, notes, a set of sources) as one predicate over indexed documents.
import type { IndexedDoc } from './library-index';

/**
 * What the library can be narrowed to. Every filter that is set must hold; a list matches a source
 * that has any of its values (the UI passes an area together with its sub-areas).
 */
export interface SearchFilters {
  /** Sources linked to any of these KOLs (`source.kolIds`). */
  kolIds?: readonly string[];
  /** Sources linked to any of these therapeutic areas (`source.areaIds`). */
  areaIds?: readonly string[];
  /** Sources of any of these kinds (`SourceKind`). */
  kinds?: readonly string[];
  /** Captured at or after this time, epoch milliseconds. */
  capturedFrom?: number;
  /** Captured before this time, epoch milliseconds (exclusive, so a day's end is the next day's start). */
  capturedBefore?: number;
  /** true: only sources with notes; false: only those without. */
  hasNotes?: boolean;
  /** Only these sources (a set the caller looked up, such as those with a Safety mark). */
  sourceIds?: ReadonlySet<string>;
}

function hasAny(values: readonly string[], wanted: ReadonlySet<string>): boolean {
  for (const value of values) if (wanted.has(value)) return true;
  return false;
}

/** Compiles filters once per query into one predicate, or undefined when nothing is filtered. */
export function compileFilters(filters: SearchFilters): ((doc: IndexedDoc) => boolean) | undefined {
  const checks: ((doc: IndexedDoc) => boolean)[] = [];
  const { kolIds, areaIds, kinds, capturedFrom, capturedBefore, hasNotes, sourceIds } = filters;
  if (kolIds?.length) {
    const wanted = new Set(kolIds);
    checks.push((doc) => hasAny(doc.kolIds, wanted));
  }
  if (areaIds?.length) {
    const wanted = new Set(areaIds);
    checks.push((doc) => hasAny(doc.areaIds, wanted));
  }
  if (kinds?.length) {
    const wanted = new Set(kinds);
    checks.push((doc) => wanted.has(doc.kind));
  }
  if (capturedFrom !== undefined) checks.push((doc) => doc.capturedAt >= capturedFrom);
  if (capturedBefore !== undefined) checks.push((doc) => doc.capturedAt < capturedBefore);
  if (hasNotes !== undefined) checks.push((doc) => doc.hasNotes === hasNotes);
  if (sourceIds) checks.push((doc) => sourceIds.has(doc.id));
  if (checks.length === 0) return undefined;
  return (doc) => checks.every((check) => check(doc));
}
