// Reads a page's scholarly meta tags into one record per tag family (citation_*, Dublin Core, PRISM, Open Graph).
import type { Author, FieldSource, Work } from '../model';
import { fieldEntries, WORK_FIELDS } from '../work-model';
import { structureAbstract, structureAbstractText, splitKeywords } from './abstract-sections';
import { parseAuthor } from './authors';
import { parsePageDate } from './page-date';
import { normalizeArxiv, normalizeDoi, normalizeOrcid, normalizePmcid, normalizePmid } from './identifiers';
import { layerOfMeta, META_MAPPINGS, type MetaField } from './meta-mappings';
import { stripTags, type MetaTag } from './meta-tags';
import { cleanText } from './plain-text';
import type { Layer, WorkRecord } from './work-record';

/** What meta tags say about the page itself rather than the work: fallbacks for title, excerpt, site. */
export interface PageMeta {
  /** dc.title, og:title, twitter:title: a fallback when neither citation_title nor Readability gives a title. */
  altTitle?: string;
  description?: string;
  siteName?: string;
  canonical?: string;
  lang?: string;
  /** dc.type and the like: "meeting-abstract" marks a congress abstract. */
  type?: string;
}

/** Every meta layer's record, and the page-level meta. */
export interface ScholarlyMeta {
  layers: Layer[];
  page: PageMeta;
}

const FIELD_OF = new Map<string, MetaField>(META_MAPPINGS.map(([meta, field]) => [meta, field]));
const PRIORITY = new Map<string, number>(META_MAPPINGS.map(([meta], index) => [meta, index]));
const MAPPED = new Set<string>(META_MAPPINGS.map(([, field]) => field));

/**
 * The meta fields that are one-line fields of the work (title, journal, volume, identifiers...), read as
 * they are: a field added to lib/work-model.ts and mapped in META_MAPPINGS needs nothing here.
 */
const WORK_LINES: MetaField[] = fieldEntries<Work>(WORK_FIELDS).flatMap(([field, spec]) =>
  spec.type === 'line' && MAPPED.has(field) ? [field as MetaField] : [],
);

/** Plain text from a meta value that may hold escaped markup. */
const asText = (value: string): string | undefined => cleanText(stripTags(value));
/** Volume, issue and page values are short tokens; anything long is a misplaced field. */
const asShort = (value: string): string | undefined => {
  const text = asText(value);
  return text && text.length <= 40 ? text : undefined;
};

/** Per field: how a raw value is accepted; `undefined` rejects it and the next candidate is tried. */
const NORMALIZERS: Partial<Record<MetaField, (value: string) => string | undefined>> = {
  doi: (value) => normalizeDoi(value),
  pmid: (value) => normalizePmid(value),
  pmcid: (value) => normalizePmcid(value),
  arxiv: (value) => normalizeArxiv(value),
  date: (value) => (parsePageDate(value) ? value : undefined),
  volume: asShort,
  issue: asShort,
  firstPage: asShort,
  lastPage: asShort,
  pages: asShort,
  journal: (value) => (/^https?:/i.test(value) ? undefined : asText(value)),
  abstract: (value) => value,
};

/** Tags grouped by layer, then by field, in document order. */
type Grouped = Map<FieldSource, MetaTag[]>;

function pick(tags: readonly MetaTag[], field: MetaField): string | undefined {
  const candidates = tags
    .filter((tag) => FIELD_OF.get(tag.name) === field)
    .sort((a, b) => (PRIORITY.get(a.name) ?? 0) - (PRIORITY.get(b.name) ?? 0));
  const normalize = NORMALIZERS[field] ?? asText;
  for (const { value } of candidates) {
    const accepted = normalize(value);
    if (accepted) return accepted;
  }
  return undefined;
}

/**
 * Reads every mapped tag: one record per tag family, so that the merge can prefer citation_* to Dublin
 * Core to Open Graph field by field and say where each value came from. `doc` parses escaped abstract
 * markup (JAMA's citation_abstract holds <h3>/<p>) in an inert template.
 */
export function readScholarlyMeta(tags: readonly MetaTag[], doc: Document): ScholarlyMeta {
  const grouped: Grouped = new Map();
  for (const tag of tags) {
    if (!FIELD_OF.has(tag.name)) continue;
    const layer = layerOfMeta(tag.name);
    grouped.set(layer, [...(grouped.get(layer) ?? []), tag]);
  }
  const all = [...grouped.values()].flat();
  const page: PageMeta = {
    altTitle: pick(all, 'altTitle'),
    description: pick(all, 'description'),
    siteName: pick(all, 'siteName'),
    canonical: pick(all, 'canonical'),
    lang: pick(all, 'lang'),
    type: pick(all, 'type'),
  };
  const layers = [...grouped].map(([source, layerTags]) => ({ source, record: readLayer(layerTags, doc) }));
  return { layers, page };
}

function readLayer(tags: readonly MetaTag[], doc: Document): WorkRecord {
  const date = pick(tags, 'date');
  const first = pick(tags, 'firstPage');
  const last = pick(tags, 'lastPage');
  const pages = pick(tags, 'pages') ?? (first && last && last !== first ? `${first}-${last}` : first);
  const abstract = readAbstract(pick(tags, 'abstract'), doc);
  const keywords = [
    ...new Set([
      ...tags
        .filter((t) => FIELD_OF.get(t.name) === 'keywords')
        .flatMap((t) => splitKeywords(asText(t.value) ?? '')),
      ...abstract.keywords,
    ]),
  ];
  const conference = pick(tags, 'conference');
  const lines: WorkRecord = Object.fromEntries(WORK_LINES.map((field) => [field, pick(tags, field)]));
  const record: WorkRecord = {
    ...lines,
    authors: readAuthors(tags),
    date: date ? parsePageDate(date) : undefined,
    pages,
    abstract: abstract.abstract,
    keywords,
    congress: conference ? { name: conference } : undefined,
  };
  return record;
}

/** An abstract from a meta value: escaped markup is parsed (inertly) so its headings become labels. */
function readAbstract(value: string | undefined, doc: Document): ReturnType<typeof structureAbstractText> {
  if (!value) return { keywords: [] };
  if (!/<\/?(?:p|h\d|div|section|strong|b|br)\b/i.test(value)) return structureAbstractText(stripTags(value));
  const template = doc.createElement('template');
  template.innerHTML = value;
  return structureAbstract([template.content]);
}

/** Values that name no person: profile URLs (article:author) and "et al." tails (old PubMed's author meta). */
function authorName(value: string): string | undefined {
  if (/^https?:\/\//i.test(value.trim())) return undefined;
  return stripTags(value).replace(/\s*,?\s*et al\.?\s*$/i, '');
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
        const name = authorName(tag.value);
        const author = name ? parseAuthor(name) : undefined;
        // Generic author tags (article:author and author) often repeat one name; Highwire's never do.
        const repeated = tag.name !== 'citation_author' && authors.some((a) => a.name === author?.name);
        if (!repeated) pushAuthor(authors, author);
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
