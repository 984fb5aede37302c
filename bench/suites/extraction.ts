// Extraction time per page over ../shared/corpus, against bare Readability on the same page in the same run.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { openBenchPage, step } from '../node/browser';
import { referenceOf, sampled, type Figure } from '../node/figures';
import { summarize } from '../node/stats';
import type { Suite } from './suite';

const SUITE = 'extraction';
const CORPUS = process.env.LIAISON_CORPUS ?? resolve(import.meta.dirname, '../../../shared/corpus');
/** Readability's test pages are saved with this address; the hard pages too. */
const FAKEHOST = 'http://fakehost/test/page.html';

interface CorpusPage {
  name: string;
  file: string;
  url: string;
  bytes: number;
}

/** Every saved page of the corpus: Readability's test pages, the medical pages (with their own URLs) and the hard ones. */
function corpusPages(): CorpusPage[] {
  const pages: CorpusPage[] = [];
  const add = (name: string, file: string, url: string) =>
    pages.push({ name, file, url, bytes: statSync(file).size });
  const readability = join(CORPUS, 'readability');
  for (const dir of readdirSync(readability).sort()) {
    const file = join(readability, dir, 'source.html');
    if (existsSync(file)) add(`readability/${dir}`, file, FAKEHOST);
  }
  const medical = join(CORPUS, 'medical');
  for (const file of readdirSync(medical)
    .filter((f) => f.endsWith('.html'))
    .sort()) {
    const expected = join(medical, file.replace(/\.html$/, '.expected.json'));
    const url = existsSync(expected)
      ? (JSON.parse(readFileSync(expected, 'utf8')) as { url: string }).url
      : FAKEHOST;
    add(`medical/${file.replace(/\.html$/, '')}`, join(medical, file), url);
  }
  const hard = join(CORPUS, 'hard');
  for (const file of readdirSync(hard)
    .filter((f) => f.endsWith('.html'))
    .sort())
    add(`hard/${file.replace(/\.html$/, '')}`, join(hard, file), FAKEHOST);
  return pages;
}

/** The extraction suite: per-page medians of extractPage and of bare Readability, then their distribution over the corpus. */
export const extractionSuite: Suite = {
  name: SUITE,
  description: 'extractPage per corpus page vs bare Readability on the same page; the largest hard page',
  async run(ctx) {
    if (!existsSync(join(CORPUS, 'readability'))) {
      ctx.log(`  corpus not found at ${CORPUS}: extraction skipped`);
      return [];
    }
    const repeats = ctx.sizes.some((size) => size >= 50_000) ? 5 : 3;
    const pages = corpusPages();
    ctx.log(`  ${pages.length} pages, ${repeats} runs each of extractPage and of Readability`);
    const page = await openBenchPage(ctx.context, ctx.origin);
    const rows: { name: string; bytes: number; extract: number; readability: number; hasArticle: boolean }[] =
      [];
    try {
      for (const [i, p] of pages.entries()) {
        const html = readFileSync(p.file, 'utf8');
        const times = await step(page, 'extractPageTimes', { html, url: p.url, repeats });
        rows.push({
          name: p.name,
          bytes: p.bytes,
          extract: summarize(times.extract).p50,
          readability: summarize(times.readability).p50,
          hasArticle: times.hasArticle,
        });
        // A fresh page now and then, so that no page pays for the garbage of the ones before it.
        if (i % 40 === 39) {
          await page.goto(`${ctx.origin}/bench.html`);
          await page.waitForFunction(() => 'liaisonBench' in window);
        }
      }
    } finally {
      await page.close();
    }
    const slowest = [...rows].sort((a, b) => b.extract - a.extract).slice(0, 5);
    const ratios = rows.map((r) => r.extract / Math.max(r.readability, 0.01));
    const ratio = summarize(ratios);
    const ours = summarize(rows.map((r) => r.extract));
    const theirs = summarize(rows.map((r) => r.readability));
    const largest = [...rows.filter((r) => r.name.startsWith('hard/'))].sort((a, b) => b.bytes - a.bytes)[0];
    const figures: Figure[] = [
      sampled(
        {
          suite: SUITE,
          name: `extraction per corpus page (${rows.length} pages, median of ${repeats} runs each)`,
          unit: 'ms',
          reference: referenceOf(
            'new Readability(clone).parse()',
            rows.map((r) => r.readability),
          ),
          target: '<= 1.3x Readability at the median',
          note: `median ${(ours.p50 / theirs.p50).toFixed(2)}x Readability (per-page ratio: median ${ratio.p50.toFixed(2)}x, p95 ${ratio.p95.toFixed(2)}x); slowest: ${slowest.map((r) => `${r.name} ${Math.round(r.extract)}`).join(', ')}`,
          details: { pages: rows },
        },
        rows.map((r) => r.extract),
      ),
    ];
    if (largest) {
      figures.push({
        suite: SUITE,
        name: `extraction of the largest hard page (${largest.name}, ${(largest.bytes / 1e6).toFixed(1)} MB)`,
        unit: 'ms',
        value: largest.extract,
        reference: { name: 'new Readability(clone).parse()', value: largest.readability },
        target: '< 1 s',
        note: largest.hasArticle ? 'article found' : 'no article (as expected for this page)',
      });
    }
    return figures;
  },
};
