// `npm run eval:corpus`: per-field accuracy of extractPage over ../shared/corpus/medical, with every mismatch.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';
import { extractPage } from '../../lib/extract';
import {
  EVAL_FIELDS,
  matchField,
  shownValue,
  wantedValue,
  type EvalField,
  type MedicalExpectation,
} from './corpus-match';

const CORPUS =
  process.env.LIAISON_CORPUS ??
  path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../shared/corpus');
const DIR = path.join(CORPUS, 'medical');

/** The share of pages every field must match (the target). */
const TARGET = 0.95;

interface Tally {
  hit: number;
  of: number;
  misses: string[];
}

function main(): number {
  if (!fs.existsSync(DIR)) {
    console.error(`No corpus at ${DIR}: set LIAISON_CORPUS to the folder that holds medical/.`);
    return 2;
  }
  const tallies = new Map<EvalField, Tally>(
    EVAL_FIELDS.map((field) => [field, { hit: 0, of: 0, misses: [] }]),
  );
  const files = fs
    .readdirSync(DIR)
    .filter((file) => file.endsWith('.html'))
    .sort();
  for (const file of files) {
    const name = file.replace(/\.html$/, '');
    const want = JSON.parse(
      fs.readFileSync(path.join(DIR, `${name}.expected.json`), 'utf8'),
    ) as MedicalExpectation;
    const dom = new JSDOM(fs.readFileSync(path.join(DIR, file), 'utf8'), {
      url: want.url,
      virtualConsole: new VirtualConsole(),
    });
    const page = extractPage(dom.window.document, want.url);
    dom.window.close();
    for (const field of EVAL_FIELDS) {
      const result = matchField(field, page, want);
      const tally = tallies.get(field);
      if (result === null || !tally) continue;
      tally.of++;
      if (result) tally.hit++;
      else tally.misses.push(`${name}: got ${shownValue(field, page)}, expected ${wantedValue(field, want)}`);
    }
  }
  console.log(`eval:corpus over ${files.length} pages in ${DIR}\n`);
  let below = 0;
  for (const [field, tally] of tallies) {
    const rate = tally.of > 0 ? tally.hit / tally.of : 1;
    const flag = rate >= TARGET ? '' : `  < ${TARGET * 100}%`;
    if (rate < TARGET) below++;
    console.log(
      `${field.padEnd(14)} ${String(tally.hit).padStart(3)}/${String(tally.of).padEnd(3)} ${(rate * 100).toFixed(0).padStart(4)}%${flag}`,
    );
  }
  const misses = [...tallies].flatMap(([field, tally]) => tally.misses.map((miss) => `  ${field} ${miss}`));
  console.log(misses.length > 0 ? `\nmismatches:\n${misses.join('\n')}` : '\nno mismatches');
  return below > 0 ? 1 : 0;
}

process.exitCode = main();
