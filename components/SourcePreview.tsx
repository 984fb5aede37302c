// The popup's preview of a page before it is saved: title, authors, venue, identifiers, abstract.
import { formatAuthorList, formatHost, formatVenue, KIND_LABELS } from '../lib/format';
import type { Author, SourceKind } from '../lib/model';
import { IdentifierChips } from './IdentifierChips';

/** The fields a preview shows; both an extracted page and a stored source have them. */
export interface PreviewFields {
  url: string;
  kind: SourceKind;
  title: string;
  authors: Author[];
  byline?: string;
  journal?: string;
  siteName?: string;
  year?: number;
  doi?: string;
  pmid?: string;
  nct: string[];
  abstract?: string;
  excerpt?: string;
}

/** Shows what will be stored, so the user can check it before saving. */
export function SourcePreview({ fields }: { fields: PreviewFields }) {
  const authors = fields.authors.length > 0 ? formatAuthorList(fields.authors) : fields.byline;
  const venue = formatVenue(fields) || formatHost(fields.url);
  const summary = fields.abstract ?? fields.excerpt;
  return (
    <article class="preview" aria-label="Preview">
      <div class="preview-kind">
        <span class="kind-tag">{KIND_LABELS[fields.kind]}</span>
        <span class="meta-line">{formatHost(fields.url)}</span>
      </div>
      <h1 class="preview-title" data-testid="preview-title">{fields.title}</h1>
      <p class="meta-line" data-testid="preview-meta">
        {authors && <span class="preview-authors">{authors}</span>}
        {authors && venue && <br />}
        {venue && <span>{venue}</span>}
      </p>
      <IdentifierChips doi={fields.doi} pmid={fields.pmid} nct={fields.nct} testId="preview-ids" />
      {summary && (
        <div class="preview-abstract" data-testid="preview-abstract" tabIndex={0} aria-label={fields.abstract ? 'Abstract' : 'Excerpt'}>
          <span class="preview-abstract-label">{fields.abstract ? 'Abstract' : 'Excerpt'}</span>
          {summary}
        </div>
      )}
    </article>
  );
}
