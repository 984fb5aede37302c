// DOCX export: the file is opened as a zip and its document, header, footer and style XML are checked.
// Golden: tests/fixtures/briefing/golden/briefing.docx.xml is word/document.xml, one paragraph or table per line
// (docx writes it deterministically; only docProps/core.xml carries the time of export). After an intended
// change, regenerate it with
//   UPDATE_GOLDEN=1 npx vitest run lib/briefing/render-docx.test.ts
// and read the diff before committing it.
import { describe, expect, it } from 'vitest';
import { EXPORTS_MODEL } from '../../tests/fixtures/briefing/exports-model';
import {
  SAMPLE_BRIEFING_DATA,
  SAMPLE_BRIEFING_REQUEST,
  SAMPLE_NOW,
} from '../../tests/fixtures/briefing/sample-knowledge-base';
import { buildBriefing } from './build-briefing';
import { expectGoldenFile } from '../../tests/fixtures/briefing/golden-file';
import { docxParagraphs, openDocx, W } from '../../tests/fixtures/briefing/open-docx';
import { EMPTY_SECTION, SECTION_TITLES } from './briefing-wording';
import { BRIEFING_MARKING, type BriefingModel } from './model';
import { renderDocx } from './render-docx';

const PARTS = [
  'word/document.xml',
  'word/header1.xml',
  'word/footer1.xml',
  'word/styles.xml',
  '[Content_Types].xml',
];

async function open(model: BriefingModel) {
  const parts = await openDocx(await renderDocx(model), PARTS);
  const paragraphs = docxParagraphs(parts['word/document.xml']!.dom);
  const styled = (style: string) => paragraphs.filter((p) => p.style === style).map((p) => p.text);
  return { parts, paragraphs, styled };
}

describe('renderDocx', () => {
  it('is a Word document whose parts all parse as XML', async () => {
    const bytes = await renderDocx(EXPORTS_MODEL);
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(String.fromCharCode(bytes[0]!, bytes[1]!)).toBe('PK');
    const { parts } = await open(EXPORTS_MODEL);
    expect(parts['[Content_Types].xml']!.xml).toContain(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
    );
  });

  it('has a Title and real Heading 1 / Heading 2 paragraphs for the sections, in the model order', async () => {
    const { styled, parts } = await open(EXPORTS_MODEL);
    expect(styled('Title')).toEqual([EXPORTS_MODEL.title]);
    expect(styled('Heading1')).toEqual([
      'Objectives and questions',
      'Since the last meeting',
      'Own work in the period',
      'Sources linked to the KOL',
      'New in the KOL\u2019s therapeutic areas',
      'Insights and notes',
      'References',
    ]);
    expect(styled('Heading2')).toEqual([
      'Objectives',
      'Questions to ask',
      'Open follow-ups',
      'Breast cancer',
      'HER2-low disease',
      'Breast cancer',
      'Perception of data',
      'Other notes',
    ]);
    const styles = parts['word/styles.xml']!.dom;
    const names = Array.from(styles.getElementsByTagNameNS(W, 'style')).map((style) => [
      style.getAttributeNS(W, 'styleId'),
      style.getElementsByTagNameNS(W, 'name')[0]?.getAttributeNS(W, 'val')?.toLowerCase(),
    ]);
    expect(names).toEqual(
      expect.arrayContaining([
        ['Heading1', 'heading 1'],
        ['Heading2', 'heading 2'],
        ['Title', 'title'],
      ]),
    );
  });

  it('renders only the chosen sections, plus the header and the references', async () => {
    const { styled } = await open({ ...EXPORTS_MODEL, sections: ['insights', 'objectives'] });
    expect(styled('Heading1')).toEqual([
      SECTION_TITLES.objectives,
      SECTION_TITLES.insights,
      SECTION_TITLES.references,
    ]);
  });

  it('starts the major sections on a new page and keeps the first page for header, objectives and news since', async () => {
    const { paragraphs } = await open(EXPORTS_MODEL);
    const breaks = paragraphs.filter((p) => p.pageBreakBefore).map((p) => p.text);
    expect(breaks).toEqual([
      SECTION_TITLES['own-work'],
      SECTION_TITLES.linked,
      SECTION_TITLES['area-news'],
      SECTION_TITLES.insights,
      SECTION_TITLES.references,
    ]);
  });

  it('prints the marking in the header and in the footer with page numbers, on every page of the one section', async () => {
    const { parts } = await open(EXPORTS_MODEL);
    expect(parts['word/header1.xml']!.dom.documentElement.textContent).toContain(BRIEFING_MARKING);
    const footer = parts['word/footer1.xml']!.dom;
    expect(footer.documentElement.textContent).toContain(BRIEFING_MARKING);
    const fields = Array.from(footer.getElementsByTagNameNS(W, 'instrText')).map((node) =>
      node.textContent?.trim(),
    );
    expect(fields).toEqual(['PAGE', 'NUMPAGES']);
    const document = parts['word/document.xml']!.dom;
    const sections = document.getElementsByTagNameNS(W, 'sectPr');
    expect(sections).toHaveLength(1);
    const refs = (tag: string) =>
      Array.from(sections[0]!.getElementsByTagNameNS(W, tag)).map((node) => node.getAttributeNS(W, 'type'));
    expect(refs('headerReference')).toEqual(['default']);
    expect(refs('footerReference')).toEqual(['default']);
  });

  it("puts the KOL and the pack's frame in a table under the title", async () => {
    const { parts } = await open(EXPORTS_MODEL);
    const rows = Array.from(parts['word/document.xml']!.dom.getElementsByTagNameNS(W, 'tr')).map((row) =>
      Array.from(row.getElementsByTagNameNS(W, 'tc')).map((cell) => cell.textContent),
    );
    expect(rows[0]).toEqual(['KOL', 'Prof. Anja Müller, MD, PhD']);
    expect(rows).toContainEqual(['Institution', 'Universitätsklinikum Heidelberg, Germany']);
    expect(rows).toContainEqual(['ORCID', '0000-0002-1825-0097']);
    expect(rows).toContainEqual(['Meeting date', '16 Jan 2025']);
    expect(rows.map((row) => row[0])).not.toContain('Narrowed to');
  });

  it('cites with superscript numbers and lists the references numbered, journal abbreviations in italics', async () => {
    const { paragraphs } = await open(EXPORTS_MODEL);
    const cited = paragraphs.flatMap((p) =>
      p.runs.filter((run) => run.superscript).map((run) => Number(run.text)),
    );
    expect([...new Set(cited)].sort()).toEqual([1, 2, 3, 4, 5, 6]);
    const item = paragraphs.find((p) => p.text.startsWith('Adjuvant zelbrutinib versus'));
    expect(item?.text).toMatch(
      /phase 3 trial\^1\nLancet Oncol 2024 · NCT04123456 · first author · 1 Mar 2024$/,
    );
    expect(item?.runs[0]).toMatchObject({ bold: true, superscript: false });
    const references = paragraphs.slice(paragraphs.findIndex((p) => p.text === 'References') + 1);
    expect(references.map((p) => p.text.split('\t')[0])).toEqual(['1.', '2.', '3.', '4.', '5.', '6.']);
    expect(references[0]!.runs.filter((run) => run.italic).map((run) => run.text)).toEqual(['Lancet Oncol']);
    expect(references[0]!.text).toBe(
      `1.\t${EXPORTS_MODEL.references[0]!.ama.map((run) => run.text).join('')}`,
    );
    expect(references[2]!.runs.some((run) => run.italic)).toBe(false);
  });

  it('escapes text: <script> and & are character data, and the XML parses', async () => {
    const model: BriefingModel = {
      ...EXPORTS_MODEL,
      objectives: ['Ask about <script>alert("x")</script> & <b>bold</b> claims'],
    };
    const { parts, paragraphs } = await open(model);
    const xml = parts['word/document.xml']!.xml;
    expect(xml).not.toContain('<script>');
    expect(xml).toContain('&lt;script&gt;');
    expect(xml).toContain('R&amp;D');
    expect(paragraphs.map((p) => p.text)).toContain(
      'Ask about <script>alert("x")</script> & <b>bold</b> claims',
    );
  });

  it('says so when a chosen section is empty', async () => {
    const { paragraphs } = await open({ ...EXPORTS_MODEL, ownWork: [], insights: [], objectives: [] });
    const texts = paragraphs.map((p) => p.text);
    expect(texts).toContain(EMPTY_SECTION['own-work']);
    expect(texts).toContain(EMPTY_SECTION.insights);
    expect(texts).toContain('Questions to ask');
    expect(texts).not.toContain('Objectives');
  });

  it('says how many entries the builder left out of a capped section', async () => {
    const { paragraphs } = await open({ ...EXPORTS_MODEL, omitted: { linked: 3, openFollowUps: 1 } });
    const texts = paragraphs.map((p) => p.text);
    expect(texts).toContain('3 more not shown (at most 50 per section, newest first).');
    expect(texts).toContain('1 more not shown (at most 50 per section, newest first).');
  });
});

describe('renderDocx on the sample knowledge base', () => {
  const model = buildBriefing(SAMPLE_BRIEFING_DATA, SAMPLE_BRIEFING_REQUEST, SAMPLE_NOW);

  it('matches the golden document.xml', async () => {
    const { parts } = await open(model);
    const lines = parts['word/document.xml']!.xml.replace(
      /(<w:p>|<w:p |<w:tbl>|<w:tr>|<w:tr |<w:sectPr)/g,
      '\n$1',
    );
    expectGoldenFile('briefing.docx.xml', `${lines}\n`);
  });

  it('numbers every reference and cites each one in the text', async () => {
    const { paragraphs } = await open(model);
    const start = paragraphs.findIndex((p) => p.style === 'Heading1' && p.text === 'References');
    const numbers = model.references.map((reference) => `${reference.number}.`);
    expect(paragraphs.slice(start + 1).map((p) => p.text.split('\t')[0])).toEqual(numbers);
    const cited = new Set(
      paragraphs
        .slice(0, start)
        .flatMap((p) => p.runs.filter((run) => run.superscript).map((run) => Number(run.text))),
    );
    expect([...cited].sort((a, b) => a - b)).toEqual(model.references.map((reference) => reference.number));
  });
});
