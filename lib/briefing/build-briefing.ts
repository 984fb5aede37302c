// Builds the briefing pack from the knowledge base: a pure function of the data, the user's choices and `now`.
import { INSIGHT_LABELS } from '../insight-labels';
import type { Note, Source } from '../model';
import { formatAmaCitation } from './ama';
import { areaNames, OTHER_AREAS, resolveAreaScope } from './area-groups';
import { toBriefingItem } from './briefing-item';
import { citedWorkFromSource } from './cited-work';
import { isoDay } from './iso-dates';
import {
  BRIEFING_MARKING,
  BRIEFING_SECTIONS,
  type BriefingData,
  type BriefingGroup,
  type BriefingInsightGroup,
  type BriefingModel,
  type BriefingReference,
  type BriefingRequest,
  type BriefingSectionId,
} from './model';
import { INSIGHT_ORDER, selectInsights, selectOpenFollowUps, UNCATEGORISED_LABEL } from './select-insights';
import {
  byNewest,
  findAuthoredSources,
  selectAreaNews,
  selectLinked,
  selectOwnWork,
  type SelectedSource,
} from './select-sources';
import { resolveWindow } from './window';

/** At most this many entries per section (newest kept); the pack says how many more there were. */
export const MAX_SECTION_ITEMS = 50;

/** Numbers sources in order of first citation: asking again for a source gives its first number. */
class ReferenceList {
  private readonly numbers = new Map<string, number>();
  readonly entries: BriefingReference[] = [];
  constructor(private readonly sources: Map<string, Source>) {}
  cite(sourceId: string): number | undefined {
    const known = this.numbers.get(sourceId);
    if (known !== undefined) return known;
    const source = this.sources.get(sourceId);
    if (!source) return undefined;
    const work = citedWorkFromSource(source);
    const number = this.entries.length + 1;
    this.numbers.set(sourceId, number);
    this.entries.push({ number, work, ama: formatAmaCitation(work) });
    return number;
  }
}

/** The first `max` entries and how many were left out. */
function capped<T>(items: T[], max = MAX_SECTION_ITEMS): { kept: T[]; omitted: number } {
  return { kept: items.slice(0, max), omitted: Math.max(0, items.length - max) };
}

/** Sections in the canonical order, unknown and repeated ids dropped. */
function chosenSections(request: BriefingRequest): BriefingSectionId[] {
  return BRIEFING_SECTIONS.filter((id) => request.sections.includes(id));
}

const typed = (entries: string[]) => entries.map((e) => e.replace(/\s+/g, ' ').trim()).filter(Boolean);

/**
 * The briefing pack for one KOL: who they are, what is new since the last meeting, their own work, the sources
 * linked to them and new in their areas, their insights, and the references in order of first citation.
 * Deterministic: no clock but `now` (days in UTC), every list sorted with a tie-break by id.
 */
export function buildBriefing(data: BriefingData, request: BriefingRequest, now: number): BriefingModel {
  const sections = chosenSections(request);
  const has = (id: BriefingSectionId) => sections.includes(id);
  const window = resolveWindow(data, request.window, now);
  const { kol } = data;
  const knownAreaIds = new Set(data.areas.map((a) => a.id));
  const narrowTo = request.areaIds.filter((id) => knownAreaIds.has(id));
  const scope = resolveAreaScope(data.areas, kol.areaIds, narrowTo);
  const references = new ReferenceList(new Map(data.sources.map((s) => [s.id, s])));
  const omitted: NonNullable<BriefingModel['omitted']> = {};

  const authored = findAuthoredSources(data);
  const own = capped(has('own-work') ? selectOwnWork(data, authored, window.from, window.to) : []);
  const ownIds = new Set(own.kept.map((s) => s.source.id));
  // A linked source the KOL wrote is listed once, as own work; the linked section says how many went there.
  const allLinked = has('linked')
    ? selectLinked(data, scope, narrowTo.length > 0, window.from, window.to)
    : [];
  const linked = capped(allLinked.filter((s) => !ownIds.has(s.source.id)));
  const linkedInOwnWork = allLinked.length - linked.kept.length - linked.omitted;
  const news = capped(
    has('area-news') ? selectAreaNews(data, scope, window.from, window.to, new Set(authored.keys())) : [],
  );
  if (own.omitted) omitted.ownWork = own.omitted;
  if (linked.omitted) omitted.linked = linked.omitted;
  if (news.omitted) omitted.areaNews = news.omitted;

  const notesBySource = new Map<string, Note[]>();
  for (const note of data.notes)
    if (note.sourceId) notesBySource.set(note.sourceId, [...(notesBySource.get(note.sourceId) ?? []), note]);
  const itemOf = (s: SelectedSource) =>
    toBriefingItem(s, references.cite(s.source.id) ?? 0, notesBySource.get(s.source.id) ?? [], kol.id);
  const ownWork = own.kept.map(itemOf);
  const groupNames = [...scope.roots.map((r) => r.name), OTHER_AREAS];
  const grouped = (selected: SelectedSource[]): BriefingGroup[] =>
    groupNames.flatMap((area) => {
      const items = selected
        .filter((s) => s.group === area)
        .sort(byNewest)
        .map(itemOf);
      return items.length ? [{ area, items }] : [];
    });
  const linkedGroups = grouped(linked.kept);
  const newsGroups = grouped(news.kept);

  const insightSelection = capped(
    has('insights') ? selectInsights(data.notes, data.highlights, kol.id, now) : [],
  );
  if (insightSelection.omitted) omitted.insights = insightSelection.omitted;
  const insights: BriefingInsightGroup[] = INSIGHT_ORDER.flatMap((category) => {
    const items = insightSelection.kept
      .filter((i) => i.category === category)
      .map((i) => {
        const ref = i.sourceId === undefined ? undefined : references.cite(i.sourceId);
        return {
          text: i.text,
          ...(i.quote ? { quote: i.quote } : {}),
          date: isoDay(i.createdAt),
          ...(ref ? { ref } : {}),
        };
      });
    const label = category === 'uncategorised' ? UNCATEGORISED_LABEL : INSIGHT_LABELS[category];
    return items.length ? [{ category, label, items }] : [];
  });

  const followUps = capped(has('since-last') ? selectOpenFollowUps(data.meetings, kol.id, now) : []);
  if (followUps.omitted) omitted.openFollowUps = followUps.omitted;
  const sinceDay =
    [window.lastMeeting?.date, window.lastBriefing && isoDay(window.lastBriefing.createdAt)]
      .filter(Boolean)
      .sort()
      .at(-1) ?? '';
  const included = [...own.kept, ...linked.kept, ...news.kept];
  const newSourceCount = new Set(included.filter((s) => s.judgedDay >= sinceDay).map((s) => s.source.id))
    .size;

  return {
    marking: BRIEFING_MARKING,
    generatedAt: new Date(now).toISOString(),
    title: `Pre-meeting briefing: ${kol.name}`,
    kol: {
      id: kol.id,
      name: kol.name,
      ...(kol.credentials ? { credentials: kol.credentials } : {}),
      ...(kol.institution ? { institution: kol.institution } : {}),
      ...(kol.specialty ? { specialty: kol.specialty } : {}),
      ...(kol.country ? { country: kol.country } : {}),
      ...(kol.tier ? { tier: kol.tier } : {}),
      ...(kol.orcid ? { orcid: kol.orcid } : {}),
      areas: areaNames(data.areas, kol.areaIds),
    },
    ...(request.meetingDate ? { meetingDate: request.meetingDate } : {}),
    window: { from: window.from, to: window.to, label: window.label },
    areaFilter: areaNames(data.areas, narrowTo),
    sections,
    objectives: has('objectives') ? typed(request.objectives) : [],
    questions: has('objectives') ? typed(request.questions) : [],
    sinceLast: {
      ...(has('since-last') && window.lastMeeting
        ? {
            lastMeeting: {
              date: window.lastMeeting.date,
              channel: window.lastMeeting.channel,
              summary: window.lastMeeting.summary.trim(),
            },
          }
        : {}),
      ...(has('since-last') && window.lastBriefing
        ? {
            lastBriefing: { date: isoDay(window.lastBriefing.createdAt), format: window.lastBriefing.format },
          }
        : {}),
      newSourceCount: has('since-last') ? newSourceCount : 0,
      openFollowUps: followUps.kept,
    },
    ownWork,
    linked: linkedGroups,
    areaNews: newsGroups,
    insights,
    references: references.entries,
    ...(Object.keys(omitted).length ? { omitted } : {}),
    ...(linkedInOwnWork ? { linkedInOwnWork } : {}),
  };
}
