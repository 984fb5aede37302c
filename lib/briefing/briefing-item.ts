// A selected source as a section lists it: title, venue line, date, author position, takeaway, reference number.
import { formatHost } from '../source-summary';
import type { Note, Source } from '../model';
import type { BriefingItem } from './model';
import type { SelectedSource } from './select-sources';
import { takeawayFor } from './takeaway';

/** Where a work appeared, in one short line: "J Thorac Oncol 2025", "2025 ASCO Annual Meeting, abstract LBA8505"... */
export function venueOf(source: Source): string {
  const year = source.year ?? (source.published ? Number(source.published.slice(0, 4)) : undefined);
  const withYear = (name: string | undefined) =>
    [name, year].filter((p) => p !== undefined && p !== '').join(' ');
  switch (source.kind) {
    case 'congress-abstract': {
      const congress = source.congress;
      if (!congress?.name) return withYear(source.journalAbbrev ?? source.journal);
      return congress.abstractNumber
        ? `${congress.name}, abstract ${congress.abstractNumber}`
        : congress.name;
    }
    case 'trial-registry':
      return [source.siteName ?? formatHost(source.url), source.nct.join(', ')].filter(Boolean).join(' ');
    case 'preprint':
      return `${withYear(source.journal ?? source.siteName ?? formatHost(source.url))} (preprint)`;
    case 'web-page':
    case 'bookmark':
      return source.siteName ?? source.publisher ?? formatHost(source.url);
    default:
      return withYear(source.journalAbbrev ?? source.journal ?? source.siteName) || formatHost(source.url);
  }
}

/** The item of a selected source, citing reference `ref`, with its one-line takeaway. */
export function toBriefingItem(
  selected: SelectedSource,
  ref: number,
  notes: Note[],
  kolId: string,
): BriefingItem {
  const { source } = selected;
  const takeaway = takeawayFor(source, notes, kolId);
  const congress = source.congress?.name
    ? { name: source.congress.name, abstractNumber: source.congress.abstractNumber }
    : undefined;
  return {
    ref,
    title: source.title.replace(/\s+/g, ' ').trim() || source.url,
    kind: source.kind,
    venue: venueOf(source),
    date: selected.shownDate,
    nct: [...new Set(source.nct)],
    ...(congress ? { congress } : {}),
    ...(selected.position ? { position: selected.position } : {}),
    ...(takeaway ? { takeaway: takeaway.text, takeawayFrom: takeaway.from } : {}),
  };
}
