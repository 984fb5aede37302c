// The types of what happens around the library: meetings with KOLs, exported briefings, the audit log.
import type { SafetyMark } from './model';

/** How an interaction with a KOL took place. */
export type MeetingChannel = 'in-person' | 'virtual' | 'phone' | 'email' | 'congress' | 'other';

/** Something promised or to be done after a meeting; open until `doneAt` is set. */
export interface FollowUp {
  id: string;
  text: string;
  /** Due date, ISO `yyyy-mm-dd`. */
  due?: string;
  /** When it was marked done, epoch milliseconds. */
  doneAt?: number;
}

/** One interaction with a KOL (the minimal interaction log): when, how, what was said, what follows. */
export interface Meeting {
  id: string;
  kolId: string;
  /** The day it took place, ISO `yyyy-mm-dd`. */
  date: string;
  channel: MeetingChannel;
  summary: string;
  followUps: FollowUp[];
  /** Set when the meeting was saved after an adverse-event prompt was confirmed. */
  safety?: SafetyMark;
  createdAt: number;
  updatedAt: number;
}

/** A file format a briefing pack is exported in. */
export type BriefingFormat = 'markdown' | 'html' | 'docx' | 'ris' | 'bibtex' | 'csl-json';

/** The record of one exported briefing pack, so that "since the last briefing" works and the KOL page lists past ones. */
export interface BriefingRecord {
  id: string;
  kolId: string;
  /** When it was exported, epoch milliseconds. */
  createdAt: number;
  format: BriefingFormat;
  /** The time window the pack covered, ISO `yyyy-mm-dd`, both ends included. */
  from: string;
  to: string;
  /** The areas the pack was narrowed to; empty for all of the KOL's areas. */
  areaIds: string[];
  /** The sources the pack cited. */
  sourceIds: string[];
  meetingDate?: string;
}

/** What an audit log entry records. */
export type AuditAction =
  | 'backup-export'
  | 'backup-import'
  | 'kol-export'
  | 'kol-erase'
  | 'kol-import'
  | 'database-upgrade'
  | 'adverse-event-confirmed';

/** One entry of the append-only audit log: what happened to the knowledge base as a whole, and when. */
export interface AuditEntry {
  /** Assigned by the database, in order of writing. */
  seq?: number;
  at: number;
  action: AuditAction;
  /** What was done, in words, with counts; never the personal data of an erased KOL. */
  summary: string;
}
