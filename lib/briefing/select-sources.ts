// Which sources go into a pack's source sections (own work, linked, area news), by which date each is judged.
//
// Dates: the KOL's own work is judged by its publication date, because "what they published lately" is the
// question; a date known only to the month or year is narrowed by the clip day (the clip day moved into that month
// or year), so a 2019 paper clipped today is not new work and a "2025-05" paper clipped on 2 June counts as May's.
// Without a publication date, the clip day. Everything else (linked sources, area news) is what the MSL clipped,
// judged by the clip day. All days are UTC; both ends of the window are included.
import { matchAuthorsToKols } from '../match/kol-match';
import type { AuthorPosition, Source } from '../model';
import { type AreaScope, groupOf, OTHER_AREAS } from './area-groups';
import { earlierDay, isIsoDate, isoDay, laterDay, periodOf } from './iso-dates';
import type { BriefingData } from './model';

/** A source chosen for a section, with the day it was judged by and, for the KOL's own work, the author position. */
export interface SelectedSource {
  source: Source;
  /** The day compared with the window. */
  judgedDay: string;
  /** The date shown: the publication date as printed for own work (may be a month or year), else the clip day. */
  shownDate: string;
  position?: AuthorPosition;
  /** The area heading (linked and area news). */
  group?: string;
}

/** The day a work of the KOL's is judged by: its publication date, narrowed by the clip day when only partly known. */
export function ownWorkDay(source: Source): string {
  const captured = isoDay(source.capturedAt);
  if (!isIsoDate(source.published)) return captured;
  const { first, last } = periodOf(source.published);
  return earlierDay(laterDay(captured, first), last);
}

/** Newest first, then by id, so equal dates always come out in one order. */
export function byNewest(a: SelectedSource, b: SelectedSource): number {
  if (a.judgedDay !== b.judgedDay) return a.judgedDay > b.judgedDay ? -1 : 1;
  if (a.source.capturedAt !== b.source.capturedAt) return b.source.capturedAt - a.source.capturedAt;
  return a.source.id < b.source.id ? -1 : a.source.id > b.source.id ? 1 : 0;
}

/** Whether a source is linked to the KOL, on the source or by a link record. */
function isLinked(source: Source, kolId: string, linkedIds: Set<string>): boolean {
  return source.kolIds.includes(kolId) || linkedIds.has(source.id);
}

/** Every source the KOL authored, by author match (ORCID or name) or an author-match link, with their position. */
export function findAuthoredSources(data: BriefingData): Map<string, AuthorPosition | undefined> {
  const authorLinks = new Map(
    data.links
      .filter((l) => l.target === 'kol' && l.targetId === data.kol.id && l.origin === 'author-match')
      .map((l) => [l.sourceId, l]),
  );
  const authored = new Map<string, AuthorPosition | undefined>();
  for (const source of data.sources) {
    const match = matchAuthorsToKols(source.authors, [data.kol])[0];
    const link = authorLinks.get(source.id);
    if (match || link) authored.set(source.id, match?.position ?? link?.position);
  }
  return authored;
}

/** The KOL's own work in the window, judged by publication date (see the header). */
export function selectOwnWork(
  data: BriefingData,
  authored: Map<string, AuthorPosition | undefined>,
  from: string,
  to: string,
): SelectedSource[] {
  const selected: SelectedSource[] = [];
  for (const source of data.sources) {
    if (!authored.has(source.id)) continue;
    const judgedDay = ownWorkDay(source);
    if (judgedDay < from || judgedDay > to) continue;
    const shownDate = isIsoDate(source.published) ? source.published : isoDay(source.capturedAt);
    // On a registry record the "author" is the investigator: no byline position to report.
    const position = source.kind === 'trial-registry' ? undefined : authored.get(source.id);
    selected.push({ source, judgedDay, shownDate, position });
  }
  return selected.sort(byNewest);
}

/** Clipped in the window, judged by the clip day. */
function clippedIn(source: Source, from: string, to: string): SelectedSource | undefined {
  const day = isoDay(source.capturedAt);
  return day >= from && day <= to ? { source, judgedDay: day, shownDate: day } : undefined;
}

/**
 * Sources linked to the KOL and clipped in the window, under the first of the pack's areas that covers them;
 * "Other areas" when none does, unless the pack is narrowed to areas. The builder leaves out those it lists as
 * own work, and says so.
 */
export function selectLinked(
  data: BriefingData,
  scope: AreaScope,
  narrowed: boolean,
  from: string,
  to: string,
): SelectedSource[] {
  const linkedIds = new Set(
    data.links.filter((l) => l.target === 'kol' && l.targetId === data.kol.id).map((l) => l.sourceId),
  );
  return data.sources
    .flatMap((source) => {
      if (!isLinked(source, data.kol.id, linkedIds)) return [];
      const selected = clippedIn(source, from, to);
      const group = groupOf(scope, source.areaIds)?.name ?? (narrowed ? undefined : OTHER_AREAS);
      return selected && group ? [{ ...selected, group }] : [];
    })
    .sort(byNewest);
}

/** Sources in the pack's areas (or their sub-areas), clipped in the window, neither linked to the KOL nor written by them. */
export function selectAreaNews(
  data: BriefingData,
  scope: AreaScope,
  from: string,
  to: string,
  exclude: Set<string>,
): SelectedSource[] {
  const linkedIds = new Set(
    data.links.filter((l) => l.target === 'kol' && l.targetId === data.kol.id).map((l) => l.sourceId),
  );
  return data.sources
    .flatMap((source) => {
      if (exclude.has(source.id) || isLinked(source, data.kol.id, linkedIds)) return [];
      const selected = clippedIn(source, from, to);
      const group = groupOf(scope, source.areaIds)?.name;
      return selected && group ? [{ ...selected, group }] : [];
    })
    .sort(byNewest);
}
