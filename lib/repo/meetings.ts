// The interaction log: meetings with a KOL and their follow-ups (issue 5), so that the next briefing shows what is open.
import type { LiaisonDb } from '../db';
import { isMeetingChannel } from '../meeting-channels';
import type { FollowUp, Meeting, MeetingChannel, RepoEnv } from '../model';
import { assertFits, TEXT_LIMITS } from '../text-limits';

/** A follow-up as a form edits it: `id` when it already exists, so that editing keeps its done state. */
export interface FollowUpInput {
  id?: string;
  text: string;
  due?: string;
}

/** What the meeting form submits. */
export interface MeetingInput {
  kolId: string;
  date: string;
  channel: MeetingChannel;
  summary: string;
  followUps: FollowUpInput[];
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function isIsoDay(value: string): boolean {
  if (!ISO_DAY.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** Checks and trims the input; follow-ups without text are dropped rather than stored empty. */
function cleanInput(input: MeetingInput): MeetingInput {
  if (!input.kolId) throw new Error('A meeting belongs to a KOL.');
  if (!isIsoDay(input.date)) throw new Error('Give the date of the meeting.');
  if (!isMeetingChannel(input.channel)) throw new Error('Choose how the meeting took place.');
  const summary = input.summary.trim();
  assertFits(summary, TEXT_LIMITS.meetingSummary, 'The summary');
  const followUps = input.followUps
    .map((f) => ({ ...f, text: f.text.trim(), due: f.due?.trim() || undefined }))
    .filter((f) => f.text !== '');
  for (const f of followUps) {
    assertFits(f.text, TEXT_LIMITS.followUp, 'A follow-up');
    if (f.due && !isIsoDay(f.due)) throw new Error(`The due date of "${f.text}" is not a date.`);
  }
  return { ...input, summary, followUps };
}

function toFollowUps(inputs: FollowUpInput[], previous: FollowUp[], env: RepoEnv): FollowUp[] {
  return inputs.map((f) => {
    const kept = f.id ? previous.find((p) => p.id === f.id) : undefined;
    return {
      id: kept?.id ?? env.newId(),
      text: f.text,
      ...(f.due ? { due: f.due } : {}),
      ...(kept?.doneAt !== undefined ? { doneAt: kept.doneAt } : {}),
    };
  });
}

/** Logs a meeting with its follow-ups. */
export async function addMeeting(db: LiaisonDb, input: MeetingInput, env: RepoEnv): Promise<Meeting> {
  const clean = cleanInput(input);
  const now = env.now();
  const meeting: Meeting = {
    id: env.newId(),
    kolId: clean.kolId,
    date: clean.date,
    channel: clean.channel,
    summary: clean.summary,
    followUps: toFollowUps(clean.followUps, [], env),
    createdAt: now,
    updatedAt: now,
  };
  await db.meetings.add(meeting);
  return meeting;
}

/** Edits a meeting; follow-ups that keep their id keep their done state, those left out are removed. */
export async function updateMeeting(
  db: LiaisonDb,
  id: string,
  input: MeetingInput,
  env: RepoEnv,
): Promise<Meeting> {
  const clean = cleanInput(input);
  return db.transaction('rw', db.meetings, async () => {
    const existing = await db.meetings.get(id);
    if (!existing) throw new Error('This meeting is no longer in the log.');
    const meeting: Meeting = {
      ...existing,
      date: clean.date,
      channel: clean.channel,
      summary: clean.summary,
      followUps: toFollowUps(clean.followUps, existing.followUps, env),
      updatedAt: env.now(),
    };
    await db.meetings.put(meeting);
    return meeting;
  });
}

/** Removes a meeting and its follow-ups. */
export function deleteMeeting(db: LiaisonDb, id: string): Promise<void> {
  return db.meetings.delete(id);
}

/** Marks a follow-up done (now) or open again. */
export async function setFollowUpDone(
  db: LiaisonDb,
  meetingId: string,
  followUpId: string,
  done: boolean,
  env: RepoEnv,
): Promise<void> {
  await db.transaction('rw', db.meetings, async () => {
    const meeting = await db.meetings.get(meetingId);
    const target = meeting?.followUps.find((f) => f.id === followUpId);
    if (!meeting || !target) throw new Error('This follow-up is no longer in the log.');
    const now = env.now();
    const followUps = meeting.followUps.map((f) => {
      if (f.id !== followUpId) return f;
      const open = { ...f };
      delete open.doneAt;
      return done ? { ...open, doneAt: now } : open;
    });
    await db.meetings.put({ ...meeting, followUps, updatedAt: now });
  });
}

/** A KOL's meetings, the latest first (same day: the one logged last first). */
export async function listMeetings(db: LiaisonDb, kolId: string): Promise<Meeting[]> {
  const meetings = await db.meetings.where('kolId').equals(kolId).toArray();
  return meetings.sort((a, b) => b.date.localeCompare(a.date) || b.createdAt - a.createdAt);
}
