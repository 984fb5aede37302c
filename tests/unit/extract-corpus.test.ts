// extractPage over the shared corpus of real saved pages: it never fails, always finds a title, agrees
// with Readability's own expected titles, and reads identifiers from real scholarly pages.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';
import { afterAll, describe, expect, it } from 'vitest';
import { EXTRACT_LIMITS, extractPage, WARNINGS } from '../../lib/extract';
import type { ExtractedPage } from '../../lib/model';

const CORPUS =
  process.env.LIAISON_CORPUS ?? path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../shared/corpus');
const HAS_CORPUS = fs.existsSync(path.join(CORPUS, 'readability'));
if (!HAS_CORPUS) console.warn(`corpus not found at ${CORPUS}; corpus tests skipped`);

/** The address Readability's own test suite gives its pages. */
const READABILITY_URL = 'http://fakehost/test/page.html';

/** Match rule of the corpus README: case-insensitive after collapsing whitespace. */
const norm = (value: unknown): string =>
  (typeof value === 'string' || typeof value === 'number' ? String(value) : '').replace(/\s+/g, ' ').trim().toLowerCase();

const timings: Array<{ page: string; ms: number }> = [];
/** Results by page content and URL: hard/readability-* are byte copies of Readability pages run already. */
const results = new Map<string, ExtractedPage>();

/** Parses a saved page with jsdom and extracts it, timing both. */
function extractFile(file: string, url: string, label: string): ExtractedPage {
  const html = fs.readFileSync(file, 'utf8');
  const key = `${url} ${createHash('sha1').update(html).digest('hex')}`;
  const known = results.get(key);
  if (known) return known;
  const started = performance.now();
  // A silent console: saved pages are full of CSS that jsdom cannot parse, which is not news.
  const dom = new JSDOM(html, { url, virtualConsole: new VirtualConsole() });
  try {
    const page = extractPage(dom.window.document, url);
    results.set(key, page);
    return page;
  } finally {
    dom.window.close();
    timings.push({ page: label, ms: Math.round(performance.now() - started) });
  }
}

/** What every page must satisfy, article or not. */
function expectWellFormed(page: ExtractedPage): void {
  expect(page.title.trim()).not.toBe('');
  expect(page.warnings).not.toContain(WARNINGS.failed);
  expect(page.articleHtml?.length ?? 0).toBeLessThanOrEqual(EXTRACT_LIMITS.articleHtml);
  expect(page.articleText?.length ?? 0).toBeLessThanOrEqual(EXTRACT_LIMITS.articleText);
  expect(page.articleHtml ?? '').not.toMatch(/<script|<iframe|\son\w+=|javascript:/i);
  if (!page.hasArticle) expect(page.warnings).toContain(WARNINGS.noArticle);
}

function readJson<T>(file: string): T {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
}

const list = (dir: string, suffix: string): string[] =>
  HAS_CORPUS && fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith(suffix)).sort() : [];

afterAll(() => {
  if (timings.length === 0) return;
  const seconds = (list: typeof timings): string => (list.reduce((sum, t) => sum + t.ms, 0) / 1000).toFixed(1);
  const groups = ['readability', 'hard', 'medical'].map(
    (group) => `${group} ${seconds(timings.filter((t) => t.page.startsWith(`${group}/`)))} s`,
  );
  const slowest = [...timings].sort((a, b) => b.ms - a.ms).slice(0, 5);
  console.log(
    `corpus: ${timings.length} pages parsed (jsdom) and extracted in ${seconds(timings)} s (${groups.join(', ')}); ` +
      `slowest: ${slowest.map((t) => `${t.page} ${t.ms} ms`).join(', ')}`,
  );
});

describe.skipIf(!HAS_CORPUS)('corpus: Readability test pages', () => {
  const dir = path.join(CORPUS, 'readability');
  const names = HAS_CORPUS ? fs.readdirSync(dir).sort() : [];
  const titles = new Map<string, { got: string; want: string }>();

  it.each(names)('%s: extracts without failing and with a title', (name) => {
    const page = extractFile(path.join(dir, name, 'source.html'), READABILITY_URL, `readability/${name}`);
    expectWellFormed(page);
    const expected = readJson<{ title?: string | null }>(path.join(dir, name, 'expected-metadata.json'));
    titles.set(name, { got: page.title, want: expected.title ?? '' });
  });

  it('matches Readability’s expected title on at least 95% of its pages', () => {
    const mismatches = [...titles].filter(([, t]) => norm(t.got) !== norm(t.want));
    const rate = (titles.size - mismatches.length) / titles.size;
    console.log(`title match on Readability pages: ${titles.size - mismatches.length}/${titles.size} = ${(rate * 100).toFixed(1)}%`);
    for (const [name, t] of mismatches) console.log(`  title mismatch ${name}: got "${t.got}", expected "${t.want}"`);
    expect(titles.size).toBe(names.length);
    expect(rate).toBeGreaterThanOrEqual(0.95);
  });
});

describe.skipIf(!HAS_CORPUS)('corpus: hard pages (huge, script-heavy, no article)', () => {
  const dir = path.join(CORPUS, 'hard');
  const report: string[] = [];

  it.each(list(dir, '.html'))('%s: extracts without failing and with a title', (file) => {
    const name = file.replace(/\.html$/, '');
    const page = extractFile(path.join(dir, file), READABILITY_URL, `hard/${name}`);
    expectWellFormed(page);
    const metadata = path.join(dir, `${name}.expected-metadata.json`);
    const expected = fs.existsSync(metadata) ? readJson<{ title?: string | null }>(metadata).title : undefined;
    let title = `"${page.title}"`;
    if (expected !== undefined) {
      title = norm(page.title) === norm(expected) ? 'matches Readability' : `${title} (Readability: "${expected ?? ''}")`;
    }
    report.push(`  ${name}: hasArticle=${String(page.hasArticle)}, title ${title}`);
  });

  it('reports what it found', () => {
    console.log(`hard pages:\n${report.join('\n')}`);
    expect(report.length).toBe(list(dir, '.html').length);
  });
});

/** The fields of `medical/<name>.expected.json` this suite compares (schema in the corpus README). */
interface MedicalExpectation {
  url: string;
  kind: string;
  title: string | null;
  authors: string[];
  journal: string | null;
  year: number | null;
  doi: string | null;
  pmid: string | null;
  nct: string[];
  hasAbstract: boolean;
  abstractStartsWith: string | null;
  alt?: Partial<Record<'title' | 'journal' | 'year' | 'authors' | 'abstractStartsWith', unknown[]>>;
}

type Field = 'title' | 'doi' | 'pmid' | 'year' | 'kind' | 'journal' | 'firstAuthor' | 'abstract' | 'nct';

/** Whether a field matches, or null when the page's ground truth has nothing to compare. */
function compare(field: Field, page: ExtractedPage, want: MedicalExpectation): boolean | null {
  const anyOf = (got: unknown, expected: unknown, alts: unknown[] = []): boolean =>
    [expected, ...alts].some((value) => norm(value) === norm(got));
  switch (field) {
    case 'title':
      return want.title === null ? null : anyOf(page.title, want.title, want.alt?.title);
    case 'doi':
      return want.doi === null ? page.doi === undefined : anyOf(page.doi, want.doi);
    case 'pmid':
      return want.pmid === null ? page.pmid === undefined : page.pmid === want.pmid;
    case 'year':
      return want.year === null ? page.year === undefined : anyOf(page.year, want.year, want.alt?.year);
    case 'kind':
      return (want.kind === 'other' ? 'web-page' : want.kind) === page.kind;
    case 'journal':
      return want.journal === null ? null : anyOf(page.journal, want.journal, want.alt?.journal);
    case 'firstAuthor':
      return want.authors.length === 0
        ? page.authors.length === 0
        : anyOf(page.authors[0]?.name, want.authors[0], want.alt?.authors?.slice(0, 1));
    case 'abstract': {
      if (!want.hasAbstract || !want.abstractStartsWith) return page.abstract === undefined;
      const got = norm(page.abstract);
      return [want.abstractStartsWith, ...(want.alt?.abstractStartsWith ?? [])].some((s) => got.startsWith(norm(s)));
    }
    case 'nct':
      return norm(page.nct.join(' ')) === norm(want.nct.join(' '));
  }
}

describe.skipIf(!HAS_CORPUS)('corpus: medical and scholarly pages', () => {
  const dir = path.join(CORPUS, 'medical');
  const fields: Field[] = ['title', 'doi', 'pmid', 'year', 'kind', 'journal', 'firstAuthor', 'abstract', 'nct'];
  const hits = new Map<Field, { hit: number; of: number; misses: string[] }>(
    fields.map((field) => [field, { hit: 0, of: 0, misses: [] }]),
  );

  it.each(list(dir, '.html'))('%s: extracts without failing and with a title', (file) => {
    const name = file.replace(/\.html$/, '');
    const want = readJson<MedicalExpectation>(path.join(dir, `${name}.expected.json`));
    const page = extractFile(path.join(dir, file), want.url, `medical/${name}`);
    expectWellFormed(page);
    for (const field of fields) {
      const result = compare(field, page, want);
      const tally = hits.get(field);
      if (result === null || !tally) continue;
      tally.of++;
      if (result) tally.hit++;
      else tally.misses.push(name);
    }
  });

  it('reads title, DOI, PMID and year from most medical pages', () => {
    const rate = (field: Field): number => {
      const tally = hits.get(field);
      return tally && tally.of > 0 ? tally.hit / tally.of : 0;
    };
    for (const [field, tally] of hits) {
      console.log(
        `medical ${field}: ${tally.hit}/${tally.of} = ${(rate(field) * 100).toFixed(0)}%` +
          (tally.misses.length > 0 ? `; misses: ${tally.misses.join(', ')}` : ''),
      );
    }
    // Floors at what the first version reliably gets; raise them as site adapters land.
    expect(rate('doi')).toBeGreaterThanOrEqual(1);
    expect(rate('pmid')).toBeGreaterThanOrEqual(1);
    expect(rate('title')).toBeGreaterThanOrEqual(0.85);
    expect(rate('year')).toBeGreaterThanOrEqual(0.85);
    expect(rate('kind')).toBeGreaterThanOrEqual(0.9);
  });
});
