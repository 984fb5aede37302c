// One source in the library list: title link, authors, venue, kind and capture date.
import { formatAuthorList, formatHost, formatVenue } from '../lib/source-summary';
import { formatDate } from '../lib/calendar-day';
import { KIND_LABELS } from '../lib/source-kind-labels';
import type { ComponentChildren } from 'preact';
import type { Source } from '../lib/model';
import { routeHash } from '../lib/route';
import { Highlighted } from './Highlighted';

/** A library row; the title links to the source's detail view. */
export function SourceRow({
  source,
  badge,
  terms,
  snippet,
}: {
  source: Source;
  badge?: ComponentChildren;
  terms?: readonly string[];
  snippet?: string;
}) {
  const venue = formatVenue(source) || formatHost(source.url);
  const authors = source.authors.length ? formatAuthorList(source.authors) : source.byline;
  return (
    <li class="source-row" data-testid="source-row">
      <div class="source-row-main">
        <a class="source-row-title" href={routeHash({ name: 'source', id: source.id })}>
          <Highlighted text={source.title} terms={terms} />
        </a>
        {authors && (
          <p class="meta-line source-row-authors">
            <Highlighted text={authors} terms={terms} />
          </p>
        )}
        {snippet && (
          <p class="source-row-snippet">
            <Highlighted text={snippet} terms={terms} />
          </p>
        )}
        <p class="meta-line">
          <span class="kind-tag">{KIND_LABELS[source.kind]}</span> {venue} {badge}
        </p>
      </div>
      <time
        class="source-row-date meta-line"
        dateTime={new Date(source.capturedAt).toISOString()}
        title="Clipped"
      >
        {formatDate(source.capturedAt)}
      </time>
    </li>
  );
}
