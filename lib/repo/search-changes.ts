// Collects the ids of sources, notes and highlights that writes changed, from Dexie's `storagemutated` event (any context).
import type { IntervalTree, ObservabilitySet } from 'dexie';

/** The tables the search reads, by their Dexie names. */
const TABLES = ['sources', 'notes', 'highlights'] as const;

/** Ids changed since the index last looked; `everything` when a write touched a range (a bulk write, a clear). */
export interface ChangedKeys {
  sources: Set<string>;
  notes: Set<string>;
  highlights: Set<string>;
  everything: boolean;
  /** The saved index was cleared (an import does that): the data may have changed in ways no stamp shows. */
  rebuild: boolean;
}

function noChanges(): ChangedKeys {
  return { sources: new Set(), notes: new Set(), highlights: new Set(), everything: false, rebuild: false };
}

/** Adds the single keys of an interval tree to `into`; false when it holds a range of keys instead. */
function collectKeys(tree: IntervalTree | null | undefined, into: Set<string>): boolean {
  if (!tree || !('from' in tree)) return true;
  if (tree.from !== tree.to || typeof tree.from !== 'string') return false;
  into.add(tree.from);
  return collectKeys(tree.l, into) && collectKeys(tree.r, into);
}

/**
 * Gathers what `Dexie.on('storagemutated')` reports for one database. Dexie fires it after every
 * committed write in any context of the origin (over a BroadcastChannel), with the primary keys of
 * the records written (or a whole range for bulk writes of 50 records or more): so the index learns
 * exactly which records to re-read, without counting or scanning tables.
 */
export class ChangeCollector {
  private pending = noChanges();

  constructor(private readonly dbName: string) {}

  /** Adds an event's changes; true when it concerns the searched tables of this database. */
  add(parts: ObservabilitySet): boolean {
    if ('all' in parts) {
      // Dexie's signal that anything may have changed (a page restored from the back/forward cache).
      this.pending.everything = true;
      return true;
    }
    let relevant = false;
    for (const table of TABLES) {
      const tree = parts[`idb://${this.dbName}/${table}/`];
      if (!tree) continue;
      relevant = true;
      if (!collectKeys(tree, this.pending[table])) this.pending.everything = true;
    }
    // Saving the index writes two rows by key; clearing the table is the signal to rebuild.
    const saved = parts[`idb://${this.dbName}/searchIndexes/`];
    if (saved && !collectKeys(saved, new Set())) {
      this.pending.rebuild = true;
      relevant = true;
    }
    return relevant;
  }

  /** Whether nothing is waiting. */
  get isEmpty(): boolean {
    const p = this.pending;
    return (
      !p.everything && !p.rebuild && p.sources.size === 0 && p.notes.size === 0 && p.highlights.size === 0
    );
  }

  /** Hands over what is waiting and starts collecting afresh. */
  take(): ChangedKeys {
    const taken = this.pending;
    this.pending = noChanges();
    return taken;
  }
}
