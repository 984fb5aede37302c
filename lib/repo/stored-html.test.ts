// Hostile article HTML through every path that stores it (clip, re-clip merged, clip with highlight, backup
// import, backup merged by DOI), in an extension page (DOMPurify) and where no DOM exists (service worker).
import { JSDOM } from 'jsdom';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { renderPayloads } from '../../tests/fixtures/xss-payloads';
import { LiaisonDb } from '../db';
import type { ExtractedPage, Source } from '../model';
import { applyImport, exportBackup, planImport, toBackupJson } from './backup';
import { clipAndHighlight } from './highlights';
import { PAGE_FIELDS } from '../work-model';
import { saveClip } from './sources';

const PROSE = 'Exampliximab was studied in a randomised, double-blind trial of adults.';
const HOSTILE_HTML = [
  `<p>${PROSE}</p>`,
  ...renderPayloads('https://beacon.invalid/xss').map((x) => `<p>Payload ${x.id}: ${x.text}</p>`),
].join('\n');
/** Markup as the clip script's DOMPurify leaves it: kept as it is on every path. */
const SANITIZED_HTML =
  '<h2 id="user-content-results">Results</h2><p>Response at <a href="https://journal.example/t1" rel="noopener noreferrer">week 24</a>.</p>';

/** Elements that run, load, submit or re-parse content: none may be in stored HTML. */
const FORBIDDEN_ELEMENTS = new Set(
  (
    'script style iframe frame frameset object embed applet form input button textarea select base meta ' +
    'link template noscript svg annotation-xml mglyph'
  ).split(' '),
);
const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'xlink:href',
  'action',
  'formaction',
  'data',
  'poster',
  'cite',
]);

/** Parses stored HTML as a browser would and checks every element and attribute it creates. */
function expectInert(html: string | undefined): void {
  if (html === undefined) return;
  expect(html.length).toBeLessThanOrEqual(PAGE_FIELDS.articleHtml.max);
  const { document } = new JSDOM(`<!DOCTYPE html><body>${html}</body>`).window;
  for (const element of document.body.querySelectorAll('*')) {
    expect(FORBIDDEN_ELEMENTS.has(element.localName), `<${element.localName}> stored`).toBe(false);
    for (const { name, value } of element.attributes) {
      expect(name, `${name} on <${element.localName}>`).not.toMatch(/^on|^(style|srcdoc)$/i);
      if (URL_ATTRIBUTES.has(name)) expect(value.trim()).toMatch(/^(https?:|mailto:|data:image\/)/i);
      if (name === 'id' || name === 'name') expect(value).toMatch(/^user-content-/);
    }
  }
}

const page = (overrides: Partial<ExtractedPage> = {}): ExtractedPage => ({
  url: 'https://journal.example/article/1',
  kind: 'journal-article',
  title: 'A trial of exampliximab',
  authors: [],
  nct: [],
  doi: '10.5555/hostile.1',
  hasArticle: true,
  articleText: PROSE,
  warnings: [],
  ...overrides,
});

let n = 0;
const env = { now: () => 1_700_000_000_000 + n, newId: () => `id-${++n}` };
const opened: LiaisonDb[] = [];
function openDb(): LiaisonDb {
  const db = new LiaisonDb(`stored-html-${Math.random()}`);
  opened.push(db);
  return db;
}
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.delete()));
});

/** Exports a library whose one source holds `html` as it stands (as an old or tampered backup would). */
async function backupWith(html: string, overrides: Partial<Source> = {}): Promise<string> {
  const from = openDb();
  await from.sources.add({
    ...page(),
    id: 'src-backup',
    articleHtml: html,
    kolIds: [],
    areaIds: [],
    capturedAt: 1,
    updatedAt: 1,
    ...overrides,
  });
  return toBackupJson(await exportBackup(from, env));
}

/** Every path that stores a source's article HTML; each returns the stored source. */
const PATHS: Record<string, (db: LiaisonDb, html: string) => Promise<Source | undefined>> = {
  'clip save': async (db, html) => (await saveClip(db, page({ articleHtml: html }), {}, env)).source,
  'clip merged into a bookmark of the same page': async (db, html) => {
    await saveClip(db, page({ kind: 'bookmark', hasArticle: false, articleText: undefined }), {}, env);
    const { source, created } = await saveClip(db, page({ articleHtml: html }), {}, env);
    expect(created).toBe(false);
    return source;
  },
  'clip with a highlight': async (db, html) =>
    (await clipAndHighlight(db, page({ articleHtml: html }), { exact: 'randomised' }, {}, env)).source,
  'backup import': async (db, html) => {
    await applyImport(db, await planImport(db, await backupWith(html)));
    return db.sources.get('src-backup');
  },
  'backup merged into the same paper (by DOI)': async (db, html) => {
    const { source: local } = await saveClip(db, page({ url: 'https://pubmed.example/1' }), {}, env);
    const plan = await planImport(db, await backupWith(html));
    expect(plan.preview.mergedSources).toBe(1);
    await applyImport(db, plan);
    expect(await db.sources.count()).toBe(1);
    return db.sources.get(local.id);
  },
};

/** A page's HTML over the limit, with the cut falling inside a hostile tag. */
const CUT_IN_A_TAG = `<p>${'x'.repeat(PAGE_FIELDS.articleHtml.max - 30)}</p><img src="x" onerror="alert(1)"><p>after</p>`;

/** Over-long HTML whose cut falls inside an attribute holding ">", after which a naive cut looks closed. */
const LINK = '<a href="https://a.example/" title="a > b" onclick="alert(1)">x</a>';
const CUT_IN_AN_ATTRIBUTE = `<p>${'y'.repeat(PAGE_FIELDS.articleHtml.max - 7 - LINK.indexOf(' onclick'))}</p>${LINK}`;

describe('in an extension page, where DOMPurify runs', () => {
  const saved = (globalThis as { window?: unknown }).window;
  beforeAll(() => {
    (globalThis as { window?: unknown }).window = new JSDOM('').window;
  });
  afterAll(() => {
    (globalThis as { window?: unknown }).window = saved;
  });

  describe.each(Object.keys(PATHS))('%s', (path) => {
    it('stores hostile HTML sanitized, its prose kept', async () => {
      const stored = await PATHS[path]!(openDb(), HOSTILE_HTML);
      expect(stored?.articleHtml).toContain(PROSE);
      expectInert(stored?.articleHtml);
    });

    it('keeps sanitized HTML as it is', async () => {
      const stored = await PATHS[path]!(openDb(), SANITIZED_HTML);
      expect(stored?.articleHtml).toBe(SANITIZED_HTML);
    });

    it('cuts over-long HTML, then sanitizes what is left', async () => {
      const stored = await PATHS[path]!(openDb(), CUT_IN_A_TAG);
      expect(stored?.articleHtml?.length).toBeGreaterThan(PAGE_FIELDS.articleHtml.max - 100);
      expect(stored?.articleHtml).not.toContain('<img');
      expectInert(stored?.articleHtml);
    });

    it('drops a tag the cut left half-written inside an attribute', async () => {
      const stored = await PATHS[path]!(openDb(), CUT_IN_AN_ATTRIBUTE);
      expect(stored?.articleHtml).toMatch(/^<p>y+<\/p>$/);
    });
  });
});

describe("where no DOM exists (Chrome's background service worker)", () => {
  beforeEach(() => {
    expect((globalThis as { window?: unknown }).window).toBeUndefined();
  });

  describe.each(Object.keys(PATHS))('%s', (path) => {
    it('stores no hostile HTML, and keeps the text', async () => {
      const stored = await PATHS[path]!(openDb(), HOSTILE_HTML);
      expect(stored?.articleHtml).toBeUndefined();
      expect(stored?.articleText).toBe(PROSE);
    });

    it('keeps HTML already in sanitized form', async () => {
      const stored = await PATHS[path]!(openDb(), SANITIZED_HTML);
      expect(stored?.articleHtml).toBe(SANITIZED_HTML);
    });

    it('cuts over-long HTML without leaving half a tag', async () => {
      const stored = await PATHS[path]!(openDb(), CUT_IN_A_TAG);
      expect(stored?.articleHtml).toMatch(/^<p>x+<\/p>$/);
      expectInert(stored?.articleHtml);
    });

    it('stores no HTML when the cut leaves half a tag it cannot tell from a whole one', async () => {
      const stored = await PATHS[path]!(openDb(), CUT_IN_AN_ATTRIBUTE);
      expect(stored?.articleHtml).toBeUndefined();
      expect(stored?.articleText).toBe(PROSE);
    });
  });
});
