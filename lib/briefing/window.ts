// The time window of a pack, and the last meeting and briefing it is measured from.
import type { BriefingRecord, Meeting } from '../model';
import { isIsoDate, isoDay, laterDay, periodOf, subtractMonths } from './iso-dates';
import type { BriefingData, BriefingWindowChoice } from './model';

/** Without any earlier meeting or briefing, "since the last meeting" covers this many months. */
export const SINCE_LAST_FALLBACK_MONTHS = 12;

/** A resolved window: ISO days, both ends included, and how the pack names it ("Since the last meeting", "Last 6 months"). */
export interface ResolvedWindow {
  from: string;
  to: string;
  label: string;
  lastMeeting?: Meeting;
  lastBriefing?: BriefingRecord;
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The latest meeting that took place by `today` (ties: the last id). */
export function lastMeetingBy(meetings: Meeting[], kolId: string, today: string): Meeting | undefined {
  const past = meetings.filter((m) => m.kolId === kolId && isIsoDate(m.date) && m.date <= today);
  return past.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : byId(a, b))).at(-1);
}

/** The latest briefing exported by `now` (ties: the last id). */
export function lastBriefingBy(
  briefings: BriefingRecord[],
  kolId: string,
  now: number,
): BriefingRecord | undefined {
  const past = briefings.filter((b) => b.kolId === kolId && b.createdAt <= now);
  return past.sort((a, b) => a.createdAt - b.createdAt || byId(a, b)).at(-1);
}

/**
 * Resolves the user's choice into ISO days, in UTC. "Since the last meeting" starts on the later of the last meeting
 * and the last briefing (both days included); with neither, it covers the last 12 months and says so.
 */
export function resolveWindow(data: BriefingData, choice: BriefingWindowChoice, now: number): ResolvedWindow {
  const today = isoDay(now);
  const lastMeeting = lastMeetingBy(data.meetings, data.kol.id, today);
  const lastBriefing = lastBriefingBy(data.briefings, data.kol.id, now);
  const context = { lastMeeting, lastBriefing };
  switch (choice.kind) {
    case 'months':
      return {
        from: subtractMonths(today, choice.months),
        to: today,
        label: `Last ${choice.months} months`,
        ...context,
      };
    case 'custom': {
      const from = isIsoDate(choice.from) ? periodOf(choice.from).first : today;
      const to = isIsoDate(choice.to) ? periodOf(choice.to).last : today;
      const [start, end] = from <= to ? [from, to] : [to, from];
      return { from: start, to: end, label: 'Chosen dates', ...context };
    }
    case 'since-last': {
      const briefingDay = lastBriefing ? isoDay(lastBriefing.createdAt) : undefined;
      if (!lastMeeting && !briefingDay) {
        return {
          from: subtractMonths(today, SINCE_LAST_FALLBACK_MONTHS),
          to: today,
          label: `Last ${SINCE_LAST_FALLBACK_MONTHS} months, as no earlier meeting or briefing is recorded`,
          ...context,
        };
      }
      const from = laterDay(lastMeeting?.date ?? '', briefingDay ?? '');
      const what = from === lastMeeting?.date ? 'meeting' : 'briefing';
      return { from, to: today, label: `Since the last ${what}`, ...context };
    }
  }
}
