// The briefing pack as data: what the builder makes from the knowledge base and every format renders.
import type {
  AuthorPosition,
  BriefingFormat,
  BriefingRecord,
  Highlight,
  InsightCategory,
  Kol,
  Meeting,
  MeetingChannel,
  Note,
  Source,
  SourceKind,
  SourceLink,
  TherapeuticArea,
  Work,
} from '../model';

/** Printed on every page of every format. */
export const BRIEFING_MARKING = 'Medical - internal use only - non-promotional';

/** The sections a user may include, in the order they appear (the header and references always appear). */
export const BRIEFING_SECTIONS = [
  'objectives',
  'since-last',
  'own-work',
  'linked',
  'area-news',
  'insights',
] as const;

/** One optional section of the pack. */
export type BriefingSectionId = (typeof BRIEFING_SECTIONS)[number];

/** The time window a pack covers. */
export type BriefingWindowChoice =
  | { kind: 'since-last' }
  | { kind: 'months'; months: 3 | 6 | 12 }
  | { kind: 'custom'; from: string; to: string };

/** What the user chose in the builder. Dates are ISO `yyyy-mm-dd`. */
export interface BriefingRequest {
  kolId: string;
  window: BriefingWindowChoice;
  /** Narrow the pack to these areas (and their sub-areas); empty for all of the KOL's areas. */
  areaIds: string[];
  sections: BriefingSectionId[];
  meetingDate?: string;
  /** One objective per entry, as typed. */
  objectives: string[];
  /** One question per entry, as typed. */
  questions: string[];
}

/**
 * What the builder reads, gathered by lib/repo/briefing-data.ts: the KOL and everything that may go into their
 * pack. The builder decides what falls in the window and the areas; the repo only bounds what it loads.
 */
export interface BriefingData {
  kol: Kol;
  /** Every therapeutic area, for names and nesting. */
  areas: TherapeuticArea[];
  /** Sources linked to the KOL, authored by the KOL, or linked to one of the KOL's areas (or their sub-areas). */
  sources: Source[];
  /** The link records of those sources to the KOL (how each was made, the author position). */
  links: SourceLink[];
  /** Notes linked to the KOL, and notes on the sources above. */
  notes: Note[];
  /** Highlights linked to the KOL, and highlights on the sources above. */
  highlights: Highlight[];
  /** The KOL's meetings, any order. */
  meetings: Meeting[];
  /** The KOL's past briefings, any order. */
  briefings: BriefingRecord[];
}

/** A run of text with its emphasis, so that each format renders italics its own way (AMA italicises journals). */
export interface TextRun {
  text: string;
  italic?: boolean;
}

/** A person in a citation. */
export interface CitedPerson {
  family?: string;
  given?: string;
  /** The name as printed, when it could not be split into family and given names. */
  literal: string;
}

/**
 * What reference managers and the citation style need to know about one source: its work, with names split
 * and the abstract as plain text, and where and when it was read. All plain text.
 */
export interface CitedWork extends Omit<Work, 'authors' | 'abstract' | 'keywords' | 'fieldSources'> {
  sourceId: string;
  authors: CitedPerson[];
  url: string;
  /** The day it was clipped, ISO `yyyy-mm-dd` (AMA's "Accessed" date for web pages). */
  accessed: string;
  keywords: string[];
  abstract?: string;
}

/** One numbered entry of the reference list. */
export interface BriefingReference {
  /** 1-based, in order of first citation in the pack. */
  number: number;
  work: CitedWork;
  /** The AMA 11th edition citation, as runs of text. */
  ama: TextRun[];
}

/** A source as a section lists it. `ref` is the number of its entry in `references`. */
export interface BriefingItem {
  ref: number;
  title: string;
  kind: SourceKind;
  /** Venue line: journal and year, or congress and abstract number, or registry. */
  venue: string;
  /** ISO date the work was published or clipped, whichever the window was judged by. */
  date: string;
  nct: string[];
  congress?: { name: string; abstractNumber?: string };
  /** For the KOL's own work: where the KOL stands in the byline. */
  position?: AuthorPosition;
  /** One line: the user's note, else the first sentence of the abstract's Conclusions. */
  takeaway?: string;
  takeawayFrom?: 'note' | 'conclusions';
}

/** Sources under one therapeutic area (or "Other areas" when a source has none of the KOL's areas). */
export interface BriefingGroup {
  area: string;
  items: BriefingItem[];
}

/** A note or highlight linked to the KOL. */
export interface BriefingInsight {
  text: string;
  /** For a highlight: the passage quoted from the page. */
  quote?: string;
  date: string;
  ref?: number;
}

/** The notes of one insight category. */
export interface BriefingInsightGroup {
  category: InsightCategory | 'uncategorised';
  label: string;
  items: BriefingInsight[];
}

/** An open follow-up from an earlier meeting. */
export interface BriefingFollowUp {
  text: string;
  due?: string;
  overdue: boolean;
  /** The meeting it came from. */
  meetingDate: string;
}

/** The whole pack, ready to render: every string is plain text (each renderer escapes it for its format). */
export interface BriefingModel {
  marking: typeof BRIEFING_MARKING;
  /** ISO timestamp of `now`. */
  generatedAt: string;
  title: string;
  kol: {
    id: string;
    name: string;
    credentials?: string;
    institution?: string;
    specialty?: string;
    country?: string;
    tier?: string;
    orcid?: string;
    areas: string[];
  };
  meetingDate?: string;
  window: { from: string; to: string; label: string };
  /** Names of the areas the pack was narrowed to; empty when not narrowed. */
  areaFilter: string[];
  sections: BriefingSectionId[];
  objectives: string[];
  questions: string[];
  sinceLast: {
    lastMeeting?: { date: string; channel: MeetingChannel; summary: string };
    lastBriefing?: { date: string; format: BriefingFormat };
    /** Sources clipped or published since then that the pack includes. */
    newSourceCount: number;
    openFollowUps: BriefingFollowUp[];
  };
  ownWork: BriefingItem[];
  linked: BriefingGroup[];
  areaNews: BriefingGroup[];
  insights: BriefingInsightGroup[];
  references: BriefingReference[];
  /**
   * How many entries a section left out to stay within the builder's cap (50 per section), newest kept; absent
   * when nothing was cut. Renderers say "N more not shown" under the section.
   */
  omitted?: Partial<Record<'ownWork' | 'linked' | 'areaNews' | 'insights' | 'openFollowUps', number>>;
  /** Sources linked to the KOL and clipped in the period that are listed under own work instead; absent when none. */
  linkedInOwnWork?: number;
}
