// The site adapter registry: every row well-formed, every selector valid, every site's address served by its row.
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { LabelIndex } from '../../lib/extract/labelled-values';
import type {
  AuthorSpec,
  KeywordSpec,
  SiteAdapter,
  ValueSpec,
  ValueSpecs,
} from '../../lib/extract/site-adapter-types';
import { SITE_ADAPTERS } from '../../lib/extract/site-adapters';
import { findAdapter, labelsOf, readSite } from '../../lib/extract/site-reader';

function documentOf(html: string, url = 'https://example.org/a'): Document {
  return new JSDOM(html, { url, virtualConsole: new VirtualConsole() }).window.document;
}

/** The selectors of one value: a plain selector, or the `css` of an object spec; labels and constants have none. */
function valueSelectors(specs: ValueSpecs | undefined): string[] {
  if (specs === undefined) return [];
  return ((Array.isArray(specs) ? specs : [specs]) as readonly ValueSpec[]).flatMap((spec) =>
    typeof spec === 'string' ? [spec] : 'css' in spec ? [spec.css] : [],
  );
}

/**
 * Where each field of an author spec keeps selectors. A Record over every key: a field added to AuthorSpec
 * does not compile here until it says whether it holds selectors.
 */
const AUTHOR_SELECTORS: { [K in keyof Required<AuthorSpec>]: (value: AuthorSpec[K]) => string[] } = {
  container: (css) => [css],
  items: (css) => [css],
  name: (css) => (css ? [css] : []),
  given: (css) => (css ? [css] : []),
  family: (css) => (css ? [css] : []),
  affiliation: (css) => (css ? [css] : []),
  affiliationAttr: (spec) => (spec ? [spec.css] : []),
  // "+sup" means the element right after the item, matched against "sup".
  refs: (css) => (css ? [css.replace(/^\+/, '')] : []),
  affiliationList: (spec) => (spec ? [spec.items, spec.key] : []),
  orcid: (css) => (css ? [css] : []),
};

const keywordSelectors = (specs: readonly KeywordSpec[] | undefined): string[] =>
  (specs ?? []).flatMap((spec) => ('css' in spec ? [spec.css] : []));

/** Where each field of an adapter keeps selectors; like AUTHOR_SELECTORS, complete by type. */
const ADAPTER_SELECTORS: { [K in keyof Required<SiteAdapter>]: (value: SiteAdapter[K]) => string[] } = {
  name: () => [],
  urls: () => [],
  kind: () => [],
  titleNumberPrefix: () => [],
  detect: (selectors) => [...(selectors ?? [])],
  title: valueSelectors,
  authors: (spec) =>
    spec
      ? (Object.keys(spec) as (keyof AuthorSpec)[]).flatMap((key) =>
          (AUTHOR_SELECTORS[key] as (value: unknown) => string[])(spec[key]),
        )
      : [],
  journal: valueSelectors,
  journalAbbrev: valueSelectors,
  publisher: valueSelectors,
  citation: (citation) => valueSelectors(citation?.spec),
  date: valueSelectors,
  volume: valueSelectors,
  issue: valueSelectors,
  pages: valueSelectors,
  doi: valueSelectors,
  pmid: valueSelectors,
  pmcid: valueSelectors,
  nct: valueSelectors,
  abstract: (abstract) => [...(abstract?.css ?? [])],
  keywords: keywordSelectors,
  congress: (congress) =>
    [congress?.name, congress?.abstractNumber, congress?.session, congress?.presenter].flatMap(
      valueSelectors,
    ),
};

/** Every selector an adapter holds, in any field. */
function selectorsOf(adapter: SiteAdapter): string[] {
  return (Object.keys(adapter) as (keyof SiteAdapter)[]).flatMap((key) =>
    (ADAPTER_SELECTORS[key] as (value: unknown) => string[])(adapter[key]),
  );
}

describe('site adapters (the registry)', () => {
  const empty = documentOf('<html><head></head><body></body></html>');

  it('has unique names, addresses anchored at the scheme, and a kind for every site', () => {
    expect(new Set(SITE_ADAPTERS.map((adapter) => adapter.name)).size).toBe(SITE_ADAPTERS.length);
    for (const adapter of SITE_ADAPTERS) {
      expect(adapter.urls.length, adapter.name).toBeGreaterThan(0);
      for (const pattern of adapter.urls) expect(pattern.source, adapter.name).toMatch(/^\^https\?:/);
      expect(adapter.kind, adapter.name).toBeDefined();
    }
  });

  it('uses only selectors the DOM accepts, in every field of every adapter', () => {
    const all = SITE_ADAPTERS.flatMap((adapter) =>
      selectorsOf(adapter).map((selector) => ({ adapter, selector })),
    );
    expect(all.length).toBeGreaterThan(SITE_ADAPTERS.length);
    const invalid = all.filter(({ selector }) => {
      try {
        empty.querySelector(selector);
        return false;
      } catch {
        return true;
      }
    });
    expect(invalid.map(({ adapter, selector }) => `${adapter.name}: ${selector}`)).toEqual([]);
  });

  const base: SiteAdapter = {
    name: 'Broken',
    urls: [/^https?:\/\/broken\.example\//],
    kind: 'journal-article',
  };
  it.each<[string, Partial<SiteAdapter>, string]>([
    ['an author field', { authors: { container: 'body', items: 'p[' } }, 'p['],
    ['a keyword list', { keywords: [{ css: 'a::' }] }, 'a::'],
    [
      'a later alternative of a value',
      { doi: [{ label: ['DOI'] }, { css: '#doi[', attr: 'content' }] },
      '#doi[',
    ],
    ['a congress field', { congress: { session: 'p >' } }, 'p >'],
  ])(
    'finds an invalid selector in %s, and the reader fails on it rather than skipping it',
    (_field, fields, selector) => {
      const broken = { ...base, ...fields };
      expect(selectorsOf(broken)).toContain(selector);
      expect(() => readSite(empty, broken, new LabelIndex(empty.body, labelsOf(broken)))).toThrow();
    },
  );

  it('fails on an invalid detect selector rather than taking it for no match', () => {
    expect(() => findAdapter(empty, [], [{ ...base, urls: [], detect: ['h1['] }])).toThrow();
  });

  it('reads an empty page without failing', () => {
    for (const adapter of SITE_ADAPTERS) {
      const record = readSite(empty, adapter, new LabelIndex(empty.body, labelsOf(adapter)));
      expect(record.kind, adapter.name).toBe(adapter.kind);
      expect(record.title, adapter.name).toBeUndefined();
    }
  });

  it.each([
    ['https://meetings.asco.org/abstracts-presentations/245678', 'ASCO Meeting Library'],
    ['https://oncologypro.esmo.org/meeting-resources/esmo-congress-2024/some-abstract', 'ESMO OncologyPRO'],
    [
      'https://ashpublications.org/blood/article/144/Supplement%201/1876/512345/Title',
      'ASH (Blood meeting abstracts)',
    ],
    [
      'https://aacrjournals.org/cancerres/article/84/7_Supplement/CT045/742345/Title',
      'AACR (meeting abstracts in journal supplements)',
    ],
    [
      'https://diabetesjournals.org/diabetes/article/73/Supplement_1/1470-P/156789/Title',
      'ADA Scientific Sessions (Diabetes supplement)',
    ],
    ['https://library.ehaweb.org/eha/2024/eha2024-congress/420123/jane.doe.title.html', 'EHA Library'],
    ['https://europepmc.org/article/MED/38912345', 'Europe PMC (PubMed record)'],
    ['https://www.medrxiv.org/content/10.1101/2024.01.01.24300001v1', 'medRxiv'],
    ['https://classic.clinicaltrials.gov/ct2/show/NCT05123456', 'ClinicalTrials.gov (classic)'],
  ])('serves %s with %s', (url, name) => {
    expect(findAdapter(empty, [url], SITE_ADAPTERS)?.name).toBe(name);
  });

  it('recognises a saved copy by its markup when the address is elsewhere', () => {
    const doc = documentOf(
      '<head><meta name="ncbi_db" content="pubmed"></head><body><h1 class="heading-title">T</h1></body>',
    );
    expect(findAdapter(doc, ['http://127.0.0.1:4173/copy.html'], SITE_ADAPTERS)?.name).toBe('PubMed');
    expect(findAdapter(empty, ['http://127.0.0.1:4173/copy.html'], SITE_ADAPTERS)).toBeUndefined();
  });
});
