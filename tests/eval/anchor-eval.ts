// `npx tsx tests/eval/anchor-eval.ts [count] [seed]`: picks quotes (100, seed 1) from the corpus's medical pages,
// edits each page around each quote (paragraphs inserted, whitespace changed, a word changed, the passage
// removed), re-anchors, and prints how many anchor exactly, fuzzily, imprecisely, as orphans, or wrongly.
import fs from 'node:fs';
import path from 'node:path';
import { anchorSelectors, type AnchorMethod } from '../../lib/anchor';
import type { HighlightSelectors } from '../../lib/anchor/describe';
import {
  collapse,
  CORPUS,
  EDITS,
  editPage,
  judgeAnchor,
  loadPage,
  pickQuotes,
  seededRandom,
  type EditKind,
  type Verdict,
} from './anchor-edits';

type Cell = Record<Verdict | AnchorMethod, number>;
const emptyCell = (): Cell => ({
  exact: 0,
  imprecise: 0,
  orphan: 0,
  duplicate: 0,
  wrong: 0,
  quote: 0,
  position: 0,
  fuzzy: 0,
});

function main(): number {
  const count = Number(process.argv[2] ?? 100);
  const seed = Number(process.argv[3] ?? 1);
  const dir = path.join(CORPUS, 'medical');
  if (!fs.existsSync(dir)) {
    console.error(`No corpus at ${dir}: set LIAISON_CORPUS to the folder that holds medical/.`);
    return 2;
  }
  const pages = fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.html'))
    .sort();
  const random = seededRandom(seed);
  // Quotes spread evenly over the pages, the remainder to the first ones.
  const quotas = pages.map((_, i) => Math.floor(count / pages.length) + (i < count % pages.length ? 1 : 0));
  const table = new Map<EditKind, Cell>(EDITS.map((edit) => [edit, emptyCell()]));
  const wrongs: string[] = [];
  let picked = 0;
  let anchorMs = 0;
  pages.forEach((name, i) => {
    const doc = loadPage(`medical/${name}`);
    const quotes: HighlightSelectors[] = pickQuotes(doc, quotas[i] ?? 0, random);
    picked += quotes.length;
    for (const selectors of quotes) {
      for (const edit of EDITS) {
        const edited = editPage(doc, selectors, edit, random);
        const started = performance.now();
        const anchored = anchorSelectors(edited.doc.body, selectors);
        anchorMs += performance.now() - started;
        const verdict = judgeAnchor(edited, anchored, selectors);
        edited.undo();
        const cell = table.get(edit) ?? emptyCell();
        cell[verdict]++;
        if (anchored) cell[anchored.method]++;
        if (
          verdict === 'wrong' ||
          verdict === 'duplicate' ||
          (verdict === 'imprecise' && edit !== 'removed')
        ) {
          wrongs.push(
            `${verdict} ${edit} ${name} [${selectors.start}] ${JSON.stringify(collapse(selectors.exact).slice(0, 70))} -> ${JSON.stringify(collapse(anchored?.range.toString() ?? '').slice(0, 70))}`,
          );
        }
      }
    }
  });
  console.log(
    `${picked} quotes from ${pages.length} pages of ${dir}, seed ${seed}; ${Math.round(anchorMs)} ms anchoring in all\n`,
  );
  console.log(
    'edit                 exact imprecise orphan  wrong (of which a copy of the quote) | by quote position fuzzy',
  );
  for (const [edit, cell] of table) {
    const cols = [cell.exact, cell.imprecise, cell.orphan, cell.wrong + cell.duplicate].map((n) =>
      String(n).padStart(6),
    );
    const methods = [cell.quote, cell.position, cell.fuzzy].map((n) => String(n).padStart(8));
    console.log(
      `${edit.padEnd(20)}${cols.join('')}   (${cell.duplicate})${' '.repeat(26)}|${methods.join('')}`,
    );
  }
  if (wrongs.length) console.log(`\n${wrongs.join('\n')}`);
  return 0;
}

process.exitCode = main();
