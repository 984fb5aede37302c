// Turns a clipped source into the plain citation data that the AMA style and the reference-manager formats read.
import type { Source, Work } from '../model';
import { fieldEntries, WORK_FIELDS } from '../work-model';
import { citedPerson } from './cited-person';
import { isIsoDate, isoDay } from './iso-dates';
import type { CitedWork } from './model';

/** Kinds cited as pages of a website, whose "publisher" is the site when the page names no publisher. */
const WEB_KINDS = new Set<Source['kind']>(['web-page', 'bookmark', 'trial-registry']);

/** Work fields a citation does not carry: where each field came from is about extraction, not the work. */
const NOT_CITED = new Set<keyof Work>(['fieldSources']);

/** Trims a value and drops it when nothing is left. */
function present(value: string | undefined): string | undefined {
  const trimmed = value?.replace(/\s+/g, ' ').trim();
  return trimmed ? trimmed : undefined;
}

/**
 * Every field of the work as a citation reads it, one-line text on one line and blank text dropped: a field
 * added to lib/work-model.ts reaches every format with no change here.
 */
function citedFields(source: Source): Partial<CitedWork> {
  const fields: Record<string, unknown> = {};
  for (const [field, spec] of fieldEntries<Work>(WORK_FIELDS)) {
    if (NOT_CITED.has(field)) continue;
    const value: unknown = source[field];
    fields[field] = spec.type === 'line' && typeof value === 'string' ? present(value) : value;
  }
  return fields as Partial<CitedWork>;
}

/** The citation data of a source: names split for reference managers, the clip day as the "accessed" date. */
export function citedWorkFromSource(source: Source): CitedWork {
  const published = isIsoDate(source.published) ? source.published : undefined;
  return {
    ...citedFields(source),
    sourceId: source.id,
    kind: source.kind,
    title: present(source.title) ?? source.url,
    authors: source.authors.filter((a) => a.name.trim()).map(citedPerson),
    publisher:
      present(source.publisher) ?? (WEB_KINDS.has(source.kind) ? present(source.siteName) : undefined),
    year: source.year ?? (published ? Number(published.slice(0, 4)) : undefined),
    published,
    nct: [...new Set(source.nct)],
    url: source.canonicalUrl ?? source.url,
    accessed: isoDay(source.capturedAt),
    keywords: source.keywords ?? [],
    abstract: present(source.abstract?.text),
  };
}
