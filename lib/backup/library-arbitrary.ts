// Test support: fast-check arbitraries for whole knowledge bases (every record type, any Unicode, links consistent with ids).
import fc from 'fast-check';
import { familyKeys } from '../match/kol-match';
import type {
  Author,
  BriefingRecord,
  Highlight,
  InsightCategory,
  Kol,
  Meeting,
  Note,
  Setting,
  Source,
  SourceLink,
  TherapeuticArea,
} from '../model';
import {
  CLIPPED_FIELDS,
  FIELD_SOURCES,
  fieldEntries,
  SOURCE_KINDS,
  WORK_FIELDS,
  type ClippedPage,
  type CongressInfo,
  type FieldType,
  type FieldValueTypes,
  type SourcedField,
} from '../work-model';
import type { LibraryRecords } from './build';

/** Any text: whole graphemes in any script, single code points, and lone surrogates (which JSON must escape). */
const text = (maxLength = 24): fc.Arbitrary<string> =>
  fc.oneof(
    fc.string({ unit: 'grapheme', maxLength }),
    fc.string({ unit: 'binary', maxLength }),
    fc.string({
      unit: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)),
      maxLength: 3,
    }),
  );
const filled = (maxLength = 16) => text(maxLength).filter((s) => s.trim().length > 0);
const time = fc.integer({ min: 0, max: 4_102_444_800_000 });
const strings = (maxLength = 3) => fc.array(text(), { maxLength });
const record = <T>(model: { [K in keyof T]: fc.Arbitrary<T[K]> }, requiredKeys: (keyof T)[]) =>
  fc.record(model, { requiredKeys, noNullPrototype: true }) as unknown as fc.Arbitrary<T>;
const uniqueIds = (maxLength: number) => fc.uniqueArray(filled(), { maxLength });
/** A subset of the given ids, as a record's kolIds or areaIds hold them. */
const someOf = (ids: readonly string[]) => (ids.length ? fc.subarray([...ids]) : fc.constant([] as string[]));
const oneOf = (ids: readonly string[]) => fc.constantFrom(...ids);

const CATEGORIES: InsightCategory[] = [
  'unmet-need',
  'treatment-patterns',
  'perception-of-data',
  'evidence-gap',
  'competitive-landscape',
  'trial-design',
  'access',
  'education-need',
  'other',
];

const author = record<Author>(
  { name: text(), family: text(), given: text(), affiliations: strings(2), orcid: text() },
  ['name', 'affiliations'],
);

function area(id: string, areaIds: string[]): fc.Arbitrary<TherapeuticArea> {
  return record<TherapeuticArea>(
    {
      id: fc.constant(id),
      name: text(),
      parentId: areaIds.length ? oneOf(areaIds) : fc.constant(undefined),
      keywords: strings(),
      color: text(8),
      createdAt: time,
      updatedAt: time,
    },
    ['id', 'name', 'keywords', 'createdAt', 'updatedAt'],
  );
}

function kol(id: string, areaIds: string[]): fc.Arbitrary<Kol> {
  const optional = {
    credentials: text(),
    specialty: text(),
    institution: text(),
    country: text(),
    tier: text(4),
    orcid: text(),
    npi: text(),
    crmId: text(),
    interests: text(60),
    notes: text(60),
  };
  return record<Kol>(
    {
      id: fc.constant(id),
      name: text(),
      nameVariants: strings(),
      areaIds: someOf(areaIds),
      createdAt: time,
      updatedAt: time,
      ...optional,
    },
    ['id', 'name', 'nameVariants', 'areaIds', 'createdAt', 'updatedAt'],
  );
}

/** Every field whose origin a source records. */
const SOURCED_FIELDS = Object.keys(WORK_FIELDS).filter((field) => field !== 'fieldSources') as SourcedField[];

/** Per value type of lib/work-model.ts, any value of that type: a field added to a field table is generated too. */
const ARBITRARY_OF_TYPE: { [T in FieldType]: fc.Arbitrary<FieldValueTypes[T]> } = {
  kind: fc.constantFrom(...SOURCE_KINDS),
  line: text(),
  text: text(40),
  html: text(120),
  year: fc.integer({ min: 1000, max: 3000 }),
  list: strings(),
  authors: fc.array(author, { maxLength: 3 }),
  abstract: fc.record(
    {
      text: text(80),
      sections: fc.array(record({ label: text(), text: text(40) }, ['text']), { maxLength: 3 }),
    },
    { noNullPrototype: true },
  ),
  congress: record<CongressInfo>(
    {
      name: text(),
      year: fc.integer({ min: 1900, max: 2100 }),
      abstractNumber: text(8),
      session: text(),
      presenter: text(),
    },
    ['name'],
  ),
  fieldSources: fc.dictionary(fc.constantFrom(...SOURCED_FIELDS), fc.constantFrom(...FIELD_SOURCES), {
    noNullPrototype: true,
  }),
};

function source(id: string, kolIds: string[], areaIds: string[]): fc.Arbitrary<Source> {
  const clipped = Object.fromEntries(
    fieldEntries(CLIPPED_FIELDS).map(([field, spec]) => [field, ARBITRARY_OF_TYPE[spec.type]]),
  ) as { [K in keyof ClippedPage]-?: fc.Arbitrary<ClippedPage[K]> };
  const required = fieldEntries(CLIPPED_FIELDS).flatMap(([field, spec]) => (spec.required ? [field] : []));
  return record<Source>(
    {
      id: fc.constant(id),
      ...clipped,
      kolIds: someOf(kolIds),
      areaIds: someOf(areaIds),
      capturedAt: time,
      updatedAt: time,
    },
    ['id', ...required, 'kolIds', 'areaIds', 'capturedAt', 'updatedAt'],
  ).map((s) => ({ ...s, authorKeys: familyKeys(s.authors) }));
}

function highlight(
  id: string,
  sourceIds: string[],
  kolIds: string[],
  areaIds: string[],
): fc.Arbitrary<Highlight> {
  return record<Highlight>(
    {
      id: fc.constant(id),
      sourceId: oneOf(sourceIds),
      exact: text(60),
      prefix: text(),
      suffix: text(),
      start: fc.nat(),
      end: fc.nat(),
      note: text(),
      category: fc.constantFrom(...CATEGORIES),
      kolIds: someOf(kolIds),
      areaIds: someOf(areaIds),
      createdAt: time,
      updatedAt: time,
    },
    ['id', 'sourceId', 'exact', 'kolIds', 'areaIds', 'createdAt', 'updatedAt'],
  );
}

function note(id: string, sourceIds: string[], kolIds: string[], areaIds: string[]): fc.Arbitrary<Note> {
  return record<Note>(
    {
      id: fc.constant(id),
      sourceId: sourceIds.length ? oneOf(sourceIds) : fc.constant(undefined),
      text: filled(60),
      category: fc.constantFrom(...CATEGORIES),
      kolIds: someOf(kolIds),
      areaIds: someOf(areaIds),
      createdAt: time,
      updatedAt: time,
    },
    ['id', 'text', 'kolIds', 'areaIds', 'createdAt', 'updatedAt'],
  );
}

const day = fc
  .date({ min: new Date('1990-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

function meeting(id: string, kolIds: string[]): fc.Arbitrary<Meeting> {
  const followUp = record({ id: filled(), text: filled(40), due: day, doneAt: time }, ['id', 'text']);
  return record<Meeting>(
    {
      id: fc.constant(id),
      kolId: oneOf(kolIds),
      date: day,
      channel: fc.constantFrom('in-person', 'virtual', 'phone', 'email', 'congress', 'other'),
      summary: text(60),
      followUps: fc.array(followUp, { maxLength: 3 }),
      createdAt: time,
      updatedAt: time,
    },
    ['id', 'kolId', 'date', 'channel', 'summary', 'followUps', 'createdAt', 'updatedAt'],
  );
}

function briefing(
  id: string,
  kolIds: string[],
  sourceIds: string[],
  areaIds: string[],
): fc.Arbitrary<BriefingRecord> {
  return record<BriefingRecord>(
    {
      id: fc.constant(id),
      kolId: oneOf(kolIds),
      createdAt: time,
      format: fc.constantFrom('markdown', 'html', 'docx', 'ris', 'bibtex', 'csl-json'),
      from: day,
      to: day,
      areaIds: someOf(areaIds),
      sourceIds: someOf(sourceIds),
      meetingDate: day,
    },
    ['id', 'kolId', 'createdAt', 'format', 'from', 'to', 'areaIds', 'sourceIds'],
  );
}

/** The link records of a source, one per KOL and area it is linked to, with the ids lib/repo/links.ts makes. */
function linksOf(s: Source): fc.Arbitrary<SourceLink[]> {
  const ends = [...s.kolIds.map((t) => ['kol', t] as const), ...s.areaIds.map((t) => ['area', t] as const)];
  return fc.tuple(
    ...ends.map(([target, targetId]) =>
      record<SourceLink>(
        {
          id: fc.constant(`${s.id}|${target}|${targetId}`),
          sourceId: fc.constant(s.id),
          target: fc.constant(target),
          targetId: fc.constant(targetId),
          origin: fc.constantFrom('manual', 'suggestion', 'author-match'),
          position: fc.constantFrom('first', 'last', 'co-author'),
          createdAt: time,
        },
        ['id', 'sourceId', 'target', 'targetId', 'origin', 'createdAt'],
      ),
    ),
  );
}

const setting = (id: string): fc.Arbitrary<Setting> =>
  record<Setting>(
    { id: fc.constant(id), value: fc.oneof(text(), fc.integer(), fc.boolean(), strings()), updatedAt: time },
    ['id', 'value', 'updatedAt'],
  );

/** Sizes of a generated library: the most records per table. */
export interface LibrarySize {
  areas: number;
  kols: number;
  sources: number;
  annotations: number;
}

/** A random knowledge base: every table, references that point at records that exist. */
export function libraryArbitrary(
  size: LibrarySize = { areas: 4, kols: 5, sources: 8, annotations: 10 },
): fc.Arbitrary<LibraryRecords> {
  return fc
    .record({
      areaIds: uniqueIds(size.areas),
      kolIds: uniqueIds(size.kols),
      sourceIds: uniqueIds(size.sources),
      highlightIds: uniqueIds(size.annotations),
      noteIds: uniqueIds(size.annotations),
      meetingIds: uniqueIds(3),
      briefingIds: uniqueIds(3),
      settingIds: fc.uniqueArray(
        filled().filter((s) => s !== 'lastBackupAt'),
        { maxLength: 3 },
      ),
    })
    .chain(({ areaIds, kolIds, sourceIds, highlightIds, noteIds, meetingIds, briefingIds, settingIds }) =>
      fc.record({
        areas: fc.tuple(...areaIds.map((id) => area(id, areaIds))),
        kols: fc.tuple(...kolIds.map((id) => kol(id, areaIds))),
        sources: fc.tuple(...sourceIds.map((id) => source(id, kolIds, areaIds))),
        highlights: sourceIds.length
          ? fc.tuple(...highlightIds.map((id) => highlight(id, sourceIds, kolIds, areaIds)))
          : fc.constant<Highlight[]>([]),
        notes: fc.tuple(...noteIds.map((id) => note(id, sourceIds, kolIds, areaIds))),
        meetings: kolIds.length
          ? fc.tuple(...meetingIds.map((id) => meeting(id, kolIds)))
          : fc.constant<Meeting[]>([]),
        briefings: kolIds.length
          ? fc.tuple(...briefingIds.map((id) => briefing(id, kolIds, sourceIds, areaIds)))
          : fc.constant<BriefingRecord[]>([]),
        settings: fc.tuple(...settingIds.map(setting)),
      }),
    )
    .chain((lib) => fc.tuple(...lib.sources.map(linksOf)).map((links) => ({ ...lib, links: links.flat() })));
}
