// The search index: ranking, prefix and folded matches, filters and paging, and the same answers after updates and snapshots.
import { describe, expect, it } from 'vitest';
import { IndexBuilder } from './index-builder';
import { fromSnapshot, isUsableSnapshot, toSnapshot } from './index-snapshot';
import { LibraryIndex } from './library-index';
import { queryIndex } from './query-index';
import {
  toSearchDocument,
  type SearchableNote,
  type SearchableHighlight,
  type SearchableSource,
} from './search-document';

let clock = 1_700_000_000_000;

function source(id: string, fields: Partial<SearchableSource> = {}): SearchableSource {
  clock += 60_000;
  return {
    id,
    kind: 'journal-article',
    title: `Untitled ${id}`,
    authors: [],
    nct: [],
    kolIds: [],
    areaIds: [],
    capturedAt: clock,
    ...fields,
  };
}

function indexOf(
  ...entries: (SearchableSource | [SearchableSource, SearchableNote[], SearchableHighlight[]])[]
): LibraryIndex {
  const index = new LibraryIndex();
  for (const entry of entries) {
    const [s, notes, highlights] = Array.isArray(entry) ? entry : [entry, [], []];
    index.add(toSearchDocument(s, notes, highlights));
  }
  return index;
}

function ids(index: LibraryIndex, query: string, filters = {}, limit = 50): string[] {
  return queryIndex(index, query, filters, { limit }).hits.map((hit) => hit.id);
}

describe('queryIndex', () => {
  const library = indexOf(
    source('abstract-only', {
      title: 'Checkpoint inhibitors in lung cancer',
      abstract: 'Pembrolizumab improved survival.',
    }),
    source('in-title', {
      title: 'Pembrolizumab versus chemotherapy for NSCLC',
      abstract: 'A phase 3 trial.',
    }),
    source('by-muller', {
      title: 'Biomarkers of response',
      authors: [{ name: 'Jürgen Müller' }],
      journal: 'The Lancet Oncology',
    }),
    source('registry', {
      title: 'KEYNOTE-189',
      kind: 'trial-registry',
      nct: ['NCT02578680'],
      abstract: { text: 'Anti-PD-1 therapy with pemetrexed.', sections: [] },
    }),
  );

  it('ranks a match in the title above one in the abstract', () => {
    expect(ids(library, 'pembrolizumab')).toEqual(['in-title', 'abstract-only']);
  });

  it('finds words by their beginning and says which word matched', () => {
    const result = queryIndex(library, 'pembro', {}, { limit: 10 });
    expect(result.hits.map((hit) => hit.id)).toEqual(['in-title', 'abstract-only']);
    expect(result.hits[0]?.terms).toEqual(['pembrolizumab']);
    expect(result.highlightTerms).toEqual(['pembro']);
  });

  it('ranks the whole word above longer words it begins', () => {
    const index = indexOf(
      source('longer', { title: 'Cancers of the head' }),
      source('exact', { title: 'Cancer of the head' }),
    );
    expect(ids(index, 'cancer')).toEqual(['exact', 'longer']);
  });

  it('folds diacritics both ways and ignores case', () => {
    expect(ids(library, 'muller')).toEqual(['by-muller']);
    expect(ids(library, 'MÜLLER')).toEqual(['by-muller']);
    expect(ids(indexOf(source('plain', { title: 'Muller cells' })), 'müller')).toEqual(['plain']);
  });

  it('needs every word of the query, in any field', () => {
    expect(ids(library, 'muller lancet')).toEqual(['by-muller']);
    expect(ids(library, 'muller pembrolizumab')).toEqual([]);
  });

  it('matches hyphenated compounds written either way, identifiers and structured abstracts', () => {
    expect(ids(library, 'PD-1')).toEqual(['registry']);
    expect(ids(library, 'pd1')).toEqual(['registry']);
    expect(ids(library, 'keynote 189')).toEqual(['registry']);
    expect(ids(library, 'NCT02578680')).toEqual(['registry']);
    expect(ids(library, 'pemetrexed')).toEqual(['registry']);
  });

  it('finds keywords, congress names and abstract numbers, PMC ids', () => {
    const index = indexOf(
      source('c', {
        title: 'Late-breaking abstract',
        kind: 'congress-abstract',
        keywords: ['Immunotherapy', 'MeSH: Lung Neoplasms'],
        congress: { name: 'ESMO Congress 2024', abstractNumber: 'LBA4' },
        pmcid: 'PMC3531190',
      }),
    );
    expect(ids(index, 'neoplasms')).toEqual(['c']);
    expect(ids(index, 'esmo 2024')).toEqual(['c']);
    expect(ids(index, 'lba4')).toEqual(['c']);
    expect(ids(index, 'PMC3531190')).toEqual(['c']);
  });

  it('finds nothing for stopwords alone, and every source for an empty query, newest first', () => {
    expect(queryIndex(library, 'the of', {}, { limit: 10 }).total).toBe(0);
    expect(ids(library, '  ')).toEqual(['registry', 'by-muller', 'in-title', 'abstract-only']);
  });

  it('finds words in notes and in highlights', () => {
    const index = indexOf(
      [
        source('noted'),
        [{ id: 'n1', sourceId: 'noted', text: 'Ask Dr Lee about the biosimilar switch' }],
        [],
      ],
      [
        source('quoted'),
        [],
        [{ id: 'h1', sourceId: 'quoted', exact: 'hepatotoxicity was rare', note: 'good for the FAQ' }],
      ],
    );
    expect(ids(index, 'biosimilar')).toEqual(['noted']);
    expect(ids(index, 'hepatotox')).toEqual(['quoted']);
    expect(ids(index, 'faq')).toEqual(['quoted']);
  });

  it('filters by KOL, area, kind, capture dates and notes', () => {
    const a = source('a', { title: 'Asthma biologics', kolIds: ['k1'], areaIds: ['resp'], capturedAt: 1000 });
    const b = source('b', {
      title: 'Asthma in children',
      kind: 'pubmed-abstract',
      areaIds: ['resp', 'peds'],
      capturedAt: 2000,
    });
    const c = source('c', { title: 'Asthma and obesity', kolIds: ['k2'], capturedAt: 3000 });
    const index = indexOf(a, b, [c, [{ id: 'n', sourceId: 'c', text: 'follow up' }], []]);
    expect(ids(index, 'asthma', { kolIds: ['k1', 'k2'] })).toEqual(['c', 'a']);
    expect(ids(index, 'asthma', { areaIds: ['peds'] })).toEqual(['b']);
    expect(ids(index, 'asthma', { kinds: ['pubmed-abstract'] })).toEqual(['b']);
    expect(ids(index, 'asthma', { capturedFrom: 2000, capturedBefore: 3000 })).toEqual(['b']);
    expect(ids(index, 'asthma', { hasNotes: true })).toEqual(['c']);
    expect(ids(index, 'asthma', { hasNotes: false })).toEqual(['b', 'a']);
    expect(ids(index, '', { kolIds: ['k1'], areaIds: ['resp'] })).toEqual(['a']);
  });

  it('orders equal scores newest first and pages through the total', () => {
    const index = indexOf(
      ...Array.from({ length: 7 }, (_, i) => source(`s${i}`, { title: 'Sepsis bundle' })),
    );
    const first = queryIndex(index, 'sepsis', {}, { limit: 3 });
    const second = queryIndex(index, 'sepsis', {}, { limit: 3, offset: 3 });
    expect(first.total).toBe(7);
    expect(first.hits.map((hit) => hit.id)).toEqual(['s6', 's5', 's4']);
    expect(second.hits.map((hit) => hit.id)).toEqual(['s3', 's2', 's1']);
  });

  it('reflects adds, updates and removals at once', () => {
    const index = indexOf(source('x', { title: 'Gout flares' }));
    index.add(toSearchDocument(source('y', { title: 'Gout and colchicine' }), [], []));
    expect(ids(index, 'gout').sort()).toEqual(['x', 'y']);
    index.add(toSearchDocument(source('x', { title: 'Psoriasis' }), [], []));
    expect(ids(index, 'gout')).toEqual(['y']);
    expect(ids(index, 'psoriasis')).toEqual(['x']);
    expect(index.remove('y')).toBe(true);
    expect(ids(index, 'gout')).toEqual([]);
    expect(index.size).toBe(1);
  });

  it('answers the same after compaction and after a snapshot round trip', () => {
    const index = indexOf(
      ...Array.from({ length: 30 }, (_, i) =>
        source(`s${i}`, { title: `Lupus nephritis ${i % 3 ? 'renal' : 'skin'}`, kolIds: [`k${i % 4}`] }),
      ),
    );
    for (let i = 0; i < 30; i += 2) index.remove(`s${i}`);
    // Scores shift a little once removed documents stop counting towards rarity; the ranking does not.
    const ranking = (i: LibraryIndex) =>
      queryIndex(i, 'lupus ren', { kolIds: ['k1'] }, { limit: 50 }).hits.map(({ id, terms }) => ({
        id,
        terms,
      }));
    const before = ranking(index);
    expect(before).toHaveLength(6);
    const snapshot = toSnapshot(index);
    expect(index.docs.length).toBe(15);
    const compacted = queryIndex(index, 'lupus ren', { kolIds: ['k1'] }, { limit: 50 });
    expect(ranking(index)).toEqual(before);
    expect(isUsableSnapshot(snapshot)).toBe(true);
    expect(isUsableSnapshot({ ...snapshot, format: 0 })).toBe(false);
    const restored = fromSnapshot(structuredClone(snapshot));
    expect(queryIndex(restored, 'lupus ren', { kolIds: ['k1'] }, { limit: 50 })).toEqual(compacted);
    restored.add(toSearchDocument(source('new', { title: 'Lupus renal flare', kolIds: ['k1'] }), [], []));
    expect(ids(restored, 'lupus ren', { kolIds: ['k1'] })[0]).toBe('new');
  });

  it('answers the same from a bulk-built index, with later additions and removals, before and after compaction', () => {
    const sources = Array.from({ length: 40 }, (_, i) =>
      source(`b${i}`, {
        title: `${i % 2 ? 'Migraine' : 'Cluster headache'} prevention ${i}`,
        areaIds: [`a${i % 3}`],
      }),
    );
    const added = indexOf(...sources);
    const builder = new IndexBuilder();
    for (const s of sources) builder.add(toSearchDocument(s, [], []));
    builder.add(toSearchDocument(sources[0] as SearchableSource, [], []));
    const built = builder.finish();
    const ranking = (i: LibraryIndex, q: string) =>
      queryIndex(i, q, { areaIds: ['a1'] }, { limit: 50 }).hits.map((hit) => hit.id);
    expect(built.size).toBe(40);
    expect(ranking(built, 'migr prev')).toEqual(ranking(added, 'migr prev'));
    const later = source('late', { title: 'Migraine prevention with gepants', areaIds: ['a1'] });
    for (const i of [added, built]) {
      i.add(toSearchDocument(later, [], []));
      i.remove('b1');
      i.remove('b7');
    }
    expect(ranking(built, 'migr prev')).toEqual(ranking(added, 'migr prev'));
    expect(ranking(built, 'migr prev')[0]).toBe('late');
    built.compact();
    expect(built.isPacked).toBe(true);
    expect(ranking(built, 'migr prev')).toEqual(ranking(added, 'migr prev'));
    expect(ranking(built, 'gepants')).toEqual(['late']);
  });
});
