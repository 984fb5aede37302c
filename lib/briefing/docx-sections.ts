// The briefing pack's sections as DOCX blocks (paragraphs and tables), in the wording every format shares.
import {
  BorderStyle,
  HeadingLevel,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
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
import type { BriefingGroup, BriefingItem, BriefingModel, BriefingSectionId } from './model';
import { oneLine, stripUnsafeCharacters } from './reference-fields';

/** A block of the document body. */
export type DocxBlock = Paragraph | Table;

/** Text width of the page in twips (A4 less 2.54 cm margins), which the details table fills. */
export const TEXT_WIDTH = 9026;
const LABEL_WIDTH = 2400;

/** Runs of page text: unsafe characters dropped, each line break a Word line break (docx escapes the XML). */
export function textRuns(text: string, style: { bold?: boolean; italics?: boolean } = {}): TextRun[] {
  const lines = stripUnsafeCharacters(text).replace(/\r\n?/g, '\n').split('\n');
  return lines.map(
    (line, i) =>
      new TextRun({
        text: line.replace(/[\s\u0085\u2028\u2029]+/g, ' '),
        break: i > 0 ? 1 : undefined,
        ...style,
      }),
  );
}

/** The citation number, superscript, as AMA prints it in the text. */
function citation(ref: number | undefined): TextRun[] {
  return ref === undefined ? [] : [new TextRun({ text: String(ref), superScript: true })];
}

export function heading1(text: string, pageBreakBefore = false): Paragraph {
  return new Paragraph({
    heading: HeadingLevel.HEADING_1,
    pageBreakBefore,
    keepNext: true,
    children: textRuns(oneLine(text)),
  });
}

function heading2(text: string): Paragraph {
  return new Paragraph({
    heading: HeadingLevel.HEADING_2,
    keepNext: true,
    children: textRuns(oneLine(text)),
  });
}

function bullet(children: ParagraphChild[]): Paragraph {
  return new Paragraph({ bullet: { level: 0 }, children });
}

function body(children: ParagraphChild[]): Paragraph {
  return new Paragraph({ children });
}

/** A line in italics: an empty section, or how many entries a capped section left out. */
function remark(text: string): Paragraph {
  return body(textRuns(text, { italics: true }));
}

function withNotes(blocks: DocxBlock[], model: BriefingModel, part: NotedPart): DocxBlock[] {
  return [...blocks, ...sectionNotes(model, part).map(remark)];
}

/** The title, then the KOL and the pack's frame as a two-column table (label, value). */
export function headerBlocks(model: BriefingModel): DocxBlock[] {
  const line = { style: BorderStyle.SINGLE, size: 4, color: 'BFBFBF' };
  const cell = (width: number, children: Paragraph[]) =>
    new TableCell({ width: { size: width, type: WidthType.DXA }, children });
  const table = new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [LABEL_WIDTH, TEXT_WIDTH - LABEL_WIDTH],
    borders: {
      top: line,
      bottom: line,
      left: line,
      right: line,
      insideHorizontal: line,
      insideVertical: line,
    },
    rows: headerFacts(model).map(
      ({ label, value }) =>
        new TableRow({
          cantSplit: true,
          children: [
            cell(LABEL_WIDTH, [body(textRuns(label, { bold: true }))]),
            cell(TEXT_WIDTH - LABEL_WIDTH, [body(textRuns(oneLine(value)))]),
          ],
        }),
    ),
  });
  return [new Paragraph({ heading: HeadingLevel.TITLE, children: textRuns(oneLine(model.title)) }), table];
}

/** One source: a bullet with its title and citation number; on the next lines its details and takeaway. */
function itemBlocks(item: BriefingItem, clipped: boolean): Paragraph[] {
  const children: ParagraphChild[] = [
    ...textRuns(oneLine(item.title), { bold: true }),
    ...citation(item.ref),
    new TextRun({ text: oneLine(itemDetails(item, clipped)), break: 1 }),
  ];
  if (item.takeaway) {
    children.push(
      new TextRun({ text: `${takeawayLabel(item)}: `, italics: true, break: 1 }),
      ...textRuns(oneLine(item.takeaway)),
    );
  }
  return [bullet(children)];
}

function groupBlocks(groups: BriefingGroup[]): DocxBlock[] {
  return groups.flatMap((group) => [
    heading2(group.area),
    ...group.items.flatMap((item) => itemBlocks(item, true)),
  ]);
}

function objectivesBlocks(model: BriefingModel): DocxBlock[] {
  const list = (title: string, entries: string[]) =>
    entries.length > 0 ? [heading2(title), ...entries.map((entry) => bullet(textRuns(oneLine(entry))))] : [];
  return [...list('Objectives', model.objectives), ...list('Questions to ask', model.questions)];
}

function sinceLastBlocks(model: BriefingModel): DocxBlock[] {
  const blocks: DocxBlock[] = sinceLastLines(model).map((line) => bullet(textRuns(oneLine(line))));
  const followUps = model.sinceLast.openFollowUps;
  if (followUps.length > 0) blocks.push(heading2('Open follow-ups'));
  for (const followUp of followUps) {
    blocks.push(
      bullet([
        ...textRuns(followUpStatus(followUp), { bold: followUp.overdue }),
        ...textRuns(
          `: ${oneLine(followUp.text)} (from the meeting of ${formatShortDate(followUp.meetingDate)})`,
        ),
      ]),
    );
  }
  return withNotes(blocks, model, 'openFollowUps');
}

function insightBlocks(model: BriefingModel): DocxBlock[] {
  const blocks = model.insights.flatMap((group) => [
    heading2(group.label),
    ...group.items.map((insight) => {
      const quote = insight.quote
        ? [
            ...textRuns(`\u201c${oneLine(insight.quote)}\u201d`, { italics: true }),
            ...textRuns(insight.text ? ' \u2014 ' : ''),
          ]
        : [];
      return bullet([
        ...quote,
        ...textRuns(insight.text),
        ...textRuns(` (${formatShortDate(insight.date)})`),
        ...citation(insight.ref),
      ]);
    }),
  ]);
  return withNotes(blocks, model, 'insights');
}

/** The body of one chosen section, without its heading; empty when it has nothing to show. */
function sectionBody(model: BriefingModel, id: BriefingSectionId): DocxBlock[] {
  switch (id) {
    case 'objectives':
      return objectivesBlocks(model);
    case 'since-last':
      return sinceLastBlocks(model);
    case 'own-work':
      return model.ownWork.length > 0
        ? withNotes(
            model.ownWork.flatMap((item) => itemBlocks(item, false)),
            model,
            'ownWork',
          )
        : [];
    case 'linked':
      return model.linked.length > 0 ? withNotes(groupBlocks(model.linked), model, 'linked') : [];
    case 'area-news':
      return model.areaNews.length > 0 ? withNotes(groupBlocks(model.areaNews), model, 'areaNews') : [];
    case 'insights':
      return insightBlocks(model);
  }
}

/** A chosen section: its heading, then its body or the sentence that says it is empty. */
export function sectionBlocks(
  model: BriefingModel,
  id: BriefingSectionId,
  pageBreakBefore: boolean,
): DocxBlock[] {
  const blocks = sectionBody(model, id);
  return [
    heading1(SECTION_TITLES[id], pageBreakBefore),
    ...(blocks.length > 0 ? blocks : [remark(emptySectionText(model, id))]),
  ];
}
