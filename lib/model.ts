// The types of the knowledge base: what a clip, a KOL, a therapeutic area, a highlight and a note are.

/** What kind of page a source was clipped from; drives labels, filters and citation style. */
export type SourceKind =
  | 'pubmed-abstract'
  | 'pmc-article'
  | 'journal-article'
  | 'preprint'
  | 'trial-registry'
  | 'congress-abstract'
  | 'poster'
  | 'trial-protocol'
  | 'label'
  | 'web-page'
  | 'bookmark';

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
 * Where a field's value came from, most specific first: a site adapter, meta tags of each family, the
 * address, a PDF's XMP packet, Info dictionary and page layout, the visible text.
 */
export type FieldSource =
  'site' | 'citation' | 'jsonld' | 'dc' | 'prism' | 'og' | 'url' | 'xmp' | 'info' | 'layout' | 'text';

/** The fields whose origin `fieldSources` records. */
export type SourcedField =
  | 'kind'
  | 'title'
  | 'authors'
  | 'journal'
  | 'journalAbbrev'
  | 'publisher'
  | 'year'
  | 'published'
  | 'volume'
  | 'issue'
  | 'pages'
  | 'doi'
  | 'pmid'
  | 'pmcid'
  | 'arxiv'
  | 'nct'
  | 'abstract'
  | 'keywords'
  | 'congress';

/** For each field that has a value, the layer it came from, so a user or a test can see why it is what it is. */
export type FieldSources = Partial<Record<SourcedField, FieldSource>>;

/** Everything `extractPage` reads from a page; plain data, safe to pass between contexts. */
export interface ExtractedPage {
  /** The address the page was read from. */
  url: string;
  /** `<link rel=canonical>` or `og:url`, absolute, when the page declares one. */
  canonicalUrl?: string;
  kind: SourceKind;
  title: string;
  /** Author line as printed (Readability's byline or the joined author names). */
  byline?: string;
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
  /** Readability's excerpt, or the meta description. */
  excerpt?: string;
  siteName?: string;
  lang?: string;
  /** The main article as sanitized HTML; absent when no article was found. */
  articleHtml?: string;
  /** The main article as plain text. */
  articleText?: string;
  /** False when the page holds no readable article: then only title and URL are reliable. */
  hasArticle: boolean;
  /** Plain-language remarks about the extraction (e.g. "No article found on this page."). */
  warnings: string[];
}

/** An ExtractedPage without the article and the verdict on it: what a quick preview shows (`extractMetadata`). */
export type PageMetadata = Omit<ExtractedPage, 'articleHtml' | 'articleText' | 'hasArticle' | 'warnings'>;

/** A clipped page or paper in the library. */
export interface Source {
  id: string;
  url: string;
  canonicalUrl?: string;
  kind: SourceKind;
  title: string;
  byline?: string;
  authors: Author[];
  journal?: string;
  /** The journal's abbreviated title, for citations. */
  journalAbbrev?: string;
  /** Publisher of the work, for citations. */
  publisher?: string;
  year?: number;
  published?: string;
  /** Volume as printed, for citations. */
  volume?: string;
  /** Issue as printed, for citations. */
  issue?: string;
  /** Page range or article number as printed, for citations. */
  pages?: string;
  doi?: string;
  pmid?: string;
  /** PubMed Central id ("PMC3531190"), linked to the free full text. */
  pmcid?: string;
  /** arXiv id without version, linked to the preprint. */
  arxiv?: string;
  nct: string[];
  /** The abstract with its section labels. */
  abstract?: StructuredAbstract;
  /** Author keywords and MeSH terms, for search and area suggestions. */
  keywords?: string[];
  /** Meeting details of a congress abstract. */
  congress?: CongressInfo;
  /** Where each field came from when the page was clipped. */
  fieldSources?: FieldSources;
  excerpt?: string;
  siteName?: string;
  lang?: string;
  /** Sanitized article HTML; sanitized again whenever it is rendered. */
  articleHtml?: string;
  articleText?: string;
  /** Family names of the authors, folded, both readings (multi-entry index: "sources a KOL authored"). */
  authorKeys?: string[];
  /** KOLs this source is linked to (multi-entry index). */
  kolIds: string[];
  /** Therapeutic areas this source is linked to (multi-entry index). */
  areaIds: string[];
  /** When it was first clipped, epoch milliseconds. */
  capturedAt: number;
  /** When it was last changed, epoch milliseconds. */
  updatedAt: number;
}

/** A key opinion leader: professional data only. */
export interface Kol {
  id: string;
  name: string;
  /** Forms of the name as they appear in author lists ("Smith JA", "J. A. Smith"). */
  nameVariants: string[];
  credentials?: string;
  specialty?: string;
  institution?: string;
  country?: string;
  tier?: string;
  areaIds: string[];
  orcid?: string;
  npi?: string;
  crmId?: string;
  interests?: string;
  notes?: string;
  createdAt: number;
  updatedAt: number;
}

/** A therapeutic area, disease or subtype; nested through `parentId`. */
export interface TherapeuticArea {
  id: string;
  name: string;
  parentId?: string;
  /** Words whose presence in a clip suggests this area. */
  keywords: string[];
  /** CSS colour for chips. */
  color?: string;
  createdAt: number;
  updatedAt: number;
}

/** A passage of a source the user marked, stored as W3C Web Annotation selectors. */
export interface Highlight {
  id: string;
  sourceId: string;
  /** TextQuoteSelector: the exact passage. */
  exact: string;
  /** TextQuoteSelector: up to 32 characters before and after the passage. */
  prefix?: string;
  suffix?: string;
  /** TextPositionSelector over the document's text, when known. */
  start?: number;
  end?: number;
  note?: string;
  /** The insight category of the note, as for notes. */
  category?: InsightCategory;
  kolIds: string[];
  areaIds: string[];
  createdAt: number;
  updatedAt: number;
}

/** Categories of field insight that medical affairs reports on. */
export type InsightCategory =
  | 'unmet-need'
  | 'treatment-patterns'
  | 'perception-of-data'
  | 'evidence-gap'
  | 'competitive-landscape'
  | 'trial-design'
  | 'access'
  | 'education-need'
  | 'other';

/** A note or insight, on a source or free-standing. */
export interface Note {
  id: string;
  sourceId?: string;
  text: string;
  category?: InsightCategory;
  kolIds: string[];
  areaIds: string[];
  createdAt: number;
  updatedAt: number;
}

/** What a repo function needs from its environment, so that tests control time and ids. */
export interface RepoEnv {
  now: () => number;
  newId: () => string;
}

// Links between sources and KOLs or areas live in their own module; imported from here as before.
export type { AuthorPosition, LinkChoice, LinkOrigin, SourceLink } from './link-model';

/** A value a setting may hold: plain JSON, so that it survives a backup file. */
export type SettingValue = string | number | boolean | string[];

/** One entry of the `settings` table, by name: a preference, or bookkeeping such as `lastBackupAt`. */
export interface Setting {
  /** The setting's name ("lastBackupAt"). */
  id: string;
  value: SettingValue;
  /** When it was last changed, epoch milliseconds: the newer value wins when a backup is imported. */
  updatedAt: number;
}

// The interaction log, briefing records and audit log live in their own module; imported from here as before.
export type {
  AuditAction,
  AuditEntry,
  BriefingFormat,
  BriefingRecord,
  FollowUp,
  Meeting,
  MeetingChannel,
} from './activity-model';
