// Gzipped size of each entry point of a built extension, with every chunk it imports statically (what loads before first paint).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

/** "KB" in the targets is 1,024 bytes of gzip (level 9) output. */
export const KB = 1024;

/**
 * Issue 8's targets, in gzipped KB, by entry point name. The metadata script's bound is this project's own:
 * far under the clip script's, so that Readability or DOMPurify slipping into it fails the check.
 */
export const BUNDLE_TARGETS_KB: Readonly<Record<string, number>> = {
  'clip script': 40,
  'metadata script': 20,
  popup: 60,
};

/** One entry point: its files (the entry first) and their gzipped sizes. */
export interface EntrySize {
  name: string;
  files: { path: string; gzipBytes: number; bytes: number }[];
  gzipBytes: number;
  bytes: number;
  /** Chunks it loads on demand (`import()`), not counted. */
  lazy: string[];
}

/** The injected clip script, which lib/browser.ts passes to scripting.executeScript (not in the manifest). */
export const CLIP_SCRIPT = 'clip.js';
/** The injected metadata script of the popup's first preview (lib/browser.ts readTabMetadata). */
export const METADATA_SCRIPT = 'clip-metadata.js';

const STATIC_IMPORT = /(?:\bimport|\bfrom)\s*["']([^"']+\.js)["']/g;
const DYNAMIC_IMPORT = /\bimport\(\s*["']([^"']+\.js)["']\s*\)/g;
const HTML_SCRIPT = /<script\b[^>]*\bsrc="([^"]+)"/g;

/** A path inside the build folder, from a reference in `from` (relative, or absolute to the extension root). */
function resolveFrom(from: string, ref: string): string {
  return ref.startsWith('/') ? ref.slice(1) : posix.normalize(posix.join(posix.dirname(from), ref));
}

/** Sums an entry's scripts and every chunk they import statically, each counted once. */
function measureEntry(dir: string, name: string, scripts: string[]): EntrySize {
  const seen = new Set<string>();
  const lazy = new Set<string>();
  const files: EntrySize['files'] = [];
  const queue = [...scripts];
  while (queue.length > 0) {
    const path = queue.shift() as string;
    if (seen.has(path)) continue;
    seen.add(path);
    const file = join(dir, path);
    if (!existsSync(file)) throw new Error(`${name}: ${path} is not in ${dir}`);
    const code = readFileSync(file);
    files.push({ path, bytes: code.length, gzipBytes: gzipSync(code, { level: 9 }).length });
    const text = code.toString('utf8');
    for (const match of text
      .replace(DYNAMIC_IMPORT, (call, ref: string) => (lazy.add(resolveFrom(path, ref)), ''))
      .matchAll(STATIC_IMPORT)) {
      queue.push(resolveFrom(path, match[1] as string));
    }
  }
  const sum = (key: 'bytes' | 'gzipBytes') => files.reduce((total, f) => total + f[key], 0);
  return {
    name,
    files,
    bytes: sum('bytes'),
    gzipBytes: sum('gzipBytes'),
    lazy: [...lazy].filter((p) => !seen.has(p)),
  };
}

/** The module scripts an extension page's HTML loads. */
function pageScripts(dir: string, page: string): string[] {
  const html = readFileSync(join(dir, page), 'utf8');
  return [...html.matchAll(HTML_SCRIPT)].map((m) => resolveFrom(page, m[1] as string));
}

/** Every entry point of the Chrome build in `dir`: the clip and metadata scripts, popup, options page and background. */
export function measureBuild(dir: string): EntrySize[] {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
    action?: { default_popup?: string };
    options_ui?: { page?: string };
    background?: { service_worker?: string };
  };
  const entries: EntrySize[] = [
    measureEntry(dir, 'clip script', [CLIP_SCRIPT]),
    measureEntry(dir, 'metadata script', [METADATA_SCRIPT]),
  ];
  if (manifest.action?.default_popup)
    entries.push(measureEntry(dir, 'popup', pageScripts(dir, manifest.action.default_popup)));
  if (manifest.options_ui?.page)
    entries.push(measureEntry(dir, 'options page', pageScripts(dir, manifest.options_ui.page)));
  if (manifest.background?.service_worker)
    entries.push(measureEntry(dir, 'background', [manifest.background.service_worker]));
  return entries;
}

/** The production build's folder (what `npm run build` writes). */
export const PRODUCTION_BUILD = join(dirname(dirname(import.meta.dirname)), '.output', 'chrome-mv3');
