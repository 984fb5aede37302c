// Hostile page text in every reference format and the DOCX: script tags, LaTeX commands, line breaks, fake RIS tags.
/* eslint-disable no-control-regex -- these tests look for control characters in the output */
import { AST as BibtexAst, type Entry, type ValueType } from 'astrocite-bibtex';
import { AST as RisAst, parse as parseRis } from 'astrocite-ris';
import { describe, expect, it } from 'vitest';
import { EXPORT_WORKS, EXPORTS_MODEL } from '../../tests/fixtures/briefing/exports-model';
import { docxParagraphs, openDocx } from '../../tests/fixtures/briefing/open-docx';
import type { BriefingModel, BriefingReference, CitedWork } from './model';
import { renderBibtex } from './references-bibtex';
import { renderCslJson } from './references-csl';
import { renderRis } from './references-ris';
import { renderDocx } from './render-docx';

const SCRIPT = '<script>alert(1)</script>';
const LATEX = '{\\input{/etc/passwd}} \\immediate\\write18{rm -rf ~} $\\x^2_y$ 100% #1 & }{';
/** A line break, then what would start a new RIS record, then controls XML forbids. */
const BREAKOUT = '\r\nER  - \r\n\r\nTY  - JOUR\nTI  - injected\u2028\u0007\u0000\uFFFE';

const HOSTILE: CitedWork = {
  ...EXPORT_WORKS[0]!,
  sourceId: 'src-hostile',
  title: `Evil ${SCRIPT} ${LATEX}${BREAKOUT} end`,
  authors: [
    { family: `Smith} and {Jones ${SCRIPT}`, given: `Ann, \\input{x}${BREAKOUT}`, literal: 'Ann Smith' },
    { literal: `{\\input{/etc/passwd}} and others ${SCRIPT}` },
  ],
  journal: `J ${SCRIPT} ${LATEX}${BREAKOUT}`,
  journalAbbrev: `J ${SCRIPT}\\emph{x}`,
  volume: '1}\\def\\x{',
  pages: `1-2${BREAKOUT}`,
  doi: '10.1000/a}b{\\input{c}',
  url: 'https://example.org/a}b\\c d?x=1&y=2#z%20',
  keywords: ['a,b', `}{${BREAKOUT}`],
  abstract: `Line one ${SCRIPT}\n\nER  - \nTY  - BOOK\n${LATEX}`,
  nct: [`NCT0${BREAKOUT}`],
};

const references: BriefingReference[] = [
  {
    number: 1,
    work: HOSTILE,
    ama: [
      { text: `${HOSTILE.title}. ` },
      { text: HOSTILE.journal!, italic: true },
      { text: `. ${BREAKOUT}` },
    ],
  },
  { number: 2, work: EXPORT_WORKS[1]!, ama: [{ text: 'A plain reference.' }] },
];

/** LaTeX commands the BibTeX export may write: each prints one character. */
const PRINTING_COMMANDS = new Set([
  'textbackslash',
  'textbraceleft',
  'textbraceright',
  'textasciicircum',
  'textasciitilde',
  'textless',
  'textgreater',
  'textbar',
]);

/** Every command astrocite finds in a parsed BibTeX value, nested ones included. */
function commandsIn(values: ValueType[]): string[] {
  return values.flatMap((value) => {
    if (value.kind === 'NestedLiteral') return commandsIn(value.value);
    if (value.kind === 'RegularCommand')
      return [
        value.value,
        ...value.arguments.flatMap((arg) => (arg.kind === 'RequiredArgument' ? commandsIn(arg.value) : [])),
      ];
    if (
      value.kind === 'SymbolCommand' ||
      value.kind === 'SubscriptCommand' ||
      value.kind === 'SuperscriptCommand'
    )
      return [`${value.kind}:${value.value}`];
    if (value.kind === 'MathMode') return ['MathMode'];
    return [];
  });
}

describe('hostile page text', () => {
  it('RIS: stays one record per source, each value on its own tag line', () => {
    const ris = renderRis(references);
    const records = RisAst.parse(ris).children;
    expect(records.map((record) => record.type)).toEqual(['JOUR', 'CONF']);
    expect(ris.match(/^TY {2}- /gm)).toHaveLength(2);
    expect(ris.match(/^ER {2}- /gm)).toHaveLength(2);
    for (const line of ris.split('\r\n').filter(Boolean)) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}- \S?/);
    expect(ris).not.toMatch(/[\u0000-\u0009\u000B-\u000C\u000E-\u001F\u2028\uFFFE]|\r(?!\n)|(?<!\r)\n/);
    const [item] = parseRis(ris);
    expect(item?.title).toBe(`Evil ${SCRIPT} ${LATEX} ER - TY - JOUR TI - injected end`);
    expect(records[0]!.properties.filter((p) => p.key === 'TI')).toHaveLength(1);
  });

  it('BibTeX: braces balance, and no command survives but the ones that print a character', () => {
    const bib = renderBibtex(references);
    let depth = 0;
    for (const char of bib) {
      depth += char === '{' ? 1 : char === '}' ? -1 : 0;
      expect(depth).toBeGreaterThanOrEqual(0);
    }
    expect(depth).toBe(0);
    expect(bib).not.toMatch(/\\(input|immediate|write18|def|emph|x)\b/);
    expect(bib).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u2028\uFFFE\r]/);
    const entries = BibtexAst.parse(bib).children.filter((node): node is Entry => node.kind === 'Entry');
    expect(entries.map((entry) => entry.id)).toEqual(['smithandjonesscripta2024evil', 'okafor2024overall']);
    const verbatim = new Set(['url', 'doi']);
    for (const property of entries[0]!.properties) {
      const commands = commandsIn(property.value);
      if (verbatim.has(property.key)) expect(commands, property.key).toEqual([]);
      for (const command of commands) {
        const symbol = command.startsWith('SymbolCommand:')
          ? command.slice('SymbolCommand:'.length)
          : undefined;
        expect(
          symbol === undefined ? PRINTING_COMMANDS.has(command) : ['$', '&', '%', '#', '_'].includes(symbol),
          `${property.key}: ${command}`,
        ).toBe(true);
      }
    }
    const names = entries[0]!.properties.find((p) => p.key === 'author');
    expect(names?.value).toBeDefined();
    // The literal's " and others" stays inside its braces: two authors, not three.
    expect(bib).toMatch(
      /author = \{\{Smith\\textbraceright\{\} and \\textbraceleft\{\}Jones .*\}, \{Ann, .*\} and \{\\textbraceleft\{\}.* and others /,
    );
    expect(bib).toContain('url = {https://example.org/a%7Db%5Cc%20d?x=1&y=2#z%20}');
    expect(bib).toContain('doi = {10.1000/a%7Db%7B%5Cinput%7Bc%7D}');
  });

  it('CSL-JSON: parses, and every value is the one-line plain text of the source', () => {
    const json = renderCslJson(references);
    const [item] = JSON.parse(json) as Array<Record<string, unknown>>;
    expect(item?.title).toBe(`Evil ${SCRIPT} ${LATEX} ER - TY - JOUR TI - injected end`);
    expect(item?.['container-title']).toBe(`J ${SCRIPT} ${LATEX} ER - TY - JOUR TI - injected`);
    expect(JSON.stringify(item)).not.toMatch(/\\u0007|\\u0000|\\ufffe|\u2028/i);
    expect(item?.abstract).toBe(`Line one ${SCRIPT}\n\nER  - \nTY  - BOOK\n${LATEX}`);
  });

  it('DOCX: the XML parses, the text is character data, forbidden characters are gone', async () => {
    const model: BriefingModel = {
      ...EXPORTS_MODEL,
      title: `Briefing ${SCRIPT}${BREAKOUT}`,
      kol: { ...EXPORTS_MODEL.kol, name: `Dr ${SCRIPT} & Co`, institution: LATEX },
      objectives: [`Ask ${SCRIPT} ]]> <!-- &amp; ${BREAKOUT}`],
      ownWork: [
        {
          ...EXPORTS_MODEL.ownWork[0]!,
          title: HOSTILE.title,
          venue: HOSTILE.journal!,
          takeaway: `<img src=x onerror=alert(1)>${BREAKOUT}`,
          takeawayFrom: 'note',
        },
      ],
      insights: [
        {
          category: 'other',
          label: `Other ${SCRIPT}`,
          items: [{ text: `Multi\nline ${SCRIPT}`, quote: `"${SCRIPT}"`, date: '2024-07-01', ref: 1 }],
        },
      ],
      references,
    };
    const parts = await openDocx(await renderDocx(model), ['word/document.xml', 'docProps/core.xml']);
    const xml = parts['word/document.xml']!.xml;
    expect(xml).not.toMatch(/<script|<img|<!--|\]\]>(?!<)/);
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE]/);
    const texts = docxParagraphs(parts['word/document.xml']!.dom).map((p) => p.text);
    expect(texts).toContain(`Dr ${SCRIPT} & Co, MD, PhD`);
    expect(texts).toContain(`Other ${SCRIPT}`);
    expect(texts.some((text) => text.startsWith(`Ask ${SCRIPT} ]]> <!-- &amp; `))).toBe(true);
    expect(texts).toContain(`\u201c"${SCRIPT}"\u201d \u2014 Multi\nline ${SCRIPT} (1 Jul 2024)^1`);
    expect(parts['docProps/core.xml']!.dom.documentElement.textContent).toContain(`Briefing ${SCRIPT}`);
  });
});
