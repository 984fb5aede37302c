// The full author list of a source, in order, with affiliations and ORCID links when known.
import type { Author } from '../lib/model';

/** Authors in byline order; affiliations shown beneath each name when the page gave them. */
export function AuthorList({ authors, testId }: { authors: Author[]; testId?: string }) {
  if (authors.length === 0) return null;
  return (
    <ol class="author-list" aria-label="Authors" data-testid={testId}>
      {authors.map((author, index) => (
        <li key={`${index}-${author.name}`}>
          <span class="author-name">{author.name}</span>
          {author.orcid && (
            <a
              class="chip"
              href={`https://orcid.org/${encodeURIComponent(author.orcid)}`}
              target="_blank"
              rel="noopener noreferrer"
            >
              <span class="chip-label">ORCID</span>
              {author.orcid}
            </a>
          )}
          {author.affiliations.length > 0 && (
            <span class="meta-line author-affiliations">{author.affiliations.join('; ')}</span>
          )}
        </li>
      ))}
    </ol>
  );
}

/** Whether the list has more to show than the names a byline prints: affiliations or ORCID iDs. */
export function hasAuthorDetails(authors: readonly Author[]): boolean {
  return authors.some((author) => author.affiliations.length > 0 || !!author.orcid);
}
