// Renders a briefing model as one self-contained, print-ready HTML page: inline CSS, no scripts, every string escaped.
import { BRIEFING_CSS } from './briefing-css';
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

/** Nothing but inline styles: no scripts, no fetches, no frames, no forms, no base URL. */
const CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** Sections that start on a new printed page; the header, objectives and "since the last meeting" make the first page. */
const NEW_PAGE: ReadonlySet<BriefingSectionId | 'references'> = new Set([
  'own-work',
  'linked',
  'area-news',
  'insights',
  'references',
]);

/** Text as HTML character data or a quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ENTITIES[c] ?? c);
}

const HTML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

const cite = (ref: number | undefined) => (ref ? ` <a class="cite" href="#ref-${ref}">[${ref}]</a>` : '');

function runsToHtml(runs: TextRun[]): string {
  return runs.map((run) => (run.italic ? `<i>${escapeHtml(run.text)}</i>` : escapeHtml(run.text))).join('');
}

function itemHtml(item: BriefingItem, clipped: boolean): string {
  const takeaway = item.takeaway
    ? `<div class="takeaway"><span class="takeaway-label">${takeawayLabel(item)}:</span> ${escapeHtml(item.takeaway)}</div>`
    : '';
  return (
    `<li><div><span class="item-title">${escapeHtml(item.title)}</span>${cite(item.ref)}</div>` +
    `<div class="details">${escapeHtml(itemDetails(item, clipped))}</div>${takeaway}</li>`
  );
}

const itemList = (items: BriefingItem[], clipped: boolean) =>
  `<ul class="items">\n${items.map((i) => itemHtml(i, clipped)).join('\n')}\n</ul>`;
const groupsHtml = (groups: BriefingGroup[]) =>
  groups.map((g) => `<h3>${escapeHtml(g.area)}</h3>\n${itemList(g.items, true)}`).join('\n');
const numbered = (entries: string[]) =>
  `<ol>\n${entries.map((e) => `<li>${escapeHtml(e)}</li>`).join('\n')}\n</ol>`;
const notes = (model: BriefingModel, part: NotedPart) =>
  sectionNotes(model, part)
    .map((note) => `\n<p class="omitted">${escapeHtml(note)}</p>`)
    .join('');

/** The body of one chosen section, without its heading; empty when it has nothing to show. */
function sectionBody(model: BriefingModel, id: BriefingSectionId): string {
  switch (id) {
    case 'objectives':
      return [
        model.objectives.length ? `<h3>Objectives</h3>\n${numbered(model.objectives)}` : '',
        model.questions.length ? `<h3>Questions to ask</h3>\n${numbered(model.questions)}` : '',
      ]
        .filter(Boolean)
        .join('\n');
    case 'since-last': {
      const facts = sinceLastLines(model);
      const followUps = model.sinceLast.openFollowUps.map((f) => {
        const status = `<span class="${f.overdue ? 'overdue' : 'due'}">${escapeHtml(followUpStatus(f))}</span>`;
        return `<li>${status}: ${escapeHtml(f.text)} <span class="date">(from the meeting of ${formatShortDate(f.meetingDate)})</span></li>`;
      });
      return [
        facts.length ? `<ul>\n${facts.map((line) => `<li>${escapeHtml(line)}</li>`).join('\n')}\n</ul>` : '',
        followUps.length
          ? `<h3>Open follow-ups</h3>\n<ul>\n${followUps.join('\n')}\n</ul>${notes(model, 'openFollowUps')}`
          : '',
      ]
        .filter(Boolean)
        .join('\n');
    }
    case 'own-work':
      return model.ownWork.length ? itemList(model.ownWork, false) + notes(model, 'ownWork') : '';
    case 'linked':
      return model.linked.length ? groupsHtml(model.linked) + notes(model, 'linked') : '';
    case 'area-news':
      return model.areaNews.length ? groupsHtml(model.areaNews) + notes(model, 'areaNews') : '';
    case 'insights':
      return (
        model.insights
          .map((group) => {
            const items = group.items.map((insight) => {
              const quote = insight.quote ? `<blockquote>${escapeHtml(insight.quote)}</blockquote>` : '';
              const text = insight.text ? `${escapeHtml(insight.text)} ` : '';
              return `<li>${quote}${text}<span class="date">(${formatShortDate(insight.date)})</span>${cite(insight.ref)}</li>`;
            });
            return `<h3>${escapeHtml(group.label)}</h3>\n<ul>\n${items.join('\n')}\n</ul>`;
          })
          .join('\n') + notes(model, 'insights')
      );
  }
}

function section(id: BriefingSectionId | 'references', body: string): string {
  const page = NEW_PAGE.has(id) ? ' class="page"' : '';
  return `<section id="${id}"${page}>\n<h2>${SECTION_TITLES[id]}</h2>\n${body}\n</section>`;
}

/** The pack as one HTML page that opens offline and prints to PDF with the marking on every page. */
export function renderHtml(model: BriefingModel): string {
  const marking = escapeHtml(model.marking);
  const facts = headerFacts(model)
    .map(({ label, value }) => `<dt>${escapeHtml(label)}</dt><dd>${escapeHtml(value)}</dd>`)
    .join('\n');
  const sections = model.sections.map((id) => {
    const body = sectionBody(model, id);
    return section(id, body || `<p class="empty">${escapeHtml(emptySectionText(model, id))}</p>`);
  });
  const references = model.references.length
    ? `<ol class="references">\n${model.references.map((r) => `<li id="ref-${r.number}" value="${r.number}">${runsToHtml(r.ama)}</li>`).join('\n')}\n</ol>`
    : '<p class="empty">No sources cited.</p>';
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(model.title)}</title>
<style>${BRIEFING_CSS}</style>
</head>
<body>
<div class="marking marking-top" role="note">${marking}</div>
<div class="marking marking-bottom" aria-hidden="true">${marking}</div>
<main>
<header>
<h1>${escapeHtml(model.title)}</h1>
<dl class="facts">
${facts}
</dl>
</header>
${sections.join('\n')}
${section('references', references)}
</main>
</body>
</html>
`;
}
