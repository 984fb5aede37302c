// Short renderings of a source for lists and previews: its authors, where it appeared, its host (not citations: see lib/briefing).
import type { Author, Source } from './model';

/** "Smith JA, Doe J, Lee K, et al." style author line, first `max` names. */
export function formatAuthorList(authors: Author[], max = 3): string {
  const names = authors.slice(0, max).map((a) => a.name);
  if (authors.length > max) names.push('et al.');
  return names.join(', ');
}

/** Journal (or site) and year, the way a list shows where a work appeared. */
export function formatVenue(source: Pick<Source, 'journal' | 'siteName' | 'year'>): string {
  return [source.journal ?? source.siteName, source.year]
    .filter((part) => part !== undefined && part !== '')
    .join(' · ');
}

/** A host name for display, or the address itself when it has none. */
export function formatHost(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '') || url;
  } catch {
    return url;
  }
}
