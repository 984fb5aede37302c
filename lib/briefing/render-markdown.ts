// Renders a briefing model as Markdown, every piece of text escaped so that page content can never become markup.
import {
  emptySectionText,
  followUpStatus,
  headerFacts,
  itemDetails,
  sectionNotes,
  type NotedPart,
  SECTION_TITLES,
  sinceLastLines,
  takeawayLabel,
} from './briefing-wording';
import { formatShortDate } from './iso-dates';
import type { BriefingGroup, BriefingItem, BriefingModel, BriefingSectionId, TextRun } from './model';

/**
 * Plain text as inert Markdown on one line: backslash-escapes the characters that start emphasis, code, links,
 * headings and tables, writes < > and entity-like & as entities (no raw HTML, no autolinks), and escapes a leading
 * list or quote marker.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]#|~]/g, (c) => `\\${c}`)
    .replace(/&(?=#?[a-z0-9]+;)/gi, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/^([-+=])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

/** A citation number linking to its entry in the reference list. */
const cite = (ref: number | undefined) => (ref ? ` [[${ref}]](#ref-${ref})` : '');

/** Citation runs as Markdown, italics as *...*, the spaces between runs kept. */
function runsToMarkdown(runs: TextRun[]): string {
  return runs
    .map((run) => {
      const text = escapeMarkdown(run.text);
      const styled = run.italic && text ? `*${text}*` : text;
      return `${/^\s/.test(run.text) ? ' ' : ''}${styled}${/\s$/.test(run.text) ? ' ' : ''}`;
    })
    .join('');
}

function itemLines(item: BriefingItem, clipped: boolean): string[] {
  const lines = [
    `- **${escapeMarkdown(item.title)}**${cite(item.ref)}  `,
    `  ${escapeMarkdown(itemDetails(item, clipped))}`,
  ];
  if (item.takeaway) lines[1] += '  ';
  if (item.takeaway) lines.push(`  *${takeawayLabel(item)}:* ${escapeMarkdown(item.takeaway)}`);
  return lines;
}

function groupLines(groups: BriefingGroup[]): string[] {
  return groups.flatMap((group) => [
    `### ${escapeMarkdown(group.area)}`,
    '',
    ...group.items.flatMap((item) => itemLines(item, true)),
    '',
  ]);
}

const numbered = (entries: string[]) => entries.map((entry, i) => `${i + 1}. ${escapeMarkdown(entry)}`);
const withNotes = (lines: string[], model: BriefingModel, part: NotedPart) =>
  sectionNotes(model, part).reduce((all, note) => [...all, `*${escapeMarkdown(note)}*`, ''], lines);

/** The body lines of one chosen section, without its heading; empty when it has nothing to show. */
function sectionBody(model: BriefingModel, id: BriefingSectionId): string[] {
  switch (id) {
    case 'objectives': {
      const lines: string[] = [];
      if (model.objectives.length) lines.push('### Objectives', '', ...numbered(model.objectives), '');
      if (model.questions.length) lines.push('### Questions to ask', '', ...numbered(model.questions), '');
      return lines;
    }
    case 'since-last': {
      const facts = sinceLastLines(model).map((line) => `- ${escapeMarkdown(line)}`);
      const followUps = model.sinceLast.openFollowUps.map((f) => {
        const status = f.overdue
          ? `**${escapeMarkdown(followUpStatus(f))}**`
          : escapeMarkdown(followUpStatus(f));
        return `- ${status}: ${escapeMarkdown(f.text)} (from the meeting of ${formatShortDate(f.meetingDate)})`;
      });
      const lines = facts.length ? [...facts, ''] : [];
      if (followUps.length) lines.push('### Open follow-ups', '', ...followUps, '');
      return withNotes(lines, model, 'openFollowUps');
    }
    case 'own-work':
      return model.ownWork.length
        ? withNotes([...model.ownWork.flatMap((item) => itemLines(item, false)), ''], model, 'ownWork')
        : [];
    case 'linked':
      return model.linked.length ? withNotes(groupLines(model.linked), model, 'linked') : [];
    case 'area-news':
      return model.areaNews.length ? withNotes(groupLines(model.areaNews), model, 'areaNews') : [];
    case 'insights': {
      const lines = model.insights.flatMap((group) => [
        `### ${escapeMarkdown(group.label)}`,
        '',
        ...group.items.map((insight) => {
          const quote = insight.quote
            ? `\u201c${escapeMarkdown(insight.quote)}\u201d${insight.text ? ' \u2014 ' : ''}`
            : '';
          return `- ${quote}${escapeMarkdown(insight.text)} (${formatShortDate(insight.date)})${cite(insight.ref)}`;
        }),
        '',
      ]);
      return withNotes(lines, model, 'insights');
    }
  }
}

/** The pack as a Markdown document: the marking first and last, numbered references that citations link to. */
export function renderMarkdown(model: BriefingModel): string {
  const marking = `**${escapeMarkdown(model.marking)}**`;
  const lines = [marking, '', `# ${escapeMarkdown(model.title)}`, ''];
  lines.push(...headerFacts(model).map(({ label, value }) => `- **${label}:** ${escapeMarkdown(value)}`), '');
  for (const id of model.sections) {
    const body = sectionBody(model, id);
    lines.push(
      `## ${SECTION_TITLES[id]}`,
      '',
      ...(body.length ? body : [escapeMarkdown(emptySectionText(model, id)), '']),
    );
  }
  lines.push(`## ${SECTION_TITLES.references}`, '');
  if (model.references.length === 0) lines.push('No sources cited.', '');
  for (const ref of model.references)
    lines.push(`${ref.number}. <a id="ref-${ref.number}"></a>${runsToMarkdown(ref.ama)}`);
  lines.push('', '---', '', marking, '');
  return lines.join('\n');
}
