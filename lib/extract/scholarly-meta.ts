// Maps scholarly meta tags (Highwire citation_*, Dublin Core, PRISM, Open Graph) to fields, by table.
import type { Author } from '../model';
import { parseAuthor } from './authors';
import { parsePageDate, type PageDate } from './dates';
import { normalizeDoi, normalizeOrcid, normalizePmid } from './identifiers';
import { stripTags, type MetaTag } from './meta-tags';
import { cleanText } from './plain-text';

/** The fields a meta tag can feed; author fields are read in document order, the others by priority. */
export type MetaField =
  | 'title'
  | 'altTitle'
  | 'journal'
  | 'conference'
  | 'date'
  | 'doi'
  | 'pmid'
  | 'abstract'
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
 */
export const META_MAPPINGS: ReadonlyArray<readonly [meta: string, field: MetaField]> = [
  ['citation_title', 'title'],
  ['dc.title', 'altTitle'],
  ['dcterms.title', 'altTitle'],
  ['og:title', 'altTitle'],
  ['twitter:title', 'altTitle'],
  ['citation_journal_title', 'journal'],
  ['citation_conference_title', 'conference'],
  ['citation_conference', 'conference'],
  ['prism.publicationname', 'journal'],
  ['citation_publication_date', 'date'],
  ['citation_date', 'date'],
  ['citation_online_date', 'date'],
  ['prism.publicationdate', 'date'],
  ['dc.date', 'date'],
  ['dcterms.date', 'date'],
  ['dcterms.issued', 'date'],
  ['article:published_time', 'date'],
  ['citation_doi', 'doi'],
  ['prism.doi', 'doi'],
  ['dc.identifier', 'doi'],
  ['dcterms.identifier', 'doi'],
  ['citation_pmid', 'pmid'],
  ['citation_abstract', 'abstract'],
  ['dcterms.abstract', 'abstract'],
  ['description', 'description'],
  ['og:description', 'description'],
  ['dc.description', 'description'],
  ['twitter:description', 'description'],
  ['og:site_name', 'siteName'],
  ['og:url', 'canonical'],
  ['citation_language', 'lang'],
  ['dc.language', 'lang'],
  ['citation_author', 'author'],
  ['citation_authors', 'authorList'],
  ['citation_author_institution', 'affiliation'],
  ['citation_author_affiliation', 'affiliation'],
  ['citation_author_orcid', 'orcid'],
  ['dc.creator', 'creator'],
  ['dc.contributor', 'creator'],
  ['dcterms.creator', 'creator'],
];

/** What a page's meta tags say about the work, each field already validated and normalised. */
export interface ScholarlyMeta {
  title?: string;
  /** dc.title, og:title: a fallback when neither citation_title nor Readability gives a title. */
  altTitle?: string;
  authors: Author[];
  journal?: string;
  /** The meeting a conference abstract was presented at. */
  conference?: string;
  date?: PageDate;
  doi?: string;
  pmid?: string;
  abstract?: string;
  description?: string;
  siteName?: string;
  canonical?: string;
  lang?: string;
}

const FIELD_OF = new Map<string, MetaField>(META_MAPPINGS.map(([meta, field]) => [meta, field]));
const PRIORITY = new Map<string, number>(META_MAPPINGS.map(([meta], index) => [meta, index]));

/** Plain text from a meta value that may hold escaped markup. */
const asText = (value: string): string | undefined => cleanText(stripTags(value));

/** Per field: how a raw value is accepted; `undefined` rejects it and the next candidate is tried. */
const NORMALIZERS: Partial<Record<MetaField, (value: string) => string | undefined>> = {
  title: asText,
  altTitle: asText,
  journal: asText,
  conference: asText,
  abstract: asText,
  description: asText,
  siteName: asText,
  lang: asText,
  doi: (value) => normalizeDoi(value),
  pmid: (value) => normalizePmid(value),
  date: (value) => (parsePageDate(value) ? value : undefined),
};

/**
 * Reads every mapped tag into `ScholarlyMeta`. Authors come from citation_author (with the
 * institutions and ORCID iDs that follow each one), else citation_authors, else dc.creator.
 */
export function readScholarlyMeta(tags: readonly MetaTag[]): ScholarlyMeta {
  const candidates = new Map<MetaField, Array<{ priority: number; value: string }>>();
  for (const tag of tags) {
    const field = FIELD_OF.get(tag.name);
    if (!field) continue;
    const list = candidates.get(field) ?? [];
    list.push({ priority: PRIORITY.get(tag.name) ?? 0, value: tag.value });
    candidates.set(field, list);
  }
  const pick = (field: MetaField): string | undefined => {
    const list = [...(candidates.get(field) ?? [])].sort((a, b) => a.priority - b.priority);
    const normalize = NORMALIZERS[field] ?? ((value: string) => value);
    for (const { value } of list) {
      const accepted = normalize(value);
      if (accepted) return accepted;
    }
    return undefined;
  };
  const date = pick('date');
  return {
    title: pick('title'),
    altTitle: pick('altTitle'),
    authors: readAuthors(tags),
    journal: pick('journal'),
    conference: pick('conference'),
    date: date ? parsePageDate(date) : undefined,
    doi: pick('doi'),
    pmid: pick('pmid'),
    abstract: pick('abstract'),
    description: pick('description'),
    siteName: pick('siteName'),
    canonical: pick('canonical'),
    lang: pick('lang'),
  };
}

/** Walks the tags in document order so each institution and ORCID iD lands on its own author. */
function readAuthors(tags: readonly MetaTag[]): Author[] {
  const byField = (wanted: MetaField): Author[] => {
    const authors: Author[] = [];
    for (const tag of tags) {
      const field = FIELD_OF.get(tag.name);
      const last = authors.at(-1);
      if (field === wanted && wanted === 'authorList') {
        for (const name of stripTags(tag.value).split(';')) pushAuthor(authors, parseAuthor(name));
      } else if (field === wanted) {
        pushAuthor(authors, parseAuthor(stripTags(tag.value)));
      } else if (field === 'affiliation' && last && wanted === 'author') {
        const affiliation = asText(tag.value);
        if (affiliation && !last.affiliations.includes(affiliation)) last.affiliations.push(affiliation);
      } else if (field === 'orcid' && last && wanted === 'author' && !last.orcid) {
        const orcid = normalizeOrcid(tag.value);
        if (orcid) last.orcid = orcid;
      }
    }
    return authors;
  };
  for (const field of ['author', 'authorList', 'creator'] as const) {
    const authors = byField(field);
    if (authors.length > 0) return authors;
  }
  return [];
}

function pushAuthor(authors: Author[], author: Author | undefined): void {
  if (author) authors.push(author);
}
