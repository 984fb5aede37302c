// The table of scholarly meta tags (Highwire citation_*, Dublin Core, PRISM, Open Graph) and the field each feeds.
import type { FieldSource } from '../model';

/** The fields a meta tag can feed; author fields are read in document order, the others by priority. */
export type MetaField =
  | 'title'
  | 'altTitle'
  | 'journal'
  | 'journalAbbrev'
  | 'publisher'
  | 'conference'
  | 'type'
  | 'date'
  | 'volume'
  | 'issue'
  | 'firstPage'
  | 'lastPage'
  | 'pages'
  | 'doi'
  | 'pmid'
  | 'pmcid'
  | 'arxiv'
  | 'abstract'
  | 'keywords'
  | 'description'
  | 'siteName'
  | 'canonical'
  | 'lang'
  | 'author'
  | 'authorList'
  | 'affiliation'
  | 'orcid'
  | 'creator';

/**
 * Meta tag name (lower case) -> field, like Zotero's HIGHWIRE_MAPPINGS: supporting a new tag is one
 * row. Within a field, earlier rows win: citation_publication_date is preferred to citation_date.
 * The tag's family (its prefix) is the layer it belongs to; see `layerOfMeta`.
 */
export const META_MAPPINGS: ReadonlyArray<readonly [meta: string, field: MetaField]> = [
  ['citation_title', 'title'],
  ['citation_journal_title', 'journal'],
  ['citation_journal_abbrev', 'journalAbbrev'],
  ['citation_publisher', 'publisher'],
  ['citation_conference_title', 'conference'],
  ['citation_conference', 'conference'],
  ['citation_publication_date', 'date'],
  ['citation_date', 'date'],
  ['citation_cover_date', 'date'],
  ['citation_online_date', 'date'],
  ['citation_volume', 'volume'],
  ['citation_issue', 'issue'],
  ['citation_firstpage', 'firstPage'],
  ['citation_lastpage', 'lastPage'],
  ['citation_doi', 'doi'],
  ['citation_pmid', 'pmid'],
  ['citation_pmcid', 'pmcid'],
  ['citation_arxiv_id', 'arxiv'],
  ['citation_abstract', 'abstract'],
  ['citation_keywords', 'keywords'],
  ['citation_keyword', 'keywords'],
  ['citation_language', 'lang'],
  ['citation_author', 'author'],
  ['citation_authors', 'authorList'],
  ['citation_author_institution', 'affiliation'],
  ['citation_author_affiliation', 'affiliation'],
  ['citation_author_orcid', 'orcid'],
  ['dc.title', 'altTitle'],
  ['dcterms.title', 'altTitle'],
  ['dc.creator', 'creator'],
  ['dc.contributor', 'creator'],
  ['dcterms.creator', 'creator'],
  ['dc.publisher', 'publisher'],
  ['dcterms.publisher', 'publisher'],
  ['dcterms.ispartof', 'journal'],
  ['dc.relation.ispartof', 'journal'],
  ['dc.type', 'type'],
  ['dc.date', 'date'],
  ['dcterms.date', 'date'],
  ['dcterms.issued', 'date'],
  ['dc.identifier', 'doi'],
  ['dcterms.identifier', 'doi'],
  ['dcterms.abstract', 'abstract'],
  ['dc.description', 'description'],
  ['dcterms.description', 'description'],
  ['dc.subject', 'keywords'],
  ['dcterms.subject', 'keywords'],
  ['dc.language', 'lang'],
  ['dcterms.language', 'lang'],
  ['prism.publicationname', 'journal'],
  ['prism.publicationdate', 'date'],
  ['prism.coverdate', 'date'],
  ['prism.volume', 'volume'],
  ['prism.number', 'issue'],
  ['prism.startingpage', 'firstPage'],
  ['prism.endingpage', 'lastPage'],
  ['prism.pagerange', 'pages'],
  ['prism.doi', 'doi'],
  ['prism.keyword', 'keywords'],
  ['og:title', 'altTitle'],
  ['twitter:title', 'altTitle'],
  ['article:published_time', 'date'],
  ['article:author', 'author'],
  ['author', 'author'],
  ['description', 'description'],
  ['og:description', 'description'],
  ['twitter:description', 'description'],
  ['og:site_name', 'siteName'],
  ['og:url', 'canonical'],
];

/** Tag-name prefixes and the layer (tag family) they belong to; the rest is the page's generic meta ('og'). */
const LAYER_PREFIXES: ReadonlyArray<readonly [prefix: string, layer: FieldSource]> = [
  ['citation_', 'citation'],
  ['dc.', 'dc'],
  ['dcterms.', 'dc'],
  ['prism.', 'prism'],
];

/** The layer a meta tag belongs to: Highwire, Dublin Core, PRISM, or the page's generic meta (Open Graph, description, author). */
export function layerOfMeta(name: string): FieldSource {
  return LAYER_PREFIXES.find(([prefix]) => name.startsWith(prefix))?.[1] ?? 'og';
}
