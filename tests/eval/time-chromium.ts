// `npx tsx tests/eval/time-chromium.ts [page.html ...]`: times extractPage in headless Chromium on saved pages (default: the largest hard page).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const CORPUS = process.env.LIAISON_CORPUS ?? path.resolve(HERE, '../../../shared/corpus');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** The address the page is served at, as Readability's test suite gives its pages. */
const PAGE_URL = 'http://fakehost/test/page.html';
const RUNS = Number(process.env.RUNS ?? 7);

/** The largest page of the hard corpus: the 2.6 MB benchmark. */
function largestHardPage(): string {
  const dir = path.join(CORPUS, 'hard');
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .map((f) => path.join(dir, f));
  return files.sort((a, b) => fs.statSync(b).size - fs.statSync(a).size)[0] ?? '';
}

/** lib/extract bundled for a page, as WXT bundles it into the content script, exposing extractPage. */
async function bundleExtractor(): Promise<string> {
  const result = await build({
    // EXTRACT_ENTRY compares another copy of lib/extract (e.g. an older commit's) under the same conditions.
    entryPoints: [process.env.EXTRACT_ENTRY ?? path.resolve(HERE, '../../lib/extract/index.ts')],
    nodePaths: [path.resolve(HERE, '../../node_modules')],
    bundle: true,
    format: 'iife',
    globalName: 'liaisonExtract',
    target: 'chrome120',
    minify: true,
    // Evaluated as one expression by page.evaluate, so the global is set explicitly.
    footer: { js: 'window.liaisonExtract = liaisonExtract;' },
    write: false,
  });
  return result.outputFiles[0]?.text ?? '';
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
};

async function main(): Promise<void> {
  const files = process.argv.slice(2).length > 0 ? process.argv.slice(2) : [largestHardPage()];
  const bundle = await bundleExtractor();
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    for (const file of files) {
      const html = fs.readFileSync(file, 'utf8');
      // The page's own scripts stay off (CSP) and nothing leaves the machine: only the saved HTML is served.
      // JavaScript stays on for the extractor, as in a content script (DOMPurify's Trusted Types callbacks need it).
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.route('**/*', (route) =>
        route.request().url() === PAGE_URL
          ? route.fulfill({
              contentType: 'text/html',
              headers: { 'content-security-policy': "script-src 'none'" },
              body: html,
            })
          : route.abort(),
      );
      await page.goto(PAGE_URL, { waitUntil: 'domcontentloaded' });
      await page.evaluate(bundle);
      const runs: number[] = [];
      let summary = '';
      for (let i = 0; i < RUNS; i++) {
        // What the content script does: clone the live document, then extract from the clone.
        const result = await page.evaluate((url) => {
          const extract = (
            window as unknown as {
              liaisonExtract: {
                extractPage: (
                  d: Document,
                  u: string,
                ) => { title: string; kind: string; hasArticle: boolean; warnings: string[] };
              };
            }
          ).liaisonExtract;
          const started = performance.now();
          const extracted = extract.extractPage(document.cloneNode(true) as Document, url);
          return {
            ms: performance.now() - started,
            title: extracted.title,
            kind: extracted.kind,
            hasArticle: extracted.hasArticle,
            warnings: extracted.warnings,
          };
        }, PAGE_URL);
        runs.push(result.ms);
        summary = `kind=${result.kind} hasArticle=${String(result.hasArticle)} title="${result.title.slice(0, 60)}" warnings=${JSON.stringify(result.warnings)}`;
      }
      const size = (fs.statSync(file).size / 1e6).toFixed(2);
      console.log(
        `${path.basename(file)} (${size} MB): median ${median(runs).toFixed(0)} ms over ${RUNS} runs [${runs.map((ms) => ms.toFixed(0)).join(', ')}]`,
      );
      console.log(`  ${summary}`);
      await context.close();
    }
  } finally {
    await browser.close();
  }
}

await main();
