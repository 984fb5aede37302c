// `npm run bench`: measures Liaison's own code in headless Chromium and prints one table; a tool for people, never a test.
//
//   npm run bench                      libraries of 10,000 and 50,000 sources (about 8 minutes on 2 cores)
//   npm run bench -- --quick           2,000 and 10,000 (about 2 minutes); or BENCH_SIZES=5000 npm run bench
//   npm run bench -- --sizes=50000     chosen sizes;  --only=search  one suite;  --seed=7  another library
//   npm run bench -- --full-text=0     no full texts in the library (what a separate full-text table would give)
//
// The figures are also written to .output/bench/results.json. Nothing here fails on a time.
import { cpus } from 'node:os';
import { resolve } from 'node:path';
import { bundleBenchScript } from './node/bundle';
import { launchBrowser } from './node/browser';
import type { Figure } from './node/figures';
import { toTable, writeResults } from './node/report';
import { startServer } from './node/server';
import { SUITES } from './suites';

const RESULTS = resolve(import.meta.dirname, '../.output/bench/results.json');

function option(name: string): string | undefined {
  const prefix = `--${name}=`;
  return process.argv.find((arg) => arg.startsWith(prefix))?.slice(prefix.length);
}

function sizes(): number[] {
  const listed = option('sizes') ?? process.env.BENCH_SIZES;
  if (listed)
    return listed
      .split(',')
      .map((s) => Number(s.trim()))
      .filter((n) => Number.isInteger(n) && n > 0);
  return process.argv.includes('--quick') ? [2_000, 10_000] : [10_000, 50_000];
}

async function main(): Promise<void> {
  const started = Date.now();
  const log = (message: string) =>
    console.error(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}`);
  const only = option('only');
  const suites = SUITES.filter((suite) => !only || suite.name === only);
  if (suites.length === 0)
    throw new Error(`No suite named "${only}". Suites: ${SUITES.map((s) => s.name).join(', ')}`);
  const run = {
    sizes: sizes(),
    seed: Number(option('seed') ?? 42),
    fullTextShare: Number(option('full-text') ?? 0.1),
  };

  const script = await bundleBenchScript();
  log(`bundled the page script: ${(script.bytes / 1024).toFixed(0)} KB`);
  const server = await startServer(script.code);
  const browser = await launchBrowser();
  log(`Chromium ${browser.version}, ${cpus().length} cores, sizes ${run.sizes.join(', ')}`);
  const figures: Figure[] = [];
  try {
    for (const suite of suites) {
      log(`${suite.name}: ${suite.description}`);
      figures.push(...(await suite.run({ context: browser.context, origin: server.origin, ...run, log })));
    }
  } finally {
    await browser.close();
    await server.close();
  }
  console.log(toTable(figures));
  await writeResults(
    RESULTS,
    {
      startedAt: new Date(started).toISOString(),
      seconds: Math.round((Date.now() - started) / 1000),
      machine: { cpus: cpus().length, node: process.version, chromium: browser.version },
      ...run,
    },
    figures,
  );
  log(`wrote ${RESULTS}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
