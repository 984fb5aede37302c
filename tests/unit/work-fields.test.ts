// The field tables of lib/work-model.ts are the one definition of a work: every field reaches the merge of
// extraction layers, the stored source, the backup schema and the citation; and a new field needs two edits.
import { JSDOM, VirtualConsole } from 'jsdom';
import * as v from 'valibot';
import { describe, expect, expectTypeOf, it, vi } from 'vitest';
import { RECORD_SCHEMAS } from '../../lib/backup/record-schemas';
import { citedWorkFromSource } from '../../lib/briefing/cited-work';
import type { CitedWork } from '../../lib/briefing/model';
import { extractMetadata } from '../../lib/extract';
import { META_MAPPINGS } from '../../lib/extract/meta-mappings';
import { mergeLayers, type WorkRecord } from '../../lib/extract/work-record';
import type { ExtractedPage, Source } from '../../lib/model';
import { toSourceFields } from '../../lib/repo/source-record';
import {
  CLIPPED_FIELDS,
  fieldEntries,
  PAGE_FIELDS,
  WORK_FIELDS,
  type ClippedPage,
  type FieldSpec,
  type FieldTable,
  type FieldType,
  type FieldValueTypes,
  type Work,
} from '../../lib/work-model';

/** A value of each type that every cleaner keeps as it is (lower case, short, trimmed). */
const SAMPLE_OF_TYPE: { [T in FieldType]: (field: string) => FieldValueTypes[T] } = {
  kind: () => 'preprint',
  line: (field) => `v-${field.toLowerCase()}`.slice(0, 20),
  text: (field) => `Some ${field} text.`,
  html: () => '<p>Article</p>',
  year: () => 2024,
  list: (field) => [`${field}-1`.slice(0, 20), `${field}-2`.slice(0, 20)],
  authors: () => [{ name: 'Ada Lovelace', family: 'Lovelace', given: 'Ada', affiliations: ['Analytical'] }],
  abstract: () => ({
    text: 'Background text.',
    sections: [{ label: 'Background', text: 'Background text.' }],
  }),
  congress: () => ({ name: 'ASCO Annual Meeting', year: 2024, abstractNumber: 'LBA1' }),
  fieldSources: () => ({ title: 'citation', doi: 'url' }),
};

/** Fields whose values have a form of their own: identifiers pass their normalisers, a date is read as a date. */
const FORMS: Record<string, string> = {
  doi: '10.1234/abc.5',
  pmid: '123456',
  pmcid: 'PMC12345',
  arxiv: '1706.03762',
  published: '2024-05',
};

function sampleOf(field: string, spec: FieldSpec): unknown {
  return FORMS[field] ?? (SAMPLE_OF_TYPE[spec.type] as (field: string) => unknown)(field);
}

/** A clipped page with every field of both tables set to its sample. */
const FULL_PAGE = Object.fromEntries(
  fieldEntries(CLIPPED_FIELDS).map(([field, spec]) => [field, sampleOf(field, spec)]),
) as unknown as ClippedPage;

const FULL_SOURCE: Source = {
  ...FULL_PAGE,
  id: 's1',
  kolIds: ['k1'],
  areaIds: [],
  capturedAt: Date.UTC(2025, 0, 2),
  updatedAt: Date.UTC(2025, 0, 3),
};

describe('the work field tables', () => {
  it('cover every field of a clipped page once, work and page apart', () => {
    const work = Object.keys(WORK_FIELDS);
    const page = Object.keys(PAGE_FIELDS);
    expect(work.filter((field) => page.includes(field))).toEqual([]);
    expect(Object.keys(CLIPPED_FIELDS).sort()).toEqual([...work, ...page].sort());
    expect(work).toEqual(expect.arrayContaining(['kind', 'title', 'authors', 'doi', 'abstract', 'congress']));
  });

  it.each(fieldEntries(CLIPPED_FIELDS))('stores %s as the page gave it', (field) => {
    const stored = toSourceFields({ ...FULL_PAGE, hasArticle: true, warnings: [] } satisfies ExtractedPage);
    expect(stored[field]).toEqual(FULL_PAGE[field]);
  });

  it.each(fieldEntries(CLIPPED_FIELDS))('bounds %s when it is stored', (field, spec) => {
    if (!('max' in spec)) return;
    const long = 'x'.repeat(spec.max + 10);
    const value = spec.type === 'list' ? [long] : long;
    const page = { ...FULL_PAGE, [field]: value, hasArticle: true, warnings: [] } as ExtractedPage;
    const stored: unknown = toSourceFields(page)[field];
    expect(stored).toEqual(spec.type === 'list' ? ['x'.repeat(spec.max)] : 'x'.repeat(spec.max));
  });

  it.each(fieldEntries(CLIPPED_FIELDS))(
    'backs up %s: kept on import, absent only when optional',
    (field, spec) => {
      const schema = RECORD_SCHEMAS.sources;
      expect(v.parse(schema, FULL_SOURCE)[field]).toEqual(FULL_SOURCE[field]);
      const without: Record<string, unknown> = { ...FULL_SOURCE };
      delete without[field];
      expect(v.safeParse(schema, without).success).toBe(!spec.required);
    },
  );

  it.each(fieldEntries<Work>(WORK_FIELDS).filter(([field]) => field !== 'fieldSources'))(
    'cites %s',
    (field) => {
      const cited: Record<string, unknown> = { ...citedWorkFromSource(FULL_SOURCE) };
      expect(cited[field]).toBeDefined();
      if (!['authors', 'abstract'].includes(field)) expect(cited[field]).toEqual(FULL_SOURCE[field]);
    },
  );

  it('leaves where fields came from out of a citation', () => {
    expect(citedWorkFromSource(FULL_SOURCE)).not.toHaveProperty('fieldSources');
  });

  it.each(
    fieldEntries<Work>(WORK_FIELDS).filter(
      ([field]) => !['year', 'published', 'congress', 'fieldSources'].includes(field),
    ),
  )('merges %s from the most specific layer that has it, and says which', (field, spec) => {
    const value = sampleOf(field, spec);
    const other = spec.type === 'kind' ? 'bookmark' : sampleOf(`other-${field}`, spec);
    const { record, sources } = mergeLayers([
      { source: 'og', record: { [field]: other } as WorkRecord },
      { source: 'citation', record: { [field]: value } as WorkRecord },
    ]);
    expect((record as Record<string, unknown>)[field]).toEqual(value);
    expect(sources[field as keyof typeof sources]).toBe('citation');
  });

  it('reads every mapped one-line field of the work from its meta tag', () => {
    const lines = fieldEntries<Work>(WORK_FIELDS).filter(
      ([field, spec]) => spec.type === 'line' && field !== 'title',
    );
    const mapped = lines.flatMap(([field, spec]) => {
      const tag = META_MAPPINGS.find(([, target]) => target === field)?.[0];
      return tag ? [{ field, tag, value: sampleOf(field, spec) }] : [];
    });
    expect(mapped.map((m) => m.field)).toEqual(expect.arrayContaining(['journal', 'doi', 'arxiv', 'volume']));
    const head = mapped.map(({ tag, value }) => `<meta name="${tag}" content="${value}">`).join('');
    const doc = new JSDOM(`<html><head>${head}</head><body></body></html>`, {
      url: 'https://example.org/a',
      virtualConsole: new VirtualConsole(),
    }).window.document;
    const page = extractMetadata(doc, 'https://example.org/a');
    for (const { field, value } of mapped) expect([field, page[field]]).toEqual([field, value]);
  });
});

describe('adding a bibliographic field (the walk-through in the README)', () => {
  it('needs only its row in the table once the interface has it: the compiler asks for nothing else', () => {
    interface WorkWithIsbn extends Work {
      isbn?: string;
    }
    const table = {
      ...WORK_FIELDS,
      isbn: { type: 'line', max: 20 },
    } as const satisfies FieldTable<WorkWithIsbn>;
    expectTypeOf(table.isbn).toMatchTypeOf<FieldSpec<'line'>>();
    // @ts-expect-error a field without its row does not compile
    const missing: FieldTable<WorkWithIsbn> = WORK_FIELDS;
    // @ts-expect-error nor does a row whose type cannot hold the field's values
    const wrong: FieldTable<WorkWithIsbn> = { ...WORK_FIELDS, isbn: { type: 'year' } };
    expect([missing, wrong]).toHaveLength(2);
    // Whatever the table holds, a source, a page and a citation are works: they extend it, never list its fields.
    expectTypeOf<Source>().toMatchTypeOf<Work>();
    expectTypeOf<ExtractedPage>().toMatchTypeOf<Work>();
    expectTypeOf<CitedWork>().toMatchTypeOf<
      Omit<Work, 'authors' | 'abstract' | 'keywords' | 'fieldSources'>
    >();
  });

  it('reaches extraction, storage, backup and citations from a row in each of two files', async () => {
    vi.resetModules();
    // Edit 1, lib/work-model.ts: `isbn?: string` in Work and its row in WORK_FIELDS (CLIPPED_FIELDS follows).
    vi.doMock('../../lib/work-model', async (importOriginal) => {
      const real = await importOriginal<typeof import('../../lib/work-model')>();
      const WORK_FIELDS = { ...real.WORK_FIELDS, isbn: { type: 'line', max: 20 } };
      return { ...real, WORK_FIELDS, CLIPPED_FIELDS: { ...real.PAGE_FIELDS, ...WORK_FIELDS } };
    });
    // Edit 2, lib/extract/meta-mappings.ts: `'isbn'` in MetaField and one row of META_MAPPINGS.
    vi.doMock('../../lib/extract/meta-mappings', async (importOriginal) => {
      const real = await importOriginal<typeof import('../../lib/extract/meta-mappings')>();
      return { ...real, META_MAPPINGS: [...real.META_MAPPINGS, ['citation_isbn', 'isbn']] };
    });
    const { extractPage } = await import('../../lib/extract');
    const { toSourceFields: store } = await import('../../lib/repo/source-record');
    const { RECORD_SCHEMAS: schemas } = await import('../../lib/backup/record-schemas');
    const { citedWorkFromSource: cite } = await import('../../lib/briefing/cited-work');
    vi.doUnmock('../../lib/work-model');
    vi.doUnmock('../../lib/extract/meta-mappings');
    vi.resetModules();

    const html = `<html><head><meta name="citation_title" content="A book">
      <meta name="citation_isbn" content=" 978-0-12-345678-9 "></head><body><p>Text.</p></body></html>`;
    const doc = new JSDOM(html, { url: 'https://example.org/b', virtualConsole: new VirtualConsole() }).window
      .document;
    const page = extractPage(doc, 'https://example.org/b') as ExtractedPage & { isbn?: string };
    expect(page.isbn).toBe('978-0-12-345678-9');
    expect(page.fieldSources).toMatchObject({ isbn: 'citation' });
    const stored = store(page) as ClippedPage & { isbn?: string };
    expect(stored.isbn).toBe('978-0-12-345678-9');
    const source = { ...stored, id: 's', kolIds: [], areaIds: [], capturedAt: 0, updatedAt: 0 };
    expect(v.parse(schemas.sources, source)).toMatchObject({ isbn: '978-0-12-345678-9' });
    expect(cite(source)).toMatchObject({ isbn: '978-0-12-345678-9' });
    // Without the edits, the same page keeps nothing of it: the edits are what carried it.
    expect(RECORD_SCHEMAS.sources.entries).not.toHaveProperty('isbn');
  });
});
