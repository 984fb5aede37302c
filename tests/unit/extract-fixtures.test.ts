// Golden test: extractPage on the project's own sample pages must give the fields in <name>.expected.json.
//
// To add a fixture:
// 1. Write tests/fixtures/pages/<name>.html: a realistic page modelled on the site's documented markup and
//    meta tags, with invented content (no copied pages, no real patient data) and its own <title>. Say in
//    a comment at its top which site's markup it follows.
// 2. Write tests/fixtures/pages/<name>.expected.json: "url" (the address the page is read from), "fields"
//    (ExtractedPage fields compared exactly, e.g. kind, journal, volume, keywords, congress; null means the
//    field must be absent), "authors" (compared with toMatchObject), and optionally abstractStartsWith (the
//    abstract's text, labels left out, whitespace collapsed), abstractLabels (the section labels in order),
//    abstractIncludes, abstractExcludes, fieldSources (compared with toMatchObject), textIncludes,
//    textExcludes, htmlIncludes, htmlExcludes, notes.
// 3. Run `npx vitest run tests/unit/extract-fixtures.test.ts`; the page is picked up by its file name.
//    If it has a canonical link, it is also checked as served from 127.0.0.1 (as the e2e tests serve it).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../lib/extract';
import type { Author, ExtractedPage, FieldSources } from '../../lib/model';

const PAGES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/pages');

/** The shape of `<name>.expected.json`. */
interface Expectation {
  url: string;
  fields: Partial<Record<keyof ExtractedPage, unknown>>;
  authors?: Array<Partial<Author>>;
  abstractStartsWith?: string;
  abstractLabels?: Array<string | null>;
  fieldSources?: FieldSources;
  abstractIncludes?: string[];
  abstractExcludes?: string[];
  textIncludes?: string[];
  textExcludes?: string[];
  htmlIncludes?: string[];
  htmlExcludes?: string[];
  notes?: string;
}

const names = fs
  .readdirSync(PAGES)
  .filter((file) => file.endsWith('.html'))
  .map((file) => file.replace(/\.html$/, ''))
  .sort();

function load(name: string, url: string): ExtractedPage {
  const html = fs.readFileSync(path.join(PAGES, `${name}.html`), 'utf8');
  const dom = new JSDOM(html, { url, virtualConsole: new VirtualConsole() });
  return extractPage(dom.window.document, url);
}

function expectation(name: string): Expectation {
  return JSON.parse(fs.readFileSync(path.join(PAGES, `${name}.expected.json`), 'utf8')) as Expectation;
}

const collapse = (text: string | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim();

describe('extraction fixtures (golden)', () => {
  it('has an expected.json for every page and a distinct <title> per page', () => {
    expect(names.length).toBeGreaterThanOrEqual(6);
    const titles = names.map((name) => {
      expect(fs.existsSync(path.join(PAGES, `${name}.expected.json`)), `${name}.expected.json`).toBe(true);
      return /<title>([\s\S]*?)<\/title>/i.exec(
        fs.readFileSync(path.join(PAGES, `${name}.html`), 'utf8'),
      )?.[1];
    });
    expect(new Set(titles).size).toBe(names.length);
  });

  it.each(names)('%s', (name) => {
    const want = expectation(name);
    const page = load(name, want.url);
    expect(page.url).toBe(want.url);
    for (const [field, value] of Object.entries(want.fields)) {
      const got = page[field as keyof ExtractedPage];
      if (value === null) expect(got, field).toBeUndefined();
      else expect(got, field).toEqual(value);
    }
    if (want.authors) {
      expect(page.authors).toHaveLength(want.authors.length);
      expect(page.authors).toMatchObject(want.authors);
    }
    const abstract = page.abstract?.text;
    if (want.abstractStartsWith)
      expect(collapse(abstract)).toMatch(new RegExp(`^${escape(collapse(want.abstractStartsWith))}`));
    if (want.abstractLabels)
      expect(page.abstract?.sections.map((section) => section.label ?? null)).toEqual(want.abstractLabels);
    for (const part of want.abstractIncludes ?? []) expect(abstract).toContain(part);
    for (const part of want.abstractExcludes ?? []) expect(abstract ?? '').not.toContain(part);
    if (want.fieldSources) expect(page.fieldSources).toMatchObject(want.fieldSources);
    for (const part of want.textIncludes ?? []) expect(page.articleText).toContain(part);
    for (const part of want.textExcludes ?? []) expect(page.articleText ?? '').not.toContain(part);
    for (const part of want.htmlIncludes ?? []) expect(page.articleHtml).toContain(part);
    for (const part of want.htmlExcludes ?? [])
      expect((page.articleHtml ?? '').toLowerCase()).not.toContain(part.toLowerCase());
  });

  it.each(names)('%s: served from 127.0.0.1, keeps its kind, title and identifiers', (name) => {
    const want = expectation(name);
    const page = load(name, `http://127.0.0.1:4173/${name}.html`);
    for (const field of ['kind', 'title', 'doi', 'pmid', 'nct', 'hasArticle'] as const) {
      if (!(field in want.fields)) continue;
      const value = want.fields[field];
      if (value === null) expect(page[field], field).toBeUndefined();
      else expect(page[field], field).toEqual(value);
    }
  });
});

describe('hostile page', () => {
  const want = expectation('hostile');
  const page = load('hostile', want.url);
  const article = new JSDOM(`<body>${page.articleHtml ?? ''}</body>`).window.document.body;
  const elements = Array.from(article.querySelectorAll('*'));

  it('still yields the article text', () => {
    expect(page.hasArticle).toBe(true);
    expect(page.articleText?.length).toBeGreaterThan(500);
  });

  it('keeps no script, frame, object, embed, form or style element', () => {
    const banned = [
      'script',
      'iframe',
      'frame',
      'object',
      'embed',
      'form',
      'input',
      'button',
      'style',
      'link',
      'meta',
    ].concat(['base', 'svg', 'template', 'noscript']);
    expect(elements.map((el) => el.localName).filter((tag) => banned.includes(tag))).toEqual([]);
  });

  it('keeps no event handler or style attribute', () => {
    const attrs = elements.flatMap((el) =>
      Array.from(el.attributes).map((attr) => `${el.localName}[${attr.name}]`),
    );
    expect(attrs.filter((attr) => /\[(on[a-z]+|style|srcdoc|formaction|action)\]$/i.test(attr))).toEqual([]);
  });

  it('keeps only http(s), mailto and data:image URLs', () => {
    const urls = elements.flatMap((el) =>
      ['href', 'src', 'srcset', 'poster', 'cite', 'xlink:href'].flatMap(
        (name) => el.getAttribute(name) ?? [],
      ),
    );
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls)
      expect(url).toMatch(/^(https?:\/\/|mailto:|data:image\/(png|gif|jpe?g|webp|avif|bmp|svg\+xml)[;,])/i);
    expect(page.articleHtml).not.toMatch(/javascript:|vbscript:/i);
  });

  it('keeps ids from clobbering the page that renders it', () => {
    for (const el of elements.filter((e) => e.id)) expect(el.id).toMatch(/^user-content-/);
  });

  it('treats payloads in meta tags as text, never as markup', () => {
    expect(page.title).not.toMatch(/[<>]/);
    expect(page.authors.map((author) => author.name).join(' ')).not.toMatch(/[<>]|onerror/);
    expect(page.journal).not.toMatch(/[<>]/);
    expect(page.canonicalUrl).toBeUndefined();
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
