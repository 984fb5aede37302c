// Bundles the benchmark's page script (the project's own lib/ code included) for the browser with esbuild.
import { build, type Plugin } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { slimReadability } from '../../build/slim-readability';

const ENTRY = fileURLToPath(new URL('../browser/entry.ts', import.meta.url));

/**
 * The same slimming of Readability as the extension's build (wxt.config.ts), so that the bench runs the shipped
 * code; BENCH_STOCK_READABILITY=1 measures the stock file instead (for both extractPage and the reference).
 */
const slimReadabilityPlugin: Plugin = {
  name: 'slim-readability',
  setup(build) {
    if (process.env.BENCH_STOCK_READABILITY === '1') return;
    build.onLoad({ filter: /[\\/]@mozilla[\\/]readability[\\/]Readability\.js$/ }, async (args) => ({
      contents: slimReadability(await readFile(args.path, 'utf8')),
      loader: 'js',
    }));
  },
};

/** The page script as one minified IIFE, built the way the extension's own bundles are (ES2022, browser). */
export async function bundleBenchScript(entry = ENTRY): Promise<{ code: string; bytes: number }> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    minify: true,
    write: false,
    logLevel: 'warning',
    plugins: [slimReadabilityPlugin],
  });
  const code = result.outputFiles[0]?.text ?? '';
  return { code, bytes: code.length };
}
