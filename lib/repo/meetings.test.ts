// Meetings: logging with validation, latest first, follow-ups marked done and kept through edits, deletion.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LiaisonDb } from '../db';
import {
  addMeeting,
  deleteMeeting,
  listMeetings,
  setFollowUpDone,
  updateMeeting,
  type MeetingInput,
} from './meetings';

let db: LiaisonDb;
let n = 0;
const env = { now: () => 1_700_000_000_000 + ++n * 1000, newId: () => `id-${++n}` };
const input = (patch: Partial<MeetingInput> = {}): MeetingInput => ({
  kolId: 'k1',
  date: '2025-03-04',
  channel: 'in-person',
  summary: ' Discussed the 2L data. ',
  followUps: [],
  ...patch,
});

beforeEach(() => {
  db = new LiaisonDb(`meetings-${Math.random()}`);
});
afterEach(() => db.delete());

describe('meetings', () => {
  it('logs a meeting with trimmed text, drops empty follow-ups, and lists the latest first', async () => {
    await addMeeting(
      db,
      input({
        date: '2025-01-10',
        followUps: [{ text: ' Send the poster ', due: '2025-01-20' }, { text: '  ' }],
      }),
      env,
    );
    await addMeeting(db, input({ date: '2025-02-01' }), env);
    await addMeeting(db, input({ kolId: 'k2' }), env);
    const meetings = await listMeetings(db, 'k1');
    expect(meetings.map((m) => m.date)).toEqual(['2025-02-01', '2025-01-10']);
    expect(meetings[1]).toMatchObject({
      summary: 'Discussed the 2L data.',
      followUps: [{ text: 'Send the poster', due: '2025-01-20' }],
    });
    expect(meetings[1]!.followUps[0]!.doneAt).toBeUndefined();
  });

  it('refuses a missing or impossible date, an unknown channel and a bad due date', async () => {
    await expect(addMeeting(db, input({ date: '' }), env)).rejects.toThrow(/date of the meeting/);
    await expect(addMeeting(db, input({ date: '2025-02-30' }), env)).rejects.toThrow(/date of the meeting/);
    await expect(addMeeting(db, input({ channel: 'fax' as MeetingInput['channel'] }), env)).rejects.toThrow(
      /how the meeting/,
    );
    await expect(addMeeting(db, input({ followUps: [{ text: 'x', due: 'soon' }] }), env)).rejects.toThrow(
      /not a date/,
    );
    await expect(addMeeting(db, input({ summary: 'x'.repeat(20_001) }), env)).rejects.toThrow(
      'The summary is 20,001 characters long; the limit is 20,000.',
    );
    await expect(addMeeting(db, input({ followUps: [{ text: 'y'.repeat(2_001) }] }), env)).rejects.toThrow(
      /A follow-up is 2,001 characters long/,
    );
    expect(await db.meetings.count()).toBe(0);
  });

  it('marks a follow-up done and open again; an edit keeps the done state of follow-ups it keeps', async () => {
    const meeting = await addMeeting(
      db,
      input({ followUps: [{ text: 'Send the poster' }, { text: 'Ask about sites' }] }),
      env,
    );
    const [poster, sites] = meeting.followUps;
    await setFollowUpDone(db, meeting.id, poster!.id, true, env);
    let stored = await db.meetings.get(meeting.id);
    expect(stored!.followUps[0]!.doneAt).toBeGreaterThan(meeting.createdAt);
    expect(stored!.followUps[1]!.doneAt).toBeUndefined();

    await updateMeeting(
      db,
      meeting.id,
      input({
        summary: 'Edited',
        followUps: [
          { id: poster!.id, text: 'Send the poster (PDF)' },
          { text: 'New one', due: '2025-04-01' },
        ],
      }),
      env,
    );
    stored = await db.meetings.get(meeting.id);
    expect(stored!.summary).toBe('Edited');
    expect(stored!.createdAt).toBe(meeting.createdAt);
    expect(stored!.followUps.map((f) => [f.text, f.doneAt !== undefined])).toEqual([
      ['Send the poster (PDF)', true],
      ['New one', false],
    ]);
    expect(stored!.followUps.some((f) => f.id === sites!.id)).toBe(false);

    await setFollowUpDone(db, meeting.id, poster!.id, false, env);
    expect((await db.meetings.get(meeting.id))!.followUps[0]).not.toHaveProperty('doneAt');
    await expect(setFollowUpDone(db, meeting.id, 'gone', true, env)).rejects.toThrow(/no longer/);
  });

  it('deletes a meeting; editing a deleted one fails', async () => {
    const meeting = await addMeeting(db, input(), env);
    await deleteMeeting(db, meeting.id);
    expect(await listMeetings(db, 'k1')).toEqual([]);
    await expect(updateMeeting(db, meeting.id, input(), env)).rejects.toThrow(/no longer/);
  });
});
