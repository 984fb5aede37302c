// The briefing pack's sections as DOCX blocks (paragraphs and tables), one builder per section of the model.
import { BorderStyle, HeadingLevel, Paragraph, Table, TableCell, TableRow, TextRun, WidthType, type ParagraphChild } from 'docx';
import type { AuthorPosition, BriefingFormat, MeetingChannel } from '../model';
import { KIND_LABELS } from '../format';
import type { BriefingGroup, BriefingItem, BriefingModel, BriefingSectionId } from './model';
import { oneLine, stripUnsafeCharacters } from './reference-fields';

/** A block of the document body. */
export type DocxBlock = Paragraph | Table;

/** The heading of each optional section, in the words an MSL uses. */
export const DOCX_SECTION_TITLES: Record<BriefingSectionId, string> = {
  objectives: 'Objectives and questions',
  'since-last': 'Since the last meeting',
  'own-work': 'Own work in the window',
  linked: 'Sources linked to the KOL',
  'area-news': 'New in the therapeutic areas',
  insights: 'Insights and notes',
};

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const POSITIONS: Record<AuthorPosition, string> = { first: 'first author', last: 'last author', 'co-author': 'co-author' };
const CHANNELS: Record<MeetingChannel, string> = { 'in-person': 'in person', virtual: 'virtual', phone: 'by phone', email: 'by email', congress: 'at a congress', other: 'other' };
const FORMATS: Record<BriefingFormat, string> = { markdown: 'Markdown', html: 'HTML', docx: 'Word', ris: 'RIS', bibtex: 'BibTeX', 'csl-json': 'CSL-JSON' };

/** "16 Jan 2025" from an ISO date, "Nov 2024" from a year-month; anything else as given. Locale-free, so deterministic. */
export function displayDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(iso);
  if (!match) return oneLine(iso);
  const month = MONTHS[Number(match[2]) - 1] ?? match[2];
  return match[3] ? `${Number(match[3])} ${month} ${match[1]}` : `${month} ${match[1]}`;
}

/** Runs of page text: unsafe characters dropped, each line break a Word line break (docx escapes the XML). */
export function textRuns(text: string, style: { bold?: boolean; italics?: boolean } = {}): TextRun[] {
  const lines = stripUnsafeCharacters(text).replace(/\r\n?/g, '\n').split('\n');
  return lines.map((line, i) => new TextRun({ text: line.replace(/[\s\u0085\u2028\u2029]+/g, ' '), break: i > 0 ? 1 : undefined, ...style }));
}

/** The citation number, superscript, as AMA prints it in the text. */
function citation(ref: number): TextRun {
  return new TextRun({ text: String(ref), superScript: true });
}

export function heading1(text: string, pageBreakBefore = false): Paragraph {
  return new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore, keepNext: true, children: textRuns(oneLine(text)) });
}

function heading2(text: string): Paragraph {
  return new Paragraph({ heading: HeadingLevel.HEADING_2, keepNext: true, children: textRuns(oneLine(text)) });
}

function bullet(children: ParagraphChild[], level = 0): Paragraph {
  return new Paragraph({ bullet: { level }, children });
}

function body(children: ParagraphChild[]): Paragraph {
  return new Paragraph({ children });
}

/** "Nothing in this window." under an empty section, so an empty section reads as checked rather than broken. */
function nothing(text = 'Nothing in this window.'): Paragraph {
  return body(textRuns(text, { italics: true }));
}

/** The KOL's details and the pack's frame as a two-column table (label, value); rows without a value are left out. */
function detailsTable(model: BriefingModel): Table {
  const { kol } = model;
  const window = `${model.window.label} (${displayDate(model.window.from)} to ${displayDate(model.window.to)})`;
  const rows: Array<[string, string | undefined]> = [
    ['Institution', kol.institution],
    ['Specialty', kol.specialty],
    ['Country', kol.country],
    ['Therapeutic areas', kol.areas.join(', ')],
    ['Tier', kol.tier],
    ['ORCID', kol.orcid],
    ['Meeting date', model.meetingDate ? displayDate(model.meetingDate) : undefined],
    ['Window', window],
    ['Narrowed to', model.areaFilter.join(', ')],
    ['Prepared', displayDate(model.generatedAt)],
  ];
  const line = { style: BorderStyle.SINGLE, size: 4, color: 'BFBFBF' };
  const borders = { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line };
  return new Table({
    width: { size: 9026, type: WidthType.DXA },
    columnWidths: [2400, 6626],
    borders,
    rows: rows
      .filter((row): row is [string, string] => row[1] !== undefined && oneLine(row[1]) !== '')
      .map(([label, value]) => new TableRow({
        cantSplit: true,
        children: [
          new TableCell({ width: { size: 2400, type: WidthType.DXA }, children: [body(textRuns(label, { bold: true }))] }),
          new TableCell({ width: { size: 6626, type: WidthType.DXA }, children: [body(textRuns(oneLine(value)))] }),
        ],
      })),
  });
}

/** Title, KOL name and details: the top of the first page. */
export function headerBlocks(model: BriefingModel): DocxBlock[] {
  const name = [model.kol.name, model.kol.credentials].filter((part) => part !== undefined && oneLine(part) !== '').join(', ');
  return [
    new Paragraph({ heading: HeadingLevel.TITLE, children: textRuns(oneLine(model.title)) }),
    heading1(name),
    detailsTable(model),
  ];
}

/** One source in a list: title and citation number, then kind, venue, date, author position and trial ids. */
function itemBlocks(item: BriefingItem): Paragraph[] {
  const details = [
    KIND_LABELS[item.kind],
    oneLine(item.venue),
    displayDate(item.date),
    item.position ? POSITIONS[item.position] : undefined,
    item.nct.length > 0 ? item.nct.join(', ') : undefined,
  ].filter((part) => part !== undefined && part !== '');
  const blocks = [bullet([...textRuns(oneLine(item.title)), citation(item.ref), ...textRuns(` (${details.join('; ')})`)])];
  if (item.takeaway) {
    const label = item.takeawayFrom === 'note' ? 'Note: ' : 'Conclusions: ';
    blocks.push(bullet([...textRuns(label, { bold: true }), ...textRuns(oneLine(item.takeaway))], 1));
  }
  return blocks;
}

function groupBlocks(groups: BriefingGroup[]): DocxBlock[] {
  if (groups.length === 0) return [nothing()];
  return groups.flatMap((group) => [heading2(group.area), ...group.items.flatMap(itemBlocks)]);
}

function objectivesBlocks(model: BriefingModel): DocxBlock[] {
  const list = (entries: string[], empty: string) => (entries.length > 0 ? entries.map((entry) => bullet(textRuns(oneLine(entry)))) : [nothing(empty)]);
  return [heading2('Objectives'), ...list(model.objectives, 'No objectives entered.'), heading2('Questions to ask'), ...list(model.questions, 'No questions entered.')];
}

function sinceLastBlocks(model: BriefingModel): DocxBlock[] {
  const { lastMeeting, lastBriefing, newSourceCount, openFollowUps } = model.sinceLast;
  const blocks: DocxBlock[] = [
    body([
      ...textRuns('Last meeting: ', { bold: true }),
      ...(lastMeeting
        ? textRuns(`${displayDate(lastMeeting.date)} (${CHANNELS[lastMeeting.channel]}). ${oneLine(lastMeeting.summary)}`)
        : textRuns('none recorded.')),
    ]),
  ];
  if (lastBriefing) {
    blocks.push(body([...textRuns('Last briefing: ', { bold: true }), ...textRuns(`${displayDate(lastBriefing.date)} (${FORMATS[lastBriefing.format]})`)]));
  }
  blocks.push(body(textRuns(`${newSourceCount} new ${newSourceCount === 1 ? 'source' : 'sources'} in this pack since then.`)));
  blocks.push(heading2('Open follow-ups'));
  if (openFollowUps.length === 0) blocks.push(nothing('No open follow-ups.'));
  for (const followUp of openFollowUps) {
    const due = followUp.due ? [...textRuns(` due ${displayDate(followUp.due)}`), ...(followUp.overdue ? textRuns(' (overdue)', { bold: true }) : [])] : [];
    blocks.push(bullet([...textRuns(oneLine(followUp.text)), ...due, ...textRuns(`; from the meeting of ${displayDate(followUp.meetingDate)}`)]));
  }
  return blocks;
}

function insightBlocks(model: BriefingModel): DocxBlock[] {
  if (model.insights.length === 0) return [nothing()];
  return model.insights.flatMap((group) => [
    heading2(group.label),
    ...group.items.flatMap((insight) => {
      const text = [...textRuns(insight.text), ...textRuns(` (${displayDate(insight.date)})`)];
      const blocks = [bullet(insight.quote || insight.ref === undefined ? text : [...text, citation(insight.ref)])];
      if (insight.quote) blocks.push(bullet([...textRuns(`“${oneLine(insight.quote)}”`, { italics: true }), ...(insight.ref === undefined ? [] : [citation(insight.ref)])], 1));
      return blocks;
    }),
  ]);
}

/** The body of each optional section, without its heading. */
export const DOCX_SECTION_BUILDERS: Record<BriefingSectionId, (model: BriefingModel) => DocxBlock[]> = {
  objectives: objectivesBlocks,
  'since-last': sinceLastBlocks,
  'own-work': (model) => (model.ownWork.length > 0 ? model.ownWork.flatMap(itemBlocks) : [nothing()]),
  linked: (model) => groupBlocks(model.linked),
  'area-news': (model) => groupBlocks(model.areaNews),
  insights: insightBlocks,
};
