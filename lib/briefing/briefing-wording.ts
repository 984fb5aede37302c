// The words of the pack shared by every document format: section titles, header facts, item lines, follow-ups.
import type { AuthorPosition, BriefingFormat, MeetingChannel } from '../model';
import { formatShortDate } from './iso-dates';
import type { BriefingFollowUp, BriefingItem, BriefingModel, BriefingSectionId } from './model';

/** Section headings, in pack order. */
export const SECTION_TITLES: Record<BriefingSectionId | 'references', string> = {
  objectives: 'Objectives and questions',
  'since-last': 'Since the last meeting',
  'own-work': 'Own work in the period',
  linked: 'Sources linked to the KOL',
  'area-news': 'New in the KOL\u2019s therapeutic areas',
  insights: 'Insights and notes',
  references: 'References',
};

/** Said under a chosen section that has nothing in it (see `emptySectionText`). */
export const EMPTY_SECTION: Record<BriefingSectionId, string> = {
  objectives: 'No objectives or questions entered.',
  'since-last': 'No earlier meeting or briefing is recorded.',
  'own-work': 'No publications, trials or congress abstracts by the KOL in this period.',
  linked: 'No sources linked to the KOL were clipped in this period.',
  'area-news': 'Nothing new was clipped in these areas in this period.',
  insights: 'No insights or notes are linked to the KOL.',
};

export const POSITION_LABELS: Record<AuthorPosition, string> = {
  first: 'first author',
  last: 'last author',
  'co-author': 'co-author',
};

export const CHANNEL_LABELS: Record<MeetingChannel, string> = {
  'in-person': 'in person',
  virtual: 'virtual',
  phone: 'phone',
  email: 'email',
  congress: 'at a congress',
  other: 'other',
};

export const FORMAT_LABELS: Record<BriefingFormat, string> = {
  markdown: 'Markdown',
  html: 'HTML',
  docx: 'Word',
  ris: 'RIS',
  bibtex: 'BibTeX',
  'csl-json': 'CSL-JSON',
};

/** The facts under the title, label and value, in order; absent facts left out. */
export function headerFacts(model: BriefingModel): { label: string; value: string }[] {
  const { kol } = model;
  const facts: [string, string | undefined][] = [
    ['KOL', [kol.name, kol.credentials].filter(Boolean).join(', ')],
    ['Institution', [kol.institution, kol.country].filter(Boolean).join(', ') || undefined],
    ['Specialty', kol.specialty],
    ['Therapeutic areas', kol.areas.join(', ') || undefined],
    ['Tier', kol.tier],
    ['ORCID', kol.orcid],
    ['Meeting date', model.meetingDate ? formatShortDate(model.meetingDate) : undefined],
    [
      'Period covered',
      `${formatShortDate(model.window.from)} to ${formatShortDate(model.window.to)} (${model.window.label.charAt(0).toLowerCase()}${model.window.label.slice(1)})`,
    ],
    ['Narrowed to', model.areaFilter.join(', ') || undefined],
    ['Prepared', formatShortDate(model.generatedAt.slice(0, 10))],
  ];
  return facts.flatMap(([label, value]) => (value ? [{ label, value }] : []));
}

/** The line under an item's title: venue, NCT ids not already in it, author position, date ("clipped" for clips). */
export function itemDetails(item: BriefingItem, clipped: boolean): string {
  const nct = item.nct.filter((id) => !item.venue.includes(id));
  const date = clipped ? `clipped ${formatShortDate(item.date)}` : formatShortDate(item.date);
  return [item.venue, ...nct, item.position ? POSITION_LABELS[item.position] : undefined, date]
    .filter(Boolean)
    .join(' · ');
}

/** "Note" or "Conclusions": where a takeaway comes from. */
export function takeawayLabel(item: BriefingItem): string {
  return item.takeawayFrom === 'note' ? 'Your note' : 'Conclusions';
}

/** "Overdue, due 15 Apr 2025" / "Due 1 Jul 2025" / "No due date", and where it came from. */
export function followUpStatus(followUp: BriefingFollowUp): string {
  const due = followUp.due ? `due ${formatShortDate(followUp.due)}` : 'no due date';
  return followUp.overdue ? `Overdue, ${due}` : due.charAt(0).toUpperCase() + due.slice(1);
}

/** Lines summarising the last meeting and briefing and what is new since, in order. */
export function sinceLastLines(model: BriefingModel): string[] {
  const { lastMeeting, lastBriefing, newSourceCount } = model.sinceLast;
  const lines: string[] = [];
  if (lastMeeting) {
    const summary = lastMeeting.summary ? `: ${lastMeeting.summary}` : '';
    lines.push(
      `Last meeting: ${formatShortDate(lastMeeting.date)} (${CHANNEL_LABELS[lastMeeting.channel]})${summary}`,
    );
  }
  if (lastBriefing)
    lines.push(
      `Last briefing: ${formatShortDate(lastBriefing.date)} (${FORMAT_LABELS[lastBriefing.format]})`,
    );
  if (lastMeeting || lastBriefing) {
    lines.push(
      `New since then: ${newSourceCount} ${newSourceCount === 1 ? 'source' : 'sources'} in this pack`,
    );
  }
  return lines;
}

/** Said under a section that was cut to the cap. */
function omittedLine(count: number | undefined): string | undefined {
  return count ? `${count} more not shown (at most 50 per section, newest first).` : undefined;
}

/** Where the linked sources that are the KOL's own work went: the own-work section, by its title. */
function listedAsOwnWork(count: number, more: boolean): string {
  const where = `listed under \u201c${SECTION_TITLES['own-work']}\u201d`;
  if (more) return `${count} more linked ${count === 1 ? 'source is' : 'sources are'} ${where}.`;
  return count === 1
    ? `The one source linked to the KOL and clipped in this period is the KOL\u2019s own work, ${where}.`
    : `The ${count} sources linked to the KOL and clipped in this period are the KOL\u2019s own work, ${where}.`;
}

/** The parts of the model a section note can be about: the capped lists. */
export type NotedPart = keyof NonNullable<BriefingModel['omitted']>;

/**
 * Said under a section that shows entries: how many the cap left out, and for linked sources, how many are
 * listed as the KOL's own work instead (so that the reader does not look for them in vain).
 */
export function sectionNotes(model: BriefingModel, part: NotedPart): string[] {
  const notes = [omittedLine(model.omitted?.[part])];
  if (part === 'linked' && model.linkedInOwnWork) notes.push(listedAsOwnWork(model.linkedInOwnWork, true));
  return notes.filter((note): note is string => note !== undefined);
}

/** Said under a chosen section that has nothing in it; for linked sources, where they are when the KOL wrote them. */
export function emptySectionText(model: BriefingModel, id: BriefingSectionId): string {
  if (id === 'linked' && model.linkedInOwnWork) return listedAsOwnWork(model.linkedInOwnWork, false);
  return EMPTY_SECTION[id];
}
