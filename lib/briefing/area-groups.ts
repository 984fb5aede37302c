// Therapeutic areas for a pack: which areas it covers (with their sub-areas, through parentId) and under which a source is listed.
import type { TherapeuticArea } from '../model';

/** Sources none of whose areas is covered are listed under this heading (linked sources only). */
export const OTHER_AREAS = 'Other areas';

/** The areas a pack groups by, each with every area nested below it. */
export interface AreaScope {
  /** The group headings, in order: the KOL's areas (or the areas chosen to narrow to), by name. */
  roots: TherapeuticArea[];
  /** For each root id, the ids of the root and all its sub-areas. */
  covered: Map<string, Set<string>>;
}

const byNameThenId = (a: TherapeuticArea, b: TherapeuticArea) =>
  a.name.localeCompare(b.name, 'en') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The ids of an area and every area nested below it; a cycle in parentId is walked once. */
export function withSubAreas(rootId: string, areas: TherapeuticArea[]): Set<string> {
  const children = new Map<string, string[]>();
  for (const area of areas) {
    if (area.parentId) children.set(area.parentId, [...(children.get(area.parentId) ?? []), area.id]);
  }
  const found = new Set<string>();
  const queue = [rootId];
  while (queue.length) {
    const id = queue.shift() as string;
    if (found.has(id)) continue;
    found.add(id);
    queue.push(...(children.get(id) ?? []));
  }
  return found;
}

/**
 * The areas a pack covers: the areas asked for, else the KOL's areas, minus any already nested in another one
 * (narrowing to "Lung cancer" and "EGFR-mutant NSCLC" gives one group). Unknown ids are ignored.
 */
export function resolveAreaScope(
  areas: TherapeuticArea[],
  kolAreaIds: string[],
  narrowTo: string[],
): AreaScope {
  const byId = new Map(areas.map((area) => [area.id, area]));
  const chosen = [...new Set(narrowTo.length ? narrowTo : kolAreaIds)].flatMap((id) => byId.get(id) ?? []);
  const covered = new Map(chosen.map((area) => [area.id, withSubAreas(area.id, areas)]));
  const roots = chosen.filter(
    (area) => !chosen.some((other) => other.id !== area.id && covered.get(other.id)?.has(area.id)),
  );
  roots.sort(byNameThenId);
  return {
    roots,
    covered: new Map(roots.map((root) => [root.id, covered.get(root.id) ?? new Set<string>()])),
  };
}

/** The heading a source is listed under: the first root (by name) that covers one of its areas; undefined if none does. */
export function groupOf(scope: AreaScope, sourceAreaIds: string[]): TherapeuticArea | undefined {
  return scope.roots.find((root) => sourceAreaIds.some((id) => scope.covered.get(root.id)?.has(id)));
}

/** Names of the given areas, in the order given, unknown ids left out. */
export function areaNames(areas: TherapeuticArea[], ids: string[]): string[] {
  const byId = new Map(areas.map((area) => [area.id, area.name]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}
