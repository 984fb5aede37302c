// The briefing pack as a Word document (DOCX) made with the docx library; runs in extension pages and in Node.
import {
  AlignmentType,
  Document,
  Footer,
  Header,
  Packer,
  PageNumber,
  Paragraph,
  Tab,
  TabStopType,
  TextRun,
} from 'docx';
import { SECTION_TITLES } from './briefing-wording';
import { heading1, headerBlocks, sectionBlocks, TEXT_WIDTH, textRuns, type DocxBlock } from './docx-sections';
import {
  BRIEFING_SECTIONS,
  type BriefingModel,
  type BriefingReference,
  type BriefingSectionId,
} from './model';
import { oneLine } from './reference-fields';

/** Sections that open a new page, as in the printed HTML: the first page holds the header, objectives and news since. */
const NEW_PAGE_SECTIONS: ReadonlySet<BriefingSectionId> = new Set([
  'own-work',
  'linked',
  'area-news',
  'insights',
]);

/** A4 with 2.54 cm margins, in twips. */
const PAGE = { width: 11906, height: 16838, margin: 1440 };
const HANGING = 440;

function markingParagraph(model: BriefingModel, withPageNumbers: boolean): Paragraph {
  const children = [new TextRun({ text: model.marking, bold: true, color: '7F0000', size: 16 })];
  if (withPageNumbers)
    children.push(
      new TextRun({
        children: [new Tab(), 'Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES],
        size: 16,
      }),
    );
  return new Paragraph({
    alignment: withPageNumbers ? AlignmentType.LEFT : AlignmentType.CENTER,
    tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH }],
    children,
  });
}

/**
 * One entry of the reference list: its number, a tab, then the AMA runs with the journal in italics, on a hanging
 * indent. The number is text rather than Word list numbering so that it always matches the superscript numbers in
 * the text, even after someone deletes an entry in Word.
 */
function referenceParagraph(reference: BriefingReference): Paragraph {
  return new Paragraph({
    indent: { left: HANGING, hanging: HANGING },
    tabStops: [{ type: TabStopType.LEFT, position: HANGING }],
    keepLines: true,
    children: [
      new TextRun({ children: [`${reference.number}.`, new Tab()] }),
      // Runs keep their edge spaces ("trial. " before the italic journal); line breaks inside a run become spaces.
      ...reference.ama.flatMap((run) =>
        textRuns(
          run.text.replace(/[\s\u0085\u2028\u2029]+/g, ' '),
          run.italic === true ? { italics: true } : {},
        ),
      ),
    ],
  });
}

/** The body: header, each chosen section in the pack's order, then the references. */
function bodyBlocks(model: BriefingModel): DocxBlock[] {
  const blocks: DocxBlock[] = headerBlocks(model);
  for (const id of BRIEFING_SECTIONS.filter((section) => model.sections.includes(section))) {
    blocks.push(...sectionBlocks(model, id, NEW_PAGE_SECTIONS.has(id)));
  }
  blocks.push(heading1(SECTION_TITLES.references, true));
  if (model.references.length === 0)
    blocks.push(new Paragraph({ children: textRuns('No sources cited.', { italics: true }) }));
  blocks.push(...model.references.map(referenceParagraph));
  return blocks;
}

/**
 * The pack as a .docx file: Title, Heading 1 and Heading 2 styles, bullet lists, superscript citation numbers and a
 * numbered AMA reference list, with the marking in the header and footer of every page and page numbers in the
 * footer. Every string goes through docx's XML escaping; characters XML forbids are dropped first.
 */
export async function renderDocx(model: BriefingModel): Promise<Uint8Array> {
  const document = new Document({
    title: oneLine(model.title),
    subject: model.marking,
    creator: 'Liaison',
    lastModifiedBy: 'Liaison',
    description: `${model.marking}. Prepared ${model.generatedAt.slice(0, 10)}.`,
    styles: {
      default: {
        document: { run: { font: 'Calibri', size: 21 }, paragraph: { spacing: { after: 80, line: 264 } } },
        title: {
          run: { font: 'Calibri', size: 40, bold: true, color: '1F3864' },
          paragraph: { spacing: { after: 160 } },
        },
        heading1: {
          run: { font: 'Calibri', size: 30, bold: true, color: '1F3864' },
          paragraph: { spacing: { before: 280, after: 120 } },
        },
        heading2: {
          run: { font: 'Calibri', size: 24, bold: true, color: '2E5597' },
          paragraph: { spacing: { before: 200, after: 80 } },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin },
          },
        },
        headers: { default: new Header({ children: [markingParagraph(model, false)] }) },
        footers: { default: new Footer({ children: [markingParagraph(model, true)] }) },
        children: bodyBlocks(model),
      },
    ],
  });
  return Packer.pack(document, 'uint8array');
}
