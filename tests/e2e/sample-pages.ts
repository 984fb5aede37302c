// Reads what the tests need to know about a sample page from its `<name>.expected.json`: title, metadata, passages.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { FIXTURE_PAGES_DIR } from './paths';

/** One sample page in tests/fixtures/pages and what its expected JSON says the extension should read from it. */
export interface SamplePage {
  name: string;
  /** Path on the fixture server, e.g. `/pubmed-abstract.html`. */
  path: string;
  title: string;
  journal?: string;
  year?: number;
  doi?: string;
  pmid?: string;
  nct: string[];
  /** Author names in byline order, as printed. */
  authors: string[];
  /** The opening of the abstract, when the page has one. */
  abstractStartsWith?: string;
  /** Passages of the article text, as the extraction golden tests check them. */
  textIncludes: string[];
}

/**
 * Reads `<name>.html` and `<name>.expected.json`. The expected fields sit under `fields` (the golden
 * format of the extraction tests) or at the top level; without a title, the page's own title is used.
 */
export function readSamplePage(name: string, dir: string = FIXTURE_PAGES_DIR): SamplePage {
  const htmlFile = join(dir, `${name}.html`);
  if (!existsSync(htmlFile)) throw new Error(`Sample page ${htmlFile} does not exist.`);
  const expectedFile = join(dir, `${name}.expected.json`);
  const expected = existsSync(expectedFile) ? asRecord(JSON.parse(readFileSync(expectedFile, 'utf8'))) : {};
  const fields = { ...expected, ...asRecord(expected.fields) };
  return {
    name,
    path: `/${name}.html`,
    title: asString(fields.title) ?? readPageTitle(readFileSync(htmlFile, 'utf8')),
    journal: asString(fields.journal),
    year: typeof fields.year === 'number' ? fields.year : undefined,
    doi: asString(fields.doi),
    pmid: asString(fields.pmid),
    nct: asStrings(fields.nct),
    authors: asArray(fields.authors).flatMap(
      (author) => asString(typeof author === 'string' ? author : asRecord(author).name) ?? [],
    ),
    abstractStartsWith: asString(fields.abstractStartsWith),
    textIncludes: asStrings(fields.textIncludes),
  };
}

/** The title a scholarly page declares (`citation_title`, then `og:title`), else its `<title>`. */
function readPageTitle(html: string): string {
  const { document } = new JSDOM(html).window;
  const meta = (selector: string): string | undefined =>
    document.querySelector<HTMLMetaElement>(selector)?.content.trim() || undefined;
  const title = meta('meta[name="citation_title"]') ?? meta('meta[property="og:title"]') ?? document.title;
  return title.replace(/\s+/g, ' ').trim();
}

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function asString(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value : undefined;
}

function asStrings(value: unknown): string[] {
  return asArray(value).flatMap((item) => asString(item) ?? []);
}
