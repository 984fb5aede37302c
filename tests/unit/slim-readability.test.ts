// The slimmed Readability that the clip script ships (build/slim-readability.ts rewrites its source with text
// replacements) must read every page exactly as the original does: same title, byline, excerpt, article HTML
// and text, over the project's sample pages and every page of the shared corpus.
//
// A page is parsed once with jsdom; each Readability gets its own clone, since both rewrite the document.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { slimReadability, slimReadabilityPlugin } from '../../build/slim-readability';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const PAGES = path.resolve(HERE, '../fixtures/pages');
const CORPUS = process.env.LIAISON_CORPUS ?? path.resolve(HERE, '../../../shared/corpus');
const HAS_CORPUS = fs.existsSync(path.join(CORPUS, 'readability'));
if (!HAS_CORPUS)
  console.warn(
    `[skipped] slimmed Readability over the corpus: corpus not found at ${CORPUS}; only the project's sample pages are compared`,
  );

/** Readability 0.6's source, the file the build plugin rewrites. */
const READABILITY_FILE = createRequire(import.meta.url).resolve('@mozilla/readability/Readability.js');
const SOURCE = fs.readFileSync(READABILITY_FILE, 'utf8');

interface ReadabilityClass {
  new (doc: Document): { parse(): Record<string, unknown> | null };
}

/** Evaluates a CommonJS build of Readability (its file ends with `module.exports = Readability`). */
function loadReadability(code: string): ReadabilityClass {
  const module = { exports: {} as unknown };
  new Function('module', 'exports', code)(module, module.exports);
  return module.exports as ReadabilityClass;
}

const Original = loadReadability(SOURCE);
const Slim = loadReadability(slimReadability(SOURCE));

/** The address Readability's own test suite gives its pages; relative links resolve against it in both runs. */
const PAGE_URL = 'http://fakehost/test/page.html';

/** Both Readabilities' results on one saved page. */
function readBoth(file: string): { original: unknown; slim: unknown } {
  const dom = new JSDOM(fs.readFileSync(file, 'utf8'), {
    url: PAGE_URL,
    virtualConsole: new VirtualConsole(),
  });
  try {
    const doc = dom.window.document;
    const original = new Original(doc.cloneNode(true) as Document).parse();
    const slim = new Slim(doc.cloneNode(true) as Document).parse();
    return { original, slim };
  } finally {
    dom.window.close();
  }
}

const htmlFiles = (dir: string): string[] =>
  fs.existsSync(dir)
    ? fs
        .readdirSync(dir)
        .filter((name) => name.endsWith('.html'))
        .sort()
        .map((name) => path.join(dir, name))
    : [];

const corpusPages = (): string[] =>
  HAS_CORPUS
    ? [
        ...fs
          .readdirSync(path.join(CORPUS, 'readability'))
          .sort()
          .map((name) => path.join(CORPUS, 'readability', name, 'source.html'))
          .filter((file) => fs.existsSync(file)),
        ...htmlFiles(path.join(CORPUS, 'medical')),
        ...htmlFiles(path.join(CORPUS, 'hard')),
      ]
    : [];

/** Both runs on the largest corpus pages (1-2.6 MB) take tens of seconds on a busy machine. */
const PAGE_TIMEOUT_MS = 240_000;

describe('the slimmed Readability', () => {
  it('rewrites only Readability.js, and removes its log calls and long private names', () => {
    const plugin = slimReadabilityPlugin();
    const transform = plugin.transform as (code: string, id: string) => { code: string } | undefined;
    expect(transform(SOURCE, READABILITY_FILE)?.code).toBe(slimReadability(SOURCE));
    expect(transform(SOURCE, '/x/node_modules/other/Readability.js')).toBeUndefined();
    const slim = slimReadability(SOURCE);
    expect(SOURCE).toContain('this.log(');
    expect(slim).not.toContain('this.log(');
    expect(SOURCE).toContain('_grabArticle');
    expect(slim).not.toContain('_grabArticle');
    expect(slim.length).toBeLessThan(SOURCE.length);
  });

  it('reads an article at all, so that equal results are not two empty ones', () => {
    const { original, slim } = readBoth(path.join(PAGES, 'journal-article.html'));
    expect(original).toMatchObject({ title: expect.any(String), content: expect.stringContaining('<') });
    expect(slim).toEqual(original);
  });

  it.each(htmlFiles(PAGES).map((file) => [path.basename(file), file]))(
    'reads the sample page %s as the original does',
    (_name, file) => {
      const { original, slim } = readBoth(file);
      expect(slim).toEqual(original);
    },
  );
});

describe.skipIf(!HAS_CORPUS)('the slimmed Readability over the corpus', () => {
  it.each(corpusPages().map((file) => [path.relative(CORPUS, file), file]))(
    'reads %s as the original does',
    (_name, file) => {
      const { original, slim } = readBoth(file);
      expect(slim).toEqual(original);
    },
    PAGE_TIMEOUT_MS,
  );
});
