// Bundles the benchmark's page script (the project's own lib/ code included) for the browser with esbuild.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const ENTRY = fileURLToPath(new URL('../browser/entry.ts', import.meta.url));

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
  });
  const code = result.outputFiles[0]?.text ?? '';
  return { code, bytes: code.length };
}
