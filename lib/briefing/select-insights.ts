// The KOL's insights (notes and highlights linked to them, by category) and the open follow-ups of earlier meetings.
import { INSIGHT_LABELS } from '../insight-labels';
import type { Highlight, InsightCategory, Meeting, Note } from '../model';
import { isoDay } from './iso-dates';
import type { BriefingFollowUp } from './model';

/** A note or highlight chosen for the insights section, before references are numbered. */
export interface SelectedInsight {
  id: string;
  category: InsightCategory | 'uncategorised';
  text: string;
  quote?: string;
  createdAt: number;
  sourceId?: string;
}

/** Heading for notes without a category. */
export const UNCATEGORISED_LABEL = 'Uncategorised';

/** Categories in the order the note form lists them, then notes without one. */
export const INSIGHT_ORDER: (InsightCategory | 'uncategorised')[] = [
  ...(Object.keys(INSIGHT_LABELS) as InsightCategory[]),
  'uncategorised',
];

const flat = (text: string | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/**
 * Every note and highlight linked to the KOL, whatever its date (earlier insights matter before a meeting), newest
 * first, then by id. A highlight is its quoted passage with its note.
 */
export function selectInsights(
  notes: Note[],
  highlights: Highlight[],
  kolId: string,
  now: number,
): SelectedInsight[] {
  const fromNotes = notes
    .filter((n) => n.kolIds.includes(kolId) && flat(n.text) && n.createdAt <= now)
    .map((n): SelectedInsight => ({
      id: n.id,
      category: n.category ?? 'uncategorised',
      text: flat(n.text),
      createdAt: n.createdAt,
      sourceId: n.sourceId,
    }));
  const fromHighlights = highlights
    .filter((h) => h.kolIds.includes(kolId) && flat(h.exact) && h.createdAt <= now)
    .map((h): SelectedInsight => ({
      id: h.id,
      category: h.category ?? 'uncategorised',
      text: flat(h.note),
      quote: flat(h.exact),
      createdAt: h.createdAt,
      sourceId: h.sourceId,
    }));
  return [...fromNotes, ...fromHighlights].sort(
    (a, b) => b.createdAt - a.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

/** Follow-ups not yet done from the KOL's meetings: soonest due first (undated last), then by meeting date and id. */
export function selectOpenFollowUps(meetings: Meeting[], kolId: string, now: number): BriefingFollowUp[] {
  const today = isoDay(now);
  const open = meetings
    .filter((m) => m.kolId === kolId)
    .flatMap((m) => m.followUps.filter((f) => f.doneAt === undefined && flat(f.text)).map((f) => ({ f, m })));
  open.sort((a, b) => {
    const dueA = a.f.due ?? '9999';
    const dueB = b.f.due ?? '9999';
    if (dueA !== dueB) return dueA < dueB ? -1 : 1;
    if (a.m.date !== b.m.date) return a.m.date < b.m.date ? -1 : 1;
    return a.f.id < b.f.id ? -1 : a.f.id > b.f.id ? 1 : 0;
  });
  return open.map(({ f, m }) => ({
    text: flat(f.text),
    due: f.due,
    overdue: f.due !== undefined && f.due < today,
    meetingDate: m.date,
  }));
}
