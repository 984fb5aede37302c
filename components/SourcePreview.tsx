// The popup's preview of a page before it is saved: title, authors, venue, congress, identifiers, abstract.
import { formatAuthorList, formatHost, formatVenue } from '../lib/source-summary';
import { KIND_LABELS } from '../lib/source-kind-labels';
import type { ClippedPage } from '../lib/model';
import { AbstractSections } from './AbstractSections';
import { AuthorList, hasAuthorDetails } from './AuthorList';
import { CongressLine } from './CongressLine';
import { IdentifierChips } from './IdentifierChips';

/** The fields a preview shows; both an extracted page and a stored source have them. */
export type PreviewFields = Pick<
  ClippedPage,
  | 'url'
  | 'kind'
  | 'title'
  | 'authors'
  | 'byline'
  | 'journal'
  | 'siteName'
  | 'year'
  | 'doi'
  | 'pmid'
  | 'pmcid'
  | 'arxiv'
  | 'nct'
  | 'abstract'
  | 'excerpt'
  | 'congress'
>;

/** Shows what will be stored, so the user can check it before saving. */
export function SourcePreview({ fields }: { fields: PreviewFields }) {
  const authors = fields.authors.length > 0 ? formatAuthorList(fields.authors) : fields.byline;
  const venue = formatVenue(fields) || formatHost(fields.url);
  const { abstract } = fields;
  return (
    <article class="preview" aria-label="Preview">
      <div class="preview-kind">
        <span class="kind-tag">{KIND_LABELS[fields.kind]}</span>
        <span class="meta-line">{formatHost(fields.url)}</span>
      </div>
      <h1 class="preview-title" data-testid="preview-title">
        {fields.title}
      </h1>
      <p class="meta-line" data-testid="preview-meta">
        {authors && <span class="preview-authors">{authors}</span>}
        {authors && venue && <br />}
        {venue && <span>{venue}</span>}
      </p>
      <CongressLine congress={fields.congress} testId="preview-congress" />
      {hasAuthorDetails(fields.authors) && (
        <details class="meta-line" data-testid="preview-authors">
          <summary>Authors and affiliations ({fields.authors.length})</summary>
          <AuthorList authors={fields.authors} />
        </details>
      )}
      <IdentifierChips
        doi={fields.doi}
        pmid={fields.pmid}
        pmcid={fields.pmcid}
        arxiv={fields.arxiv}
        nct={fields.nct}
        testId="preview-ids"
      />
      {abstract ? (
        <div
          class="preview-abstract"
          data-testid="preview-abstract"
          tabIndex={0}
          role="region"
          aria-label="Abstract"
        >
          <span class="preview-abstract-label">Abstract</span>
          <AbstractSections abstract={abstract} labels="block" labelClass="preview-abstract-label" />
        </div>
      ) : (
        fields.excerpt && (
          <div
            class="preview-abstract"
            data-testid="preview-abstract"
            tabIndex={0}
            role="region"
            aria-label="Excerpt"
          >
            <span class="preview-abstract-label">Excerpt</span>
            {fields.excerpt}
          </div>
        )
      )}
    </article>
  );
}
