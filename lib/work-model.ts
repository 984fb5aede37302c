// The bibliographic record of a clipped work, and the one table of its fields that storage, backups and citations read.

/** What kind of work a source is; drives labels, filters and citation style. Add a kind here, then fill what the compiler asks. */
export const SOURCE_KINDS = [
  'pubmed-abstract',
  'pmc-article',
  'journal-article',
  'preprint',
  'trial-registry',
  'congress-abstract',
  'poster',
  'trial-protocol',
  'label',
  'web-page',
  'bookmark',
] as const;

/** What kind of page a source was clipped from. */
export type SourceKind = (typeof SOURCE_KINDS)[number];

/**
 * Where a field's value can come from, most specific (most trusted) first: a site adapter, meta tags of each
 * family, the address, the visible text. Extraction merges layers in this order (lib/extract/work-record.ts).
 */
export const FIELD_SOURCES = [
  'site',
  'citation',
  'jsonld',
  'dc',
  'prism',
  'og',
  'url',
  'xmp',
  'info',
  'layout',
  'text',
] as const;

/** The layer a field's value came from. */
export type FieldSource = (typeof FIELD_SOURCES)[number];

/** One author of a work, in byline order. */
export interface Author {
  /** The name as printed, cleaned of markers and superscripts. */
  name: string;
  family?: string;
  given?: string;
  /** Institutions as printed; empty when the page does not say. */
  affiliations: string[];
  /** Bare ORCID iD (0000-0000-0000-0000) when the page gives one. */
  orcid?: string;
  /** Degrees printed after the name ("MD, PhD"), kept apart so the name matches KOL names. */
  degrees?: string;
}

/** One part of an abstract: a labelled section (Background, Methods...) or an unlabelled paragraph. */
export interface AbstractSection {
  /** The section label as printed, without its colon ("Background", "Main Outcomes and Measures"). */
  label?: string;
  text: string;
}

/** An abstract with its structure kept, so labels stay labels instead of being glued into the text. */
export interface StructuredAbstract {
  /** The whole abstract as plain text, sections separated by blank lines, labels left out. */
  text: string;
  /** The sections in order; one unlabelled section for an unstructured abstract. */
  sections: AbstractSection[];
}

/** The meeting a congress abstract was presented at; abstract numbers are free text (LBA4, 854MO, 1470-P). */
export interface CongressInfo {
  /** "2025 ASCO Annual Meeting", "ESMO Congress 2024", "66th ASH Annual Meeting". */
  name: string;
  year?: number;
  abstractNumber?: string;
  session?: string;
  presenter?: string;
}

/**
 * A work as a reference manager would record it: what extraction reads, a source stores, a backup carries and
 * a citation prints. Add a field here and in WORK_FIELDS below; README "Adding a bibliographic field" says the rest.
 */
export interface Work {
  kind: SourceKind;
  title: string;
  authors: Author[];
  /** Journal or container title (`citation_journal_title`, JSON-LD isPartOf...). */
  journal?: string;
  /** The journal's abbreviated title (NLM style, "J Clin Oncol"), for citations. */
  journalAbbrev?: string;
  /** Publisher of the work, for citations ("Elsevier", "Massachusetts Medical Society"). */
  publisher?: string;
  /** Publication year. */
  year?: number;
  /** ISO date (YYYY, YYYY-MM or YYYY-MM-DD) when the page gives one. */
  published?: string;
  /** Volume as printed ("41"), for citations. */
  volume?: string;
  /** Issue as printed ("16_suppl", "Supplement 1"), for citations. */
  issue?: string;
  /** Page range or article number as printed ("412-424", "e0001", "8512"), for citations. */
  pages?: string;
  /** Bare, lower-case DOI (10.xxxx/...). */
  doi?: string;
  pmid?: string;
  /** PubMed Central id with its prefix ("PMC3531190"), to link the free full text. */
  pmcid?: string;
  /** arXiv id without version ("1706.03762"), to link the preprint. */
  arxiv?: string;
  /** ClinicalTrials.gov ids of the page's own record or cited as registration. */
  nct: string[];
  /** The abstract with its section labels, when the page carries one (a registry's brief summary counts). */
  abstract?: StructuredAbstract;
  /** Author keywords and MeSH terms the page lists, to find the work again and suggest areas. */
  keywords?: string[];
  /** The meeting, abstract number, session and presenter of a congress abstract. */
  congress?: CongressInfo;
  /** Where each field came from (site adapter, citation_*, JSON-LD...), to explain and test extraction. */
  fieldSources?: FieldSources;
}

/** The fields whose origin `fieldSources` records: every field of the work. */
export type SourcedField = Exclude<keyof Work, 'fieldSources'>;

/** For each field that has a value, the layer it came from, so a user or a test can see why it is what it is. */
export type FieldSources = Partial<Record<SourcedField, FieldSource>>;

/** A work and the page it was read from: everything a clip stores about the page itself. */
export interface ClippedPage extends Work {
  /** The address the page was read from. */
  url: string;
  /** `<link rel=canonical>` or `og:url`, absolute, when the page declares one. */
  canonicalUrl?: string;
  /** Author line as printed (Readability's byline or the joined author names). */
  byline?: string;
  /** Readability's excerpt, or the meta description. */
  excerpt?: string;
  siteName?: string;
  lang?: string;
  /** The main article as sanitized HTML (sanitized again whenever it is rendered); absent when no article was found. */
  articleHtml?: string;
  /** The main article as plain text. */
  articleText?: string;
}

/**
 * The value types a clipped field can hold. Each has one storage cleaner (lib/repo/source-record.ts), one
 * backup schema (lib/backup/record-schemas.ts) and one test generator, so a field of an existing type needs
 * nothing but its row in a field table.
 */
export interface FieldValueTypes {
  kind: SourceKind;
  /** One line of text: a title, a journal, an identifier. */
  line: string;
  /** Longer plain text: an excerpt, the article's text. */
  text: string;
  /** Sanitized HTML. */
  html: string;
  year: number;
  /** Short strings: NCT ids, keywords. */
  list: string[];
  authors: Author[];
  abstract: StructuredAbstract;
  congress: CongressInfo;
  fieldSources: FieldSources;
}

/** A value type's name. */
export type FieldType = keyof FieldValueTypes;

/** What each value type says besides its name: how long a stored value may be (`max`), how many items (`count`). */
interface FieldOptions {
  kind: object;
  /** `lowerCase`: stored in lower case, because works are matched on it (a DOI). */
  line: { max: number; lowerCase?: true };
  text: { max: number };
  html: { max: number };
  year: object;
  list: { max: number; count: number };
  authors: object;
  abstract: object;
  congress: object;
  fieldSources: object;
}

/** How one field is typed and bounded; `required` for the fields every record has. */
export type FieldSpec<T extends FieldType = FieldType> = {
  [K in T]: { type: K; required?: true } & FieldOptions[K];
}[T];

/** The value types whose values are exactly V. */
type TypesHolding<V> = {
  [T in FieldType]: [FieldValueTypes[T]] extends [V] ? ([V] extends [FieldValueTypes[T]] ? T : never) : never;
}[FieldType];

/** A field's spec: a value type that holds exactly its values, marked required exactly when the field is. */
type SpecFor<V> = undefined extends V
  ? FieldSpec<TypesHolding<NonNullable<V>>> & { required?: never }
  : FieldSpec<TypesHolding<V>> & { required: true };

/** A spec for every field of R, checked by the compiler: a field missing here, or of the wrong type, fails to compile. */
export type FieldTable<R> = { readonly [K in keyof R]-?: SpecFor<R[K]> };

/** Bound of a one-line text field: a title, a journal, an address. */
const LINE = 2_000;

/** The fields of a work: their value types and how much of each a clip may store. */
export const WORK_FIELDS = {
  kind: { type: 'kind', required: true },
  title: { type: 'line', max: LINE, required: true },
  authors: { type: 'authors', required: true },
  journal: { type: 'line', max: LINE },
  journalAbbrev: { type: 'line', max: 300 },
  publisher: { type: 'line', max: 300 },
  year: { type: 'year' },
  published: { type: 'line', max: 40 },
  volume: { type: 'line', max: 40 },
  issue: { type: 'line', max: 40 },
  pages: { type: 'line', max: 40 },
  doi: { type: 'line', max: 300, lowerCase: true },
  pmid: { type: 'line', max: 20 },
  pmcid: { type: 'line', max: 20 },
  arxiv: { type: 'line', max: 40 },
  nct: { type: 'list', max: 20, count: 50, required: true },
  abstract: { type: 'abstract' },
  keywords: { type: 'list', max: 200, count: 100 },
  congress: { type: 'congress' },
  fieldSources: { type: 'fieldSources' },
} as const satisfies FieldTable<Work>;

/** The fields a clip stores about the page it read: the same kind of table, for the rest of ClippedPage. */
export const PAGE_FIELDS = {
  url: { type: 'line', max: LINE, required: true },
  canonicalUrl: { type: 'line', max: LINE },
  byline: { type: 'line', max: LINE },
  excerpt: { type: 'text', max: LINE },
  siteName: { type: 'line', max: LINE },
  lang: { type: 'line', max: 20 },
  articleHtml: { type: 'html', max: 1_000_000 },
  articleText: { type: 'text', max: 500_000 },
} as const satisfies FieldTable<Omit<ClippedPage, keyof Work>>;

const { url, canonicalUrl, ...PAGE_TEXT_FIELDS } = PAGE_FIELDS;

/**
 * Every field of a clipped page, work and page: what a source stores and a backup carries besides its links,
 * in the order a backup file lists them (the address, the work, then the page's text).
 */
export const CLIPPED_FIELDS: FieldTable<ClippedPage> = {
  url,
  canonicalUrl,
  ...WORK_FIELDS,
  ...PAGE_TEXT_FIELDS,
};

/** A field table's rows in order, typed, so that code walking a table needs no cast. */
export function fieldEntries<R>(table: FieldTable<R>): Array<[field: keyof R & string, spec: FieldSpec]> {
  return Object.entries(table) as Array<[keyof R & string, FieldSpec]>;
}
