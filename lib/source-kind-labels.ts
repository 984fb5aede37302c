// What each kind of source is called on screen, as an MSL would say it.
import type { SourceKind } from './model';

/** Labels for each kind of source, for lists, filters and the detail view. */
export const KIND_LABELS: Record<SourceKind, string> = {
  'pubmed-abstract': 'PubMed',
  'pmc-article': 'PMC article',
  'journal-article': 'Article',
  preprint: 'Preprint',
  'trial-registry': 'Trial',
  'congress-abstract': 'Congress abstract',
  poster: 'Poster',
  'trial-protocol': 'Trial protocol',
  label: 'Label',
  'web-page': 'Web page',
  bookmark: 'Bookmark',
};
