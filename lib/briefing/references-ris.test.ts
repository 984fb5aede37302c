// RIS export: parsed back with astrocite-ris and compared with the works, plus a byte-for-byte golden file.
// Golden: tests/fixtures/briefing/golden/references.ris. After an intended change, regenerate it with
//   UPDATE_GOLDEN=1 npx vitest run lib/briefing/references-ris.test.ts
// and read the file (and its diff) before committing it.
import { AST, parse } from 'astrocite-ris';
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
import type { BriefingReference, CitedWork } from './model';
import { renderRis } from './references-ris';

/** The sample knowledge base's pack (the golden file) and the hand-made works with their edge cases. */
const SAMPLE_REFERENCES = buildBriefing(SAMPLE_BRIEFING_DATA, SAMPLE_BRIEFING_REQUEST, SAMPLE_NOW).references;
const REFERENCE_SETS: Array<[string, BriefingReference[]]> = [
  ['hand-made works', exportReferences()],
  ['sample knowledge base', SAMPLE_REFERENCES],
];

it('renderRis matches the golden file of the sample knowledge base byte for byte', () => {
  expectGoldenFile('references.ris', renderRis(SAMPLE_REFERENCES));
});

describe.each(REFERENCE_SETS)('renderRis on the %s', (_name, references) => {
  const ris = renderRis(references);
  const works = references.map((reference) => reference.work);

  it('writes one record per work, TY first and ER last, with CRLF line endings only', () => {
    const records = ris.split('\r\n\r\n');
    expect(records).toHaveLength(works.length);
    for (const record of records) {
      const lines = record.replace(/\r\n$/, '').split('\r\n');
      expect(lines[0]).toMatch(/^TY {2}- [A-Z]+$/);
      expect(lines.at(-1)).toBe('ER  - ');
      for (const line of lines) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}- /);
    }
    expect(ris.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(ris.endsWith('ER  - \r\n')).toBe(true);
  });

  it('reads back field by field: authors in order, title, journal, year, volume, issue, pages, DOI', () => {
    const items = parse(ris);
    expect(items).toHaveLength(works.length);
    works.forEach((work, i) => {
      const item = items[i] as Record<string, unknown> & { author?: ParsedName[] };
      expect(
        (item.author ?? []).map((name, j) => readBackName(name, work.authors[j]!)),
        work.sourceId,
      ).toEqual(work.authors.map(expectedName));
      expect(item.title).toBe(work.title);
      expect(item['container-title']).toBe(
        work.journal ?? work.congress?.name ?? (work.kind === 'preprint' ? work.publisher : undefined),
      );
      expect(item.journalAbbreviation).toBe(work.journalAbbrev);
      expect((item.issued as { 'date-parts': string[][] } | undefined)?.['date-parts'][0]?.[0]).toBe(
        work.year === undefined ? undefined : String(work.year),
      );
      expect(item.volume).toBe(work.volume);
      expect(item.issue).toBe(work.issue);
      expect(item.page).toBe(work.pages?.replace(/\s*[\u2010-\u2015]\s*/, '-'));
      expect(item.DOI).toBe(work.doi);
      expect(item.URL).toBe(work.url);
    });
  });
});

describe('renderRis', () => {
  const ris = renderRis(exportReferences());

  it('types each kind as reference managers expect', () => {
    const types = AST.parse(ris).children.map((entry) => entry.type);
    expect(types).toEqual(['JOUR', 'CONF', 'ELEC', 'JOUR', 'ELEC', 'JOUR']);
  });

  it('carries the PubMed ids, the access date, keywords and the trial ids', () => {
    const records = AST.parse(ris).children.map((entry) =>
      entry.properties.map((p) => `${p.key}=${p.value}`),
    );
    expect(records[0]).toEqual(
      expect.arrayContaining([
        'AN=38123456',
        'DB=PubMed',
        'Y2=2025/01/08/',
        'KW=HER2-low',
        'N1=ClinicalTrials.gov: NCT04123456',
        'DA=2024/03/01/',
      ]),
    );
    expect(records[1]).toEqual(
      expect.arrayContaining(['C3=2024 ASCO Annual Meeting', 'N1=Abstract LBA1012']),
    );
    expect(records[5]).toEqual(expect.arrayContaining(['AN=37000001', 'C2=PMC10000001']));
    expect(parse(ris)[5]).toMatchObject({ PMCID: 'PMC10000001' });
  });

  it('splits a page range at a dash and writes an abbreviated end in full', () => {
    const work: CitedWork = { ...EXPORT_WORKS[0]!, pages: '1823–33' };
    const text = renderRis([{ number: 1, work, ama: [] }]);
    expect(text).toContain('SP  - 1823\r\nEP  - 1833\r\n');
  });

  it('writes nothing for an empty list', () => {
    expect(renderRis([])).toBe('');
  });
});
