// extractMetadata (the popup's quick preview) gives the same scholarly fields as extractPage on every sample page and, when present, the corpus's medical and hard pages.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractMetadata, extractPage } from '../../lib/extract';
import type { ExtractedPage, PageMetadata } from '../../lib/model';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const PAGES = path.resolve(HERE, '../fixtures/pages');
const CORPUS = process.env.LIAISON_CORPUS ?? path.resolve(HERE, '../../../shared/corpus');
const HAS_CORPUS = fs.existsSync(path.join(CORPUS, 'medical'));
if (!HAS_CORPUS) console.warn(`corpus not found at ${CORPUS}; corpus pages of the metadata test skipped`);
/** The address Readability's own test suite gives its pages. */
const FAKEHOST = 'http://fakehost/test/page.html';

/** Fields read from the page's markup alone: the same with or without Readability, on every page. */
const MARKUP_FIELDS = [
  'url',
  'canonicalUrl',
  'kind',
  'authors',
  'journal',
  'journalAbbrev',
  'publisher',
  'volume',
  'issue',
  'pages',
  'doi',
  'pmid',
  'pmcid',
  'arxiv',
  'abstract',
  'keywords',
  'congress',
  'lang',
] as const satisfies ReadonlyArray<keyof PageMetadata>;
/**
 * Fields that Readability only fills in where the markup says nothing: a scholarly page's markup does, so
 * they agree there; on a web page the full extraction may bring a better title, byline or date.
 * Readability's excerpt and site name are not compared: the preview shows the abstract when there is one.
 */
const SCHOLARLY_FIELDS = [
  'title',
  'byline',
  'year',
  'published',
  'nct',
  'fieldSources',
] as const satisfies ReadonlyArray<keyof PageMetadata>;

interface Sample {
  name: string;
  file: string;
  url: string;
}

function samples(): Sample[] {
  const fromExpected = (dir: string, label: string): Sample[] =>
    fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.html'))
      .map((f) => ({
        name: `${label}/${f}`,
        file: path.join(dir, f),
        url: (
          JSON.parse(fs.readFileSync(path.join(dir, f.replace(/\.html$/, '.expected.json')), 'utf8')) as {
            url: string;
          }
        ).url,
      }));
  const list = fromExpected(PAGES, 'fixtures');
  if (!HAS_CORPUS) return list;
  list.push(...fromExpected(path.join(CORPUS, 'medical'), 'medical'));
  for (const f of fs.readdirSync(path.join(CORPUS, 'hard')).filter((f) => f.endsWith('.html'))) {
    list.push({ name: `hard/${f}`, file: path.join(CORPUS, 'hard', f), url: FAKEHOST });
  }
  return list;
}

/** Parses the page afresh for each reader: both may rewrite the document. */
function read<T>(html: string, url: string, reader: (doc: Document, url: string) => T): T {
  const dom = new JSDOM(html, { url, virtualConsole: new VirtualConsole() });
  try {
    return reader(dom.window.document, url);
  } finally {
    dom.window.close();
  }
}

function pick(
  page: PageMetadata | ExtractedPage,
  keys: readonly (keyof PageMetadata)[],
): Record<string, unknown> {
  return Object.fromEntries(keys.map((key) => [key, page[key]]));
}

describe('extractMetadata agrees with extractPage', () => {
  it.each(samples())('$name', ({ file, url }) => {
    const html = fs.readFileSync(file, 'utf8');
    const full = read(html, url, extractPage);
    const metadata = read(html, url, extractMetadata);
    expect(pick(metadata, MARKUP_FIELDS)).toEqual(pick(full, MARKUP_FIELDS));
    if (full.kind !== 'web-page')
      expect(pick(metadata, SCHOLARLY_FIELDS)).toEqual(pick(full, SCHOLARLY_FIELDS));
    // What the preview carries is metadata only: nothing of the article crosses in it.
    expect(metadata).not.toHaveProperty('articleHtml');
    expect(metadata).not.toHaveProperty('articleText');
    expect(metadata).not.toHaveProperty('hasArticle');
  });

  it('never throws: a document whose reading fails still gives its title and address', () => {
    const dom = new JSDOM('<title>Broken</title><p>x</p>', { url: 'https://example.org/a' });
    const doc = dom.window.document;
    Object.defineProperty(doc, 'querySelectorAll', {
      value: () => {
        throw new Error('hostile');
      },
    });
    Object.defineProperty(doc, 'getElementsByTagName', {
      value: () => {
        throw new Error('hostile');
      },
    });
    const metadata = extractMetadata(doc, 'https://example.org/a');
    expect(metadata).toMatchObject({ url: 'https://example.org/a', authors: [], nct: [] });
    expect(metadata.title).toBeTruthy();
  });
});
