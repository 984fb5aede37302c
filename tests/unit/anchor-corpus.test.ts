// Anchoring baselines on real pages (hypothesis's anchoring-baselines style): stored selectors of quotes from
// ../shared/corpus pages must anchor to exactly their text on the page as saved and after edits (paragraphs
// inserted before, whitespace changed, a word changed in the quote), and the removed passage must become an
// orphan or stay where it was: an anchor is never on another passage of the edited page (see judgeAnchor).
//
// To add a fixture:
// 1. Add the page (a path under ../shared/corpus) and how many quotes to take from it to FIXTURES below.
// 2. Run `UPDATE_ANCHOR_BASELINES=1 npx vitest run tests/unit/anchor-corpus.test.ts` (refused when CI is set):
//    it picks prose quotes (seeded, each occurring once on the page) and writes their selectors to
//    tests/fixtures/anchoring/corpus-quotes.json.
// 3. Read the diff of that file: the quotes should be text a reader would highlight. Commit it.
// 4. Run `npx vitest run tests/unit/anchor-corpus.test.ts` without the variable.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { anchorSelectors, describeRange, type HighlightSelectors } from '../../lib/anchor';
import {
  CORPUS,
  EDITS,
  editPage,
  judgeAnchor,
  loadPage,
  pickQuotes,
  seededRandom,
  type EditKind,
  type Verdict,
} from '../eval/anchor-edits';
import { mayRewriteExpected } from '../fixtures/rewrite-expected';

const FIXTURES: Array<{ page: string; quotes: number }> = [
  { page: 'medical/pubmed-old-losartan.html', quotes: 3 },
  { page: 'medical/pmc-new-PMC3531190-genbank.html', quotes: 3 },
  { page: 'medical/plosone-cold-seeking.html', quotes: 3 },
  { page: 'medical/springer-dress-rheumatology.html', quotes: 3 },
  { page: 'medical/clinicaltrials-gov-ct2-nsclc-ctdna.html', quotes: 3 },
  { page: 'medical/arxiv-attention.html', quotes: 3 },
  { page: 'readability/wikipedia/source.html', quotes: 3 },
];
const SEED = 6;
const BASELINES = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../fixtures/anchoring/corpus-quotes.json',
);
const HAS_CORPUS = fs.existsSync(path.join(CORPUS, 'medical'));
if (!HAS_CORPUS) console.warn(`corpus not found at ${CORPUS}; anchoring baselines skipped`);

type Baselines = Record<string, HighlightSelectors[]>;

if (HAS_CORPUS && mayRewriteExpected('UPDATE_ANCHOR_BASELINES')) {
  const random = seededRandom(SEED);
  const baselines: Baselines = {};
  for (const { page, quotes } of FIXTURES) baselines[page] = pickQuotes(loadPage(page), quotes, random, true);
  fs.mkdirSync(path.dirname(BASELINES), { recursive: true });
  fs.writeFileSync(BASELINES, `${JSON.stringify(baselines, null, 2)}\n`);
}

/** What each edit may yield: the passage's text, or for a changed word an orphan; a removed passage never anchors elsewhere. */
const ALLOWED: Record<EditKind, Verdict[]> = {
  none: ['exact'],
  'inserted-paragraphs': ['exact'],
  whitespace: ['exact'],
  'changed-word': ['exact', 'orphan'],
  removed: ['orphan', 'imprecise'],
};

const tally = new Map<string, number>();

describe.skipIf(!HAS_CORPUS)('anchoring baselines on corpus pages', () => {
  const baselines = (
    fs.existsSync(BASELINES) ? JSON.parse(fs.readFileSync(BASELINES, 'utf8')) : {}
  ) as Baselines;

  it('has a baseline for every fixture page', () => {
    expect(Object.keys(baselines).sort()).toEqual(FIXTURES.map((fixture) => fixture.page).sort());
  });

  it.each(FIXTURES.map((fixture) => fixture.page))('%s', (page) => {
    const doc = loadPage(page);
    const random = seededRandom(SEED);
    for (const selectors of baselines[page] ?? []) {
      // The stored selectors still describe the passage they anchor to: describe and anchor agree.
      const same = anchorSelectors(doc.body, selectors);
      expect(same?.method).toBe('quote');
      expect(same && describeRange(doc.body, same.range)).toEqual(selectors);
      for (const edit of EDITS) {
        const edited = editPage(doc, selectors, edit, random);
        const verdict = judgeAnchor(edited, anchorSelectors(doc.body, selectors), selectors);
        edited.undo();
        tally.set(`${edit} ${verdict}`, (tally.get(`${edit} ${verdict}`) ?? 0) + 1);
        expect(ALLOWED[edit], `${edit} of "${selectors.exact}" on ${page}`).toContain(verdict);
      }
    }
  });

  it('re-anchors most changed-word passages instead of orphaning them', () => {
    const exact = tally.get('changed-word exact') ?? 0;
    expect(exact).toBeGreaterThanOrEqual(0.8 * (exact + (tally.get('changed-word orphan') ?? 0)));
  });

  afterAll(() => console.log('anchoring baselines:', Object.fromEntries([...tally].sort())));
});
