// BibTeX export: parsed back with astrocite-bibtex and compared with the works; keys; escaping; a golden file.
// Golden: tests/fixtures/briefing/golden/references.bib. After an intended change, regenerate it with
//   UPDATE_GOLDEN=1 npx vitest run lib/briefing/references-bibtex.test.ts
// and read the file (and its diff) before committing it.
import { AST, parse, type Entry } from 'astrocite-bibtex';
import { describe, expect, it } from 'vitest';
import { EXPORT_WORKS, exportReferences } from '../../tests/fixtures/briefing/exports-model';
import {
  SAMPLE_BRIEFING_DATA,
  SAMPLE_BRIEFING_REQUEST,
  SAMPLE_NOW,
} from '../../tests/fixtures/briefing/sample-knowledge-base';
import { buildBriefing } from './build-briefing';
import { expectGoldenFile } from '../../tests/fixtures/briefing/golden-file';
import { expectedName, readBackName, type ParsedName } from '../../tests/fixtures/briefing/parsed-names';
import { assignCitationKeys } from './citation-keys';
import type { BriefingReference, CitedWork } from './model';
import { escapeLatex, renderBibtex } from './references-bibtex';

const entries = (bib: string): Entry[] =>
  AST.parse(bib).children.filter((node): node is Entry => node.kind === 'Entry');

/** The sample knowledge base's pack (the golden file) and the hand-made works with their edge cases. */
const SAMPLE_REFERENCES = buildBriefing(SAMPLE_BRIEFING_DATA, SAMPLE_BRIEFING_REQUEST, SAMPLE_NOW).references;
const REFERENCE_SETS: Array<[string, BriefingReference[]]> = [
  ['hand-made works', exportReferences()],
  ['sample knowledge base', SAMPLE_REFERENCES],
];
const MISC_KINDS = new Set(['preprint', 'trial-registry', 'web-page', 'bookmark']);

it('renderBibtex matches the golden file of the sample knowledge base byte for byte', () => {
  expectGoldenFile('references.bib', renderBibtex(SAMPLE_REFERENCES));
});

describe.each(REFERENCE_SETS)('renderBibtex on the %s', (_name, references) => {
  const bib = renderBibtex(references);
  const works = references.map((reference) => reference.work);

  it('reads back field by field: authors in order, title, journal, year, volume, issue, pages, DOI', () => {
    const items = parse(bib) as Array<Record<string, unknown> & { author?: ParsedName[] }>;
    expect(items).toHaveLength(works.length);
    works.forEach((work, i) => {
      const item = items[i]!;
      expect(
        (item.author ?? []).map((name, j) => readBackName(name, work.authors[j]!)),
        work.sourceId,
      ).toEqual(work.authors.map(expectedName));
      expect(item.title).toBe(work.title);
      // @inproceedings: the congress is the booktitle; @misc carries no journal.
      const container =
        work.kind === 'congress-abstract'
          ? work.congress?.name
          : MISC_KINDS.has(work.kind)
            ? undefined
            : work.journal;
      expect(item['container-title'], work.sourceId).toBe(container);
      expect((item.issued as { 'date-parts': unknown[][] } | undefined)?.['date-parts'][0]?.[0]).toBe(
        work.year === undefined ? undefined : String(work.year),
      );
      expect(item.volume).toBe(work.volume);
      expect(item.issue).toBe(work.issue);
      // astrocite reads BibTeX's "--" as the en dash it prints.
      expect((item.page as string | undefined)?.replace('\u2013', '-')).toBe(
        work.pages?.replace(/\s*[\u2010-\u2015]\s*/, '-'),
      );
      expect(item.DOI).toBe(work.doi);
      expect(item.PMID).toBe(work.pmid);
      expect(item.URL).toBe(work.url);
    });
  });

  it('gives every entry a unique key of lower-case ASCII letters and digits', () => {
    const keys = entries(bib).map((entry) => entry.id);
    expect(new Set(keys).size).toBe(works.length);
    for (const key of keys) expect(key).toMatch(/^[a-z][a-z0-9]*$/);
  });
});

describe('renderBibtex', () => {
  const bib = renderBibtex(exportReferences());

  it('writes one entry per work with the entry type of its kind', () => {
    expect(entries(bib).map((entry) => entry.type)).toEqual([
      'article',
      'inproceedings',
      'misc',
      'misc',
      'misc',
      'article',
    ]);
  });

  it('keeps non-ASCII names and titles as UTF-8 and says so', () => {
    expect(bib.startsWith('% Encoding: UTF-8\n')).toBe(true);
    expect(bib).toContain('author = {Müller, Anja and García-López, José');
    expect(bib).toContain('Nguyễn, Thị Hoa');
  });

  it('braces group authors whole and escapes their special characters', () => {
    expect(bib).toContain('author = {{Example Oncology R\\&D Inc.}}');
    expect(bib).toContain('author = {{HER2-low Testing Working Group} and Tanaka, Hiroshi}');
  });

  it('writes the month as a macro and the issue as number', () => {
    const first = entries(bib)[0]!;
    const month = first.properties.find((property) => property.key === 'month');
    expect(month?.value).toEqual([expect.objectContaining({ kind: 'String', value: 'mar' })]);
    expect(bib).toContain('  number = {16\\_suppl},\n');
  });
});

describe('assignCitationKeys', () => {
  it('makes family + year + first title word keys, lower-case ASCII, suffixed a/b when they collide', () => {
    expect(assignCitationKeys(EXPORT_WORKS)).toEqual([
      'muller2024adjuvanta',
      'okafor2024overall',
      'example2023study',
      'muller2024adjuvantb',
      'european2024living',
      'her22023consensus',
    ]);
  });

  it('stays unique for many works sharing a key, and never collides with an existing suffixed key', () => {
    const work = EXPORT_WORKS[0]!;
    const works: CitedWork[] = [
      ...Array.from({ length: 30 }, () => work),
      { ...work, title: 'Adjuvanta therapy' },
    ];
    const keys = assignCitationKeys(works);
    expect(new Set(keys).size).toBe(keys.length);
    // The lone "Adjuvanta therapy" keeps its own key, so the shared ones skip the "a" it holds: b, c, ..., z, aa.
    expect(keys[30]).toBe('muller2024adjuvanta');
    expect(keys[0]).toBe('muller2024adjuvantb');
    expect(keys[25]).toBe('muller2024adjuvantaa');
    for (const key of keys) expect(key).toMatch(/^[a-z][a-z0-9]*$/);
  });

  it('falls back to a ref prefix when there is no author and the title starts with a digit', () => {
    expect(
      assignCitationKeys([{ ...EXPORT_WORKS[0]!, authors: [], year: undefined, title: '2024 update' }]),
    ).toEqual(['ref2024']);
  });

  it('spells out letters that have no accent to drop, as every other match in Liaison folds them', () => {
    const work = (family: string, title: string): CitedWork => ({
      ...EXPORT_WORKS[0]!,
      authors: [{ family, given: 'A', literal: `${family} A` }],
      year: 2024,
      title,
    });
    expect(
      assignCitationKeys([work('Jørgensen', 'Ørsted'), work('Işık', 'Łódź'), work('Đặng', 'Straße')]),
    ).toEqual(['jorgensen2024orsted', 'isik2024lodz', 'dang2024strasse']);
  });
});

describe('escapeLatex', () => {
  it('turns every LaTeX-special character into a command that prints it', () => {
    expect(escapeLatex('\\ { } $ & % # _ ^ ~ < > |')).toBe(
      '\\textbackslash{} \\textbraceleft{} \\textbraceright{} \\$ \\& \\% \\# \\_ \\textasciicircum{} \\textasciitilde{} \\textless{} \\textgreater{} \\textbar{}',
    );
  });

  it('puts text on one line and keeps Unicode', () => {
    expect(escapeLatex('  Ünïcödé\r\nline\u2028two\tend  ')).toBe('Ünïcödé line two end');
  });
});
