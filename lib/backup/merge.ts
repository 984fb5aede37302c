// Decides what an import does with each record (add, update or skip) and merges a backup's sources into the
// library's copies of the same works (same DOI, PMID or address), pointing their notes, highlights and links there.
import { familyKeys } from '../match/kol-match';
import type { Source } from '../model';
import {
  BACKUP_TABLES,
  DEVICE_SETTINGS,
  type BackupData,
  type BackupRecords,
  type BackupSource,
  type BackupTable,
} from './file-format';

/** Records as the database stores them: sources carry their derived `authorKeys`. */
export type StoredRecords = Omit<BackupRecords, 'sources'> & { sources: Source };

/** What an import does to one table: records added, existing records changed, records that change nothing. */
export interface TablePreview {
  add: number;
  update: number;
  skip: number;
}

/** The outcome of merging a backup into the library, before (plan) or after (apply) it is written. */
export interface MergeResult {
  tables: Record<BackupTable, TablePreview>;
  /** Sources of the backup that are already in the library under another id, and were merged into it. */
  mergedSources: number;
  /** The records to write, per table. */
  writes: { [T in BackupTable]: StoredRecords[T][] };
}

/** The library's records an import may touch: those with the ids the backup's records will have. */
export type LocalRecords = { [T in BackupTable]: ReadonlyMap<string, StoredRecords[T]> };

const isWebAddress = (url: string | undefined): url is string => !!url && /^https?:\/\//i.test(url);

/** The scholarly identifiers that make two sources the same work, most reliable first. */
export function identifierKeys(source: Pick<Source, 'doi' | 'pmid' | 'canonicalUrl' | 'url'>): string[] {
  return [
    source.doi ? `doi:${source.doi.toLowerCase()}` : '',
    source.pmid ? `pmid:${source.pmid}` : '',
    ...[source.canonicalUrl, source.url].filter(isWebAddress).map((url) => `url:${url}`),
  ].filter(Boolean);
}

/**
 * For each source of the backup that the library lacks by id, the library source that is the same work
 * (same DOI, else PMID, else canonical or page address), if any: the backup's id is replaced by the
 * library's, so that a paper clipped on two machines stays one source. `local` holds the library sources
 * found by the backup's ids and identifiers.
 */
export function matchSources(
  incoming: readonly BackupSource[],
  local: readonly Source[],
): Map<string, string> {
  const localIds = new Set(local.map((s) => s.id));
  const byKey = new Map<string, string>();
  const oldestFirst = [...local].sort((a, b) => a.capturedAt - b.capturedAt || a.id.localeCompare(b.id));
  for (const source of oldestFirst)
    for (const key of identifierKeys(source)) if (!byKey.has(key)) byKey.set(key, source.id);
  const remap = new Map<string, string>();
  for (const source of incoming) {
    if (localIds.has(source.id)) continue;
    const match = identifierKeys(source)
      .map((key) => byKey.get(key))
      .find((id) => id !== undefined);
    if (match !== undefined) remap.set(source.id, match);
  }
  return remap;
}

/** The id a link has for its source and target, as lib/repo/links.ts `linkId` makes it. */
const linkIdOf = (sourceId: string, target: string, targetId: string): string =>
  `${sourceId}|${target}|${targetId}`;

/** The backup's records with source ids replaced by the library's, and link ids made from their ends. */
export function remapBackup(data: BackupData, remap: ReadonlyMap<string, string>): BackupData {
  const to = (id: string): string => remap.get(id) ?? id;
  return {
    ...data,
    sources: data.sources.map((s) => (remap.has(s.id) ? { ...s, id: to(s.id) } : s)),
    highlights: data.highlights.map((h) => (remap.has(h.sourceId) ? { ...h, sourceId: to(h.sourceId) } : h)),
    notes: data.notes.map((n) =>
      n.sourceId !== undefined && remap.has(n.sourceId) ? { ...n, sourceId: to(n.sourceId) } : n,
    ),
    links: data.links.map((l) => ({
      ...l,
      sourceId: to(l.sourceId),
      id: linkIdOf(to(l.sourceId), l.target, l.targetId),
    })),
    briefings: data.briefings.map((b) =>
      b.sourceIds.some((id) => remap.has(id)) ? { ...b, sourceIds: b.sourceIds.map(to) } : b,
    ),
    settings: data.settings.filter((s) => !DEVICE_SETTINGS.includes(s.id)),
  };
}

/** A record as JSON with sorted keys, without `undefined` fields or the derived `authorKeys`: to compare content. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([key, v]) => v !== undefined && key !== 'authorKeys');
    return `{${entries
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

const union = (a: readonly string[], b: readonly string[]): string[] => [...new Set([...a, ...b])];
const newer = <T extends { updatedAt: number }>(local: T, incoming: T): T =>
  incoming.updatedAt > local.updatedAt ? incoming : local;
const isEmpty = (value: unknown): boolean =>
  value === undefined || (Array.isArray(value) && value.length === 0);

/** The library's copy of a work, with what the backup's copy adds: empty fields filled, links and NCT ids joined. */
function fillSource(local: Source, incoming: BackupSource): Source {
  const filled: Record<string, unknown> = { ...local };
  for (const [key, value] of Object.entries(incoming))
    if (value !== undefined && isEmpty(filled[key])) filled[key] = value;
  const kind = local.kind === 'bookmark' ? incoming.kind : local.kind;
  return {
    ...(filled as unknown as Source),
    kind,
    nct: union(local.nct, incoming.nct),
    capturedAt: Math.min(local.capturedAt, incoming.capturedAt),
    updatedAt: Math.max(local.updatedAt, incoming.updatedAt),
  };
}

/**
 * A source in both: the same record by id takes the newer version; a work matched by identifier keeps the
 * library's fields and fills the empty ones. Either way KOL and area links are joined, since an import adds
 * the backup's link records and never removes one.
 */
function combineSource(local: Source, incoming: BackupSource, byIdentifier: boolean): Source {
  const base = byIdentifier ? fillSource(local, incoming) : newer<BackupSource>(local, incoming);
  return {
    ...base,
    id: local.id,
    kolIds: union(base.kolIds, incoming.kolIds),
    areaIds: union(base.areaIds, incoming.areaIds),
  };
}

type Combine<T extends BackupTable> = (
  local: StoredRecords[T],
  incoming: StoredRecords[T],
  byIdentifier: boolean,
) => StoredRecords[T];

const COMBINE: { [T in BackupTable]: Combine<T> } = {
  areas: newer,
  kols: newer,
  sources: combineSource,
  highlights: newer,
  notes: newer,
  // A link keeps the record of how it was first made.
  links: (local) => local,
  meetings: newer,
  // A briefing was exported once; its record does not change.
  briefings: (local) => local,
  settings: newer,
};

function mergeTable<T extends BackupTable>(
  table: T,
  incoming: readonly StoredRecords[T][],
  local: ReadonlyMap<string, StoredRecords[T]>,
  byIdentifier: (i: number) => boolean,
): { preview: TablePreview; writes: StoredRecords[T][] } {
  const preview: TablePreview = { add: 0, update: 0, skip: 0 };
  const working = new Map(local);
  const changed = new Set<string>();
  incoming.forEach((record, i) => {
    const before = working.get(record.id);
    const after = before ? COMBINE[table](before, record, byIdentifier(i)) : record;
    if (before && canonical(after) === canonical(before)) {
      preview.skip++;
      return;
    }
    preview[before ? 'update' : 'add']++;
    working.set(record.id, after);
    changed.add(record.id);
  });
  return { preview, writes: [...changed].map((id) => working.get(id) as StoredRecords[T]) };
}

/**
 * What importing a backup does to a library whose affected records are `local` (read by the ids of
 * `remapBackup(data, remap)`): per table the counts for the preview and the records to write. Pure, so that
 * the plan shown to the user and the transaction that writes it decide alike.
 */
export function mergeBackup(
  data: BackupData,
  remap: ReadonlyMap<string, string>,
  local: LocalRecords,
): MergeResult {
  const remapped = remapBackup(data, remap);
  const tables = {} as MergeResult['tables'];
  const writes = {} as MergeResult['writes'];
  for (const table of BACKUP_TABLES) {
    const byIdentifier =
      table === 'sources' ? (i: number) => remap.has(data.sources[i]?.id ?? '') : () => false;
    const result = mergeTable(
      table,
      remapped[table],
      local[table] as ReadonlyMap<string, StoredRecords[typeof table]>,
      byIdentifier,
    );
    tables[table] = result.preview;
    (writes as Record<BackupTable, unknown[]>)[table] = result.writes;
  }
  writes.sources = writes.sources.map((s) => ({ ...s, authorKeys: familyKeys(s.authors) }));
  tables.settings.skip += data.settings.length - remapped.settings.length;
  return { tables, mergedSources: remap.size, writes };
}
