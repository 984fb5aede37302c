// One source in full: metadata, notes, highlights, abstract and the sanitized article; delete with confirmation.
import { useState } from 'preact/hooks';
import { AbstractSections } from '../../../components/AbstractSections';
import { AuthorList, hasAuthorDetails } from '../../../components/AuthorList';
import { Banner } from '../../../components/Banner';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { CongressLine } from '../../../components/CongressLine';
import { EmptyState } from '../../../components/EmptyState';
import { IdentifierChips } from '../../../components/IdentifierChips';
import { SafeHtml } from '../../../components/SafeHtml';
import { useLiveQuery } from '../../../components/use-live-query';
import { formatDate } from '../../../lib/calendar-day';
import { formatHost, formatVenue } from '../../../lib/source-summary';
import { KIND_LABELS } from '../../../lib/source-kind-labels';
import type { Source } from '../../../lib/model';
import * as repo from '../repo';
import { SourceHighlightsPanel } from './SourceHighlightsPanel';
import { SourceLinksPanel } from './SourceLinksPanel';
import { SourceNotesPanel } from './SourceNotesPanel';

function ArticleBody({ source }: { source: Source }) {
  if (source.articleHtml) return <SafeHtml class="article-body" html={source.articleHtml} />;
  if (source.articleText) return <div class="article-body article-plain">{source.articleText}</div>;
  return (
    <p class="muted">
      {source.kind === 'bookmark'
        ? 'Only the title and address were saved for this page.'
        : 'No article text was found on this page.'}{' '}
      <a href={source.url} target="_blank" rel="noopener noreferrer">
        Open the original
      </a>
      .
    </p>
  );
}

/** Where the work appeared, as a citation prints it: "J Clin Oncol 2025;43(16_suppl):8512". */
function citationOf(source: Source): string | undefined {
  const volume = source.volume
    ? `${source.volume}${source.issue ? `(${source.issue})` : ''}`
    : source.issue
      ? `(${source.issue})`
      : '';
  const located = [volume, source.pages].filter(Boolean).join(':');
  if (!located) return undefined;
  const where = source.journalAbbrev ?? source.journal;
  return `${where ? `${where} ` : ''}${source.year ?? ''}${source.year ? ';' : ''}${located}`;
}

function SourceDetail({ source }: { source: Source }) {
  const [confirming, setConfirming] = useState(false);
  const [deleteError, setDeleteError] = useState<string>();
  async function remove() {
    setConfirming(false);
    try {
      await repo.deleteSource(source.id);
      location.hash = '#/';
    } catch (error) {
      setDeleteError(error instanceof Error ? error.message : String(error));
    }
  }
  const venue = formatVenue(source);
  const citation = citationOf(source);
  return (
    <article class="page detail" data-testid="source-detail">
      <a class="back-link" href="#/">
        ← Library
      </a>
      <header class="detail-head">
        <div class="detail-kind">
          <span class="kind-tag">{KIND_LABELS[source.kind]}</span>
          <span class="meta-line">Clipped {formatDate(source.capturedAt)}</span>
        </div>
        <h1>{source.title}</h1>
        {source.authors.length === 0 && source.byline && <p class="meta-line">{source.byline}</p>}
        {source.authors.length > 0 && (
          <p class="author-names">{source.authors.map((a) => a.name).join(', ')}</p>
        )}
        {hasAuthorDetails(source.authors) && (
          <details class="author-details">
            <summary>Affiliations and ORCID iDs</summary>
            <AuthorList authors={source.authors} />
          </details>
        )}
        <p class="meta-line">
          {venue && <span>{venue}</span>}
          {source.published && <span> · Published {source.published}</span>}
          {source.publisher && source.publisher !== source.journal && <span> · {source.publisher}</span>}
        </p>
        {citation && (
          <p class="meta-line" data-testid="source-citation">
            {citation}
          </p>
        )}
        <CongressLine congress={source.congress} testId="source-congress" />
        <IdentifierChips
          doi={source.doi}
          pmid={source.pmid}
          pmcid={source.pmcid}
          arxiv={source.arxiv}
          nct={source.nct}
        />
        <div class="detail-actions">
          <a class="btn" href={source.url} target="_blank" rel="noopener noreferrer">
            Open original ({formatHost(source.url)})
          </a>
          <button type="button" class="btn" onClick={() => setConfirming(true)}>
            Delete
          </button>
        </div>
        {deleteError && (
          <Banner tone="danger" title="Not deleted">
            {deleteError}
          </Banner>
        )}
      </header>
      <SourceLinksPanel source={source} />
      <SourceNotesPanel sourceId={source.id} />
      <SourceHighlightsPanel source={source} />
      {source.abstract && (
        <section class="detail-section" aria-labelledby="abstract-title" data-testid="source-abstract">
          <h2 id="abstract-title">Abstract</h2>
          <AbstractSections abstract={source.abstract} labels="run-in" sectionClass="abstract-text" />
        </section>
      )}
      {source.keywords && source.keywords.length > 0 && (
        <section class="detail-section" aria-labelledby="keywords-title">
          <h2 id="keywords-title">Keywords</h2>
          <div class="chips" data-testid="source-keywords">
            {source.keywords.map((keyword) => (
              <span class="chip" key={keyword}>
                {keyword}
              </span>
            ))}
          </div>
        </section>
      )}
      {/* With an abstract above, the clipped page text is there when wanted, folded by default. */}
      <details class="detail-section article-section" open={!source.abstract}>
        <summary>
          <h2>Page text as clipped</h2>
        </summary>
        <ArticleBody source={source} />
      </details>
      {confirming && (
        <ConfirmDialog
          title="Delete this source?"
          message={`"${source.title}" will be removed from your library with its notes and highlights. This cannot be undone.`}
          confirmLabel="Delete source"
          onConfirm={() => void remove()}
          onCancel={() => setConfirming(false)}
        />
      )}
    </article>
  );
}

/** The detail view of one source, live: it follows edits and deletion made elsewhere. */
export function SourcePage({ id }: { id: string }) {
  const source = useLiveQuery(() => repo.getSource(id).then((s) => s ?? null), [id]);
  if (source.error)
    return (
      <Banner tone="danger" title="This source could not be read">
        {source.error.message}
      </Banner>
    );
  if (source.value === undefined) return null;
  if (source.value === null) {
    return (
      <EmptyState title="This source is not in your library">
        It may have been deleted. <a href="#/">Back to the library</a>.
      </EmptyState>
    );
  }
  return <SourceDetail source={source.value} />;
}
