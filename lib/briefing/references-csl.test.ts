// CSL-JSON export: checked against the CSL data schema's rules (written here by hand from the CSL 1.0.2
// specification), compared with the works, and a golden file.
// Golden: tests/fixtures/briefing/golden/references.json. After an intended change, regenerate it with
//   UPDATE_GOLDEN=1 npx vitest run lib/briefing/references-csl.test.ts
// and read the file (and its diff) before committing it.
import { describe, expect, it } from 'vitest';
import { EXPORT_WORKS, exportReferences } from '../../tests/fixtures/briefing/exports-model';
import {
  SAMPLE_BRIEFING_DATA,
  SAMPLE_BRIEFING_REQUEST,
  SAMPLE_NOW,
} from '../../tests/fixtures/briefing/sample-knowledge-base';
import { buildBriefing } from './build-briefing';
import type { BriefingReference } from './model';
import { expectGoldenFile } from '../../tests/fixtures/briefing/golden-file';
import { assignCitationKeys } from './citation-keys';
import { renderCslJson } from './references-csl';

/** The item types of CSL 1.0.2. */
const CSL_TYPES = new Set([
  'article',
  'article-journal',
  'article-magazine',
  'article-newspaper',
  'bill',
  'book',
  'broadcast',
  'chapter',
  'classic',
  'collection',
  'dataset',
  'document',
  'entry',
  'entry-dictionary',
  'entry-encyclopedia',
  'event',
  'figure',
  'graphic',
  'hearing',
  'interview',
  'legal_case',
  'legislation',
  'manuscript',
  'map',
  'motion_picture',
  'musical_score',
  'pamphlet',
  'paper-conference',
  'patent',
  'performance',
  'periodical',
  'personal_communication',
  'post',
  'post-weblog',
  'regulation',
  'report',
  'review',
  'review-book',
  'software',
  'song',
  'speech',
  'standard',
  'thesis',
  'treaty',
  'webpage',
]);

/** Name and date variables this export may write; every other variable it writes is a string variable. */
const NAME_VARIABLES = new Set([
  'author',
  'editor',
  'translator',
  'container-author',
  'collection-editor',
  'reviewed-author',
]);
const DATE_VARIABLES = new Set([
  'issued',
  'accessed',
  'event-date',
  'original-date',
  'submitted',
  'available-date',
]);
const STRING_VARIABLES = new Set([
  'title',
  'container-title',
  'container-title-short',
  'event-title',
  'publisher',
  'publisher-place',
  'volume',
  'issue',
  'page',
  'DOI',
  'PMID',
  'PMCID',
  'URL',
  'keyword',
  'abstract',
  'note',
  'number',
  'genre',
  'medium',
  'source',
  'language',
]);
const NAME_PARTS = new Set([
  'family',
  'given',
  'literal',
  'dropping-particle',
  'non-dropping-particle',
  'suffix',
]);

/** What is wrong with one item under the CSL data schema's rules; empty when nothing. */
function schemaProblems(item: unknown): string[] {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) return ['not an object'];
  const record = item as Record<string, unknown>;
  const problems: string[] = [];
  if (typeof record.id !== 'string' && typeof record.id !== 'number')
    problems.push('id missing or not a string or number');
  if (typeof record.type !== 'string' || !CSL_TYPES.has(record.type))
    problems.push(`type ${String(record.type)} is not a CSL type`);
  for (const [name, value] of Object.entries(record)) {
    if (name === 'id' || name === 'type') continue;
    if (NAME_VARIABLES.has(name)) {
      const names = Array.isArray(value) ? value : [];
      if (!Array.isArray(value) || names.length === 0) problems.push(`${name} is not a non-empty array`);
      for (const person of names) {
        const parts = typeof person === 'object' && person !== null ? Object.entries(person as object) : [];
        if (parts.length === 0) problems.push(`${name} holds a non-object`);
        for (const [part, text] of parts)
          if (!NAME_PARTS.has(part) || typeof text !== 'string' || text === '')
            problems.push(`${name}.${part} is not a name part`);
        const keys = parts.map(([part]) => part);
        if (!keys.includes('literal') && !keys.includes('family'))
          problems.push(`${name} has neither family nor literal`);
        if (keys.includes('literal') && keys.length > 1)
          problems.push(`${name} mixes literal with split parts`);
      }
    } else if (DATE_VARIABLES.has(name)) {
      const parts = (value as { 'date-parts'?: unknown })['date-parts'];
      const valid =
        Array.isArray(parts) &&
        parts.length >= 1 &&
        parts.length <= 2 &&
        parts.every(
          (date) =>
            Array.isArray(date) &&
            date.length >= 1 &&
            date.length <= 3 &&
            date.every((n) => Number.isInteger(n)),
        );
      if (!valid || Object.keys(value as object).length !== 1)
        problems.push(`${name} is not { "date-parts": [[integers]] }`);
    } else if (!STRING_VARIABLES.has(name)) {
      problems.push(`${name} is not a CSL variable`);
    } else if (typeof value !== 'string' || value === '') {
      problems.push(`${name} is not a non-empty string`);
    }
  }
  return problems;
}

/** The sample knowledge base's pack (the golden file) and the hand-made works with their edge cases. */
const SAMPLE_REFERENCES = buildBriefing(SAMPLE_BRIEFING_DATA, SAMPLE_BRIEFING_REQUEST, SAMPLE_NOW).references;
const REFERENCE_SETS: Array<[string, BriefingReference[]]> = [
  ['hand-made works', exportReferences()],
  ['sample knowledge base', SAMPLE_REFERENCES],
];

it('renderCslJson matches the golden file of the sample knowledge base byte for byte', () => {
  expectGoldenFile('references.json', renderCslJson(SAMPLE_REFERENCES));
});

describe.each(REFERENCE_SETS)('renderCslJson on the %s', (_name, references) => {
  const items = JSON.parse(renderCslJson(references)) as Array<Record<string, unknown>>;

  it('is an array of items that satisfy the CSL data schema, with unique ids', () => {
    expect(Array.isArray(items)).toBe(true);
    expect(items).toHaveLength(references.length);
    for (const item of items) expect(schemaProblems(item), String(item.id)).toEqual([]);
    expect(new Set(items.map((item) => item.id)).size).toBe(items.length);
  });

  it('carries each work field by field', () => {
    references.forEach(({ work }, i) => {
      const item = items[i]!;
      expect(item.title).toBe(work.title);
      expect(item.author).toEqual(
        work.authors.length === 0
          ? undefined
          : work.authors.map((person) =>
              person.family && person.given
                ? { family: person.family, given: person.given }
                : { literal: person.family ?? person.literal },
            ),
      );
      expect(item['container-title']).toBe(
        work.journal ?? (work.kind === 'preprint' ? work.publisher : undefined),
      );
      expect(item['container-title-short']).toBe(work.journal ? work.journalAbbrev : undefined);
      expect((item.issued as { 'date-parts': number[][] } | undefined)?.['date-parts'][0]?.[0]).toBe(
        work.year,
      );
      expect(item.volume).toBe(work.volume);
      expect(item.issue).toBe(work.issue);
      expect(item.page).toBe(work.pages?.replace(/\s*[\u2010-\u2015]\s*/, '-'));
      expect(item.DOI).toBe(work.doi);
      expect(item.PMID).toBe(work.pmid);
      expect(item.URL).toBe(work.url);
    });
  });
});

describe('renderCslJson', () => {
  const json = renderCslJson(exportReferences());
  const items = JSON.parse(json) as Array<Record<string, unknown>>;

  it('the schema check catches what the schema forbids', () => {
    expect(schemaProblems({ type: 'article-journal' })).toContain('id missing or not a string or number');
    expect(schemaProblems({ id: 'a', type: 'journal-article' })).toContain(
      'type journal-article is not a CSL type',
    );
    expect(schemaProblems({ id: 'a', type: 'article', author: [{ name: 'Smith' }] })).not.toEqual([]);
    expect(schemaProblems({ id: 'a', type: 'article', issued: { 'date-parts': [['2024', 3]] } })).not.toEqual(
      [],
    );
    expect(schemaProblems({ id: 'a', type: 'article', volume: 25 })).toEqual([
      'volume is not a non-empty string',
    ]);
    expect(schemaProblems({ id: 'a', type: 'article', journal: 'Lancet' })).toEqual([
      'journal is not a CSL variable',
    ]);
  });

  it('uses the BibTeX citation keys as ids and the CSL type of each kind', () => {
    expect(items.map((item) => item.id)).toEqual(assignCitationKeys(EXPORT_WORKS));
    expect(items.map((item) => item.type)).toEqual([
      'article-journal',
      'paper-conference',
      'webpage',
      'article',
      'webpage',
      'article-journal',
    ]);
  });

  it('writes dates as integer date-parts and the congress and trial details', () => {
    expect(items[0]!.issued).toEqual({ 'date-parts': [[2024, 3, 1]] });
    expect(items[4]!.issued).toEqual({ 'date-parts': [[2024, 11]] });
    expect(items[1]).toMatchObject({
      'event-title': '2024 ASCO Annual Meeting',
      note: expect.stringContaining('Abstract LBA1012'),
    });
    expect(items[2]!.note).toBe('ClinicalTrials.gov: NCT05123456');
  });

  it('writes an empty array for no references', () => {
    expect(JSON.parse(renderCslJson([]))).toEqual([]);
  });
});
