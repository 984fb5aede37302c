// The types of the knowledge base: what a clip, a KOL, a therapeutic area, a highlight and a note are.
import type { ClippedPage } from './work-model';

// The bibliographic record and the clipped page live in their own module; imported from here as before.
export type {
  AbstractSection,
  Author,
  ClippedPage,
  CongressInfo,
  FieldSource,
  FieldSources,
  SourceKind,
  SourcedField,
  StructuredAbstract,
  Work,
} from './work-model';

/** Everything `extractPage` reads from a page: the work, the page, and the verdict on it; plain data, safe to pass between contexts. */
export interface ExtractedPage extends ClippedPage {
  /** False when the page holds no readable article: then only title and URL are reliable. */
  hasArticle: boolean;
  /** Plain-language remarks about the extraction (e.g. "No article found on this page."). */
  warnings: string[];
}

/** A clipped page without the article: what a quick preview shows (`extractMetadata`). */
export type PageMetadata = Omit<ClippedPage, 'articleHtml' | 'articleText'>;

/** A clipped page or paper in the library: the clip, and how the library files it. */
export interface Source extends ClippedPage {
  id: string;
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
  /** Set when the note was saved after an adverse-event prompt was confirmed. */
  safety?: SafetyMark;
  createdAt: number;
  updatedAt: number;
}

/**
 * That a record was saved after the user confirmed an adverse-event prompt: shown as a "Safety" badge, filtered in the
 * library, and reconciled with pharmacovigilance through the audit log.
 */
export interface SafetyMark {
  /** When the prompt was confirmed, epoch milliseconds. */
  confirmedAt: number;
  /** The suspect products the prompt named (as listed in Settings); empty when none was named. */
  products: string[];
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
  /** Set when the note was saved after an adverse-event prompt was confirmed. */
  safety?: SafetyMark;
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
