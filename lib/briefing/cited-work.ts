// Turns a clipped source into the plain citation data that the AMA style and the reference-manager formats read.
import type { Source } from '../model';
import { citedPerson } from './cited-person';
import { isIsoDate, isoDay } from './iso-dates';
import type { CitedWork } from './model';

/** Kinds cited as pages of a website, whose "publisher" is the site when the page names no publisher. */
const WEB_KINDS = new Set<Source['kind']>(['web-page', 'bookmark', 'trial-registry']);

/** Trims a value and drops it when nothing is left. */
function present(value: string | undefined): string | undefined {
  const trimmed = value?.replace(/\s+/g, ' ').trim();
  return trimmed ? trimmed : undefined;
}

/** The citation data of a source: names split for reference managers, the clip day as the "accessed" date. */
export function citedWorkFromSource(source: Source): CitedWork {
  const published = isIsoDate(source.published) ? source.published : undefined;
  const year = source.year ?? (published ? Number(published.slice(0, 4)) : undefined);
  return {
    sourceId: source.id,
    kind: source.kind,
    title: present(source.title) ?? source.url,
    authors: source.authors.filter((a) => a.name.trim()).map(citedPerson),
    journal: present(source.journal),
    journalAbbrev: present(source.journalAbbrev),
    publisher:
      present(source.publisher) ?? (WEB_KINDS.has(source.kind) ? present(source.siteName) : undefined),
    year,
    published,
    volume: present(source.volume),
    issue: present(source.issue),
    pages: present(source.pages),
    doi: present(source.doi),
    pmid: present(source.pmid),
    pmcid: present(source.pmcid),
    nct: [...new Set(source.nct)],
    congress: source.congress,
    url: source.canonicalUrl ?? source.url,
    accessed: isoDay(source.capturedAt),
    keywords: source.keywords ?? [],
    abstract: present(source.abstract?.text),
  };
}
