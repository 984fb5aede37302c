// `npm run eval:pdf -- <dir> [--json <file>]`: per-field accuracy of PDF extraction over a folder of PDFs with <name>.expected.json.
import fs from 'node:fs';
import path from 'node:path';
import { extractPdfFile, type PdfFileResult } from './pdf-node';
import {
  matchPdfField,
  PDF_EVAL_FIELDS,
  shownPdfValue,
  TEXT_FIELDS,
  wantedPdfValue,
  type PdfEvalField,
  type PdfExpectation,
  type PdfOutcome,
} from './pdf-match';

/** The share of files every field must match (the issue's target). */
const TARGET = 0.95;

interface Tally {
  hit: number;
  of: number;
  /** The same, without files whose text cannot be read, for fields only text can give. */
  readableHit: number;
  readableOf: number;
  misses: string[];
}

/** What --json writes for one file: the record's fields the issue lists, and whether the text could be read. */
function jsonRecord(result: PdfFileResult): unknown {
  if (!result.ok) return { error: result.code, message: result.message };
  const { page, reading } = result;
  return {
    kind: page.kind,
    title: page.title,
    authors: page.authors.map(({ name, degrees }) => (degrees ? { name, degrees } : { name })),
    journal: page.journal ?? null,
    journalAbbrev: page.journalAbbrev ?? null,
    year: page.year ?? null,
    volume: page.volume ?? null,
    issue: page.issue ?? null,
    pages: page.pages ?? null,
    doi: page.doi ?? null,
    pmid: page.pmid ?? null,
    pmcid: page.pmcid ?? null,
    arxiv: page.arxiv ?? null,
    nct: page.nct,
    abstract: page.abstract ? { text: page.abstract.text, sections: page.abstract.sections } : null,
    keywords: page.keywords ?? [],
    hasTextLayer: reading.textLayer !== 'none',
    textLayer: reading.textLayer,
    pageCount: reading.pageCount,
    cover: reading.cover ?? null,
    fieldSources: page.fieldSources ?? {},
    warnings: page.warnings,
  };
}

function parseArgs(argv: readonly string[]): { dir?: string; json?: string } {
  const args: { dir?: string; json?: string } = {};
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--json') args.json = argv[++i];
    else if (!args.dir) args.dir = argv[i];
  }
  return args;
}

async function main(): Promise<number> {
  const { dir, json } = parseArgs(process.argv.slice(2));
  if (!dir || !fs.existsSync(dir)) {
    console.error('Usage: npm run eval:pdf -- <dir> [--json <file>]');
    return 2;
  }
  const files = fs
    .readdirSync(dir)
    .filter((file) => /\.pdf$/i.test(file))
    .sort();
  const tallies = new Map<PdfEvalField, Tally>(
    PDF_EVAL_FIELDS.map((field) => [field, { hit: 0, of: 0, readableHit: 0, readableOf: 0, misses: [] }]),
  );
  const records: Record<string, unknown> = {};
  const errors: string[] = [];
  let withTruth = 0;
  for (const file of files) {
    const name = file.replace(/\.pdf$/i, '');
    const result = await extractPdfFile(path.join(dir, file));
    records[name] = jsonRecord(result);
    if (!result.ok) errors.push(`  ${name}: ${result.code} (${result.message})`);
    const truthFile = path.join(dir, `${name}.expected.json`);
    if (!fs.existsSync(truthFile)) continue;
    withTruth++;
    const want = JSON.parse(fs.readFileSync(truthFile, 'utf8')) as PdfExpectation;
    const outcome: PdfOutcome = result.ok
      ? {
          page: result.page,
          hasTextLayer: result.reading.textLayer !== 'none',
          textReadable: result.reading.textLayer === 'text',
        }
      : {
          page: {
            url: '',
            kind: 'web-page',
            title: '',
            authors: [],
            nct: [],
            hasArticle: false,
            warnings: [],
          },
          hasTextLayer: false,
          textReadable: false,
        };
    const unreadable =
      !outcome.textReadable && (want.hasTextLayer === false || want.textLayerUsable === false);
    for (const field of PDF_EVAL_FIELDS) {
      const matched = matchPdfField(field, outcome, want);
      const tally = tallies.get(field);
      if (matched === null || !tally) continue;
      tally.of++;
      if (matched) tally.hit++;
      if (!(unreadable && TEXT_FIELDS.has(field))) {
        tally.readableOf++;
        if (matched) tally.readableHit++;
      }
      if (!matched) {
        const note = unreadable && TEXT_FIELDS.has(field) ? ' [text unreadable, reported]' : '';
        tally.misses.push(
          `${name}: got ${shownPdfValue(field, outcome)}, expected ${wantedPdfValue(field, want)}${note}`,
        );
      }
    }
  }
  if (json) {
    fs.writeFileSync(json, `${JSON.stringify(records, null, 2)}\n`);
    console.log(`wrote ${Object.keys(records).length} records to ${json}`);
  }
  console.log(`eval:pdf over ${files.length} PDFs in ${dir} (${withTruth} with truth)\n`);
  console.log(`${'field'.padEnd(14)} ${'all files'.padStart(14)}   readable text only`);
  let below = 0;
  for (const [field, tally] of tallies) {
    const rate = tally.of > 0 ? tally.hit / tally.of : 1;
    const readableRate = tally.readableOf > 0 ? tally.readableHit / tally.readableOf : 1;
    if (rate < TARGET) below++;
    const flag = rate >= TARGET ? '' : `  (all files below ${TARGET * 100}%)`;
    console.log(
      `${field.padEnd(14)} ${`${tally.hit}/${tally.of}`.padStart(7)} ${(rate * 100).toFixed(0).padStart(4)}%   ` +
        `${`${tally.readableHit}/${tally.readableOf}`.padStart(7)} ${(readableRate * 100).toFixed(0).padStart(4)}%${flag}`,
    );
  }
  const misses = [...tallies].flatMap(([field, tally]) => tally.misses.map((miss) => `  ${field} ${miss}`));
  console.log(misses.length > 0 ? `\nmisses:\n${misses.join('\n')}` : '\nno misses');
  if (errors.length > 0) console.log(`\nnot read:\n${errors.join('\n')}`);
  return below > 0 ? 1 : 0;
}

process.exitCode = await main();
