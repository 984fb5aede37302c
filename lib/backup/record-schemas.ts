// What each record of a backup must look like: types, known values and length bounds, checked with valibot.
import * as v from 'valibot';
import type {
  AuthorPosition,
  BriefingFormat,
  FieldSources,
  Highlight,
  InsightCategory,
  Kol,
  LinkOrigin,
  MeetingChannel,
  Note,
  Setting,
  SourceLink,
  TherapeuticArea,
} from '../model';
import {
  CLIPPED_FIELDS,
  fieldEntries,
  FIELD_SOURCES,
  SOURCE_KINDS,
  type ClippedPage,
  type FieldTable,
  type FieldType,
  type FieldValueTypes,
} from '../work-model';
import type { BackupRecords, BackupSource, BackupTable } from './file-format';

/**
 * Upper bounds on what a backup may hold. A backup is untrusted input (it may not be ours, or be edited),
 * so every string and list is bounded; the bounds sit far above what Liaison itself stores, so that no
 * library Liaison wrote is refused.
 */
export const BACKUP_LIMITS = {
  records: 1_000_000,
  id: 500,
  line: 2_000,
  text: 1_000_000,
  articleHtml: 5_000_000,
  list: 10_000,
  smallList: 1_000,
} as const;

/** Every member of a string union, checked by the compiler: a member added to lib/model.ts and not here fails to compile. */
function allOf<T extends string>() {
  return <const L extends readonly T[]>(list: L & ([T] extends [L[number]] ? unknown : never)): L => list;
}

const INSIGHT_CATEGORIES = allOf<InsightCategory>()([
  'unmet-need',
  'treatment-patterns',
  'perception-of-data',
  'evidence-gap',
  'competitive-landscape',
  'trial-design',
  'access',
  'education-need',
  'other',
]);
const LINK_ORIGINS = allOf<LinkOrigin>()(['manual', 'suggestion', 'author-match']);
const AUTHOR_POSITIONS = allOf<AuthorPosition>()(['first', 'last', 'co-author']);
const LINK_TARGETS = allOf<SourceLink['target']>()(['kol', 'area']);
const MEETING_CHANNELS = allOf<MeetingChannel>()([
  'in-person',
  'virtual',
  'phone',
  'email',
  'congress',
  'other',
]);
const BRIEFING_FORMATS = allOf<BriefingFormat>()(['markdown', 'html', 'docx', 'ris', 'bibtex', 'csl-json']);

/** Marks an empty required string; the message formatter turns it into "has no <field>". */
export const EMPTY = 'empty';

const str = (max: number) => v.pipe(v.string(), v.maxLength(max));
const filled = (max: number) =>
  v.pipe(
    v.string(),
    v.maxLength(max),
    v.check((s) => s.trim().length > 0, EMPTY),
  );
const line = str(BACKUP_LIMITS.line);
const text = str(BACKUP_LIMITS.text);
const id = filled(BACKUP_LIMITS.id);
const opt = <T extends v.GenericSchema>(schema: T) => v.optional(schema);
const list = <T extends v.GenericSchema>(item: T, max: number = BACKUP_LIMITS.list) =>
  v.pipe(v.array(item), v.maxLength(max));
const ids = list(id);
const lines = list(line, BACKUP_LIMITS.smallList);
/** Epoch milliseconds. */
const time = v.pipe(v.number(), v.finite());
const count = v.pipe(v.number(), v.integer(), v.minValue(0));

const authorSchema = v.object({
  name: line,
  family: opt(line),
  given: opt(line),
  affiliations: lines,
  orcid: opt(line),
  degrees: opt(line),
});

const abstractSchema = v.object({
  text,
  sections: list(v.object({ label: opt(line), text }), BACKUP_LIMITS.smallList),
});

const congressSchema = v.object({
  name: line,
  year: opt(count),
  abstractNumber: opt(line),
  session: opt(line),
  presenter: opt(line),
});

const fieldSourcesSchema = v.pipe(
  v.record(v.pipe(v.string(), v.regex(/^[a-zA-Z]{1,40}$/)), v.picklist(FIELD_SOURCES)),
  v.transform((value) => value as FieldSources),
);

/** Per value type of lib/work-model.ts, what a backup may hold: the same types as stored, bounded far above Liaison's own bounds. */
const SCHEMA_OF_TYPE: { [T in FieldType]: v.GenericSchema<unknown, FieldValueTypes[T]> } = {
  kind: v.picklist(SOURCE_KINDS),
  line,
  text,
  html: str(BACKUP_LIMITS.articleHtml),
  year: count,
  list: lines,
  authors: list(authorSchema),
  abstract: abstractSchema,
  congress: congressSchema,
  fieldSources: fieldSourcesSchema,
};

/** The schema entries of a field table: each field by its value type, optional unless the table marks it required. */
type EntriesOf<R> = {
  [K in keyof R]-?: undefined extends R[K]
    ? v.OptionalSchema<v.GenericSchema<unknown, NonNullable<R[K]>>, undefined>
    : v.GenericSchema<unknown, R[K]>;
};

/** Builds a field table's schema entries, so that a field added to the table is backed up with no other change. */
function entriesOf<R>(table: FieldTable<R>): EntriesOf<R> {
  const entries = fieldEntries(table).map(([field, spec]) => {
    const schema = SCHEMA_OF_TYPE[spec.type];
    return [field, spec.required ? schema : v.optional(schema)];
  });
  return Object.fromEntries(entries) as EntriesOf<R>;
}

// The work and the page come from the field tables; `articleHtml` is kept as stored: it was sanitized when it
// was clipped, and is sanitized again whenever it is rendered.
const sourceSchema = v.object({
  id,
  ...entriesOf<ClippedPage>(CLIPPED_FIELDS),
  kolIds: ids,
  areaIds: ids,
  capturedAt: time,
  updatedAt: time,
});

const kolSchema = v.object({
  id,
  name: line,
  nameVariants: lines,
  credentials: opt(line),
  specialty: opt(line),
  institution: opt(line),
  country: opt(line),
  tier: opt(line),
  areaIds: ids,
  orcid: opt(line),
  npi: opt(line),
  crmId: opt(line),
  interests: opt(text),
  notes: opt(text),
  createdAt: time,
  updatedAt: time,
});

const areaSchema = v.object({
  id,
  name: line,
  parentId: opt(id),
  keywords: lines,
  color: opt(line),
  createdAt: time,
  updatedAt: time,
});

/** That a record was saved after an adverse-event prompt was confirmed. */
const safetyMark = v.object({ confirmedAt: time, products: list(line, BACKUP_LIMITS.smallList) });

const highlightSchema = v.object({
  id,
  sourceId: id,
  exact: text,
  prefix: opt(line),
  suffix: opt(line),
  start: opt(count),
  end: opt(count),
  note: opt(text),
  category: opt(v.picklist(INSIGHT_CATEGORIES)),
  kolIds: ids,
  areaIds: ids,
  safety: opt(safetyMark),
  createdAt: time,
  updatedAt: time,
});

const noteSchema = v.object({
  id,
  sourceId: opt(id),
  text: filled(BACKUP_LIMITS.text),
  category: opt(v.picklist(INSIGHT_CATEGORIES)),
  kolIds: ids,
  areaIds: ids,
  safety: opt(safetyMark),
  createdAt: time,
  updatedAt: time,
});

const linkSchema = v.object({
  id: filled(BACKUP_LIMITS.id * 2 + 10),
  sourceId: id,
  target: v.picklist(LINK_TARGETS),
  targetId: id,
  origin: v.picklist(LINK_ORIGINS),
  position: opt(v.picklist(AUTHOR_POSITIONS)),
  createdAt: time,
});

/** A calendar day, ISO `yyyy-mm-dd`. */
const day = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/));

const meetingSchema = v.object({
  id,
  kolId: id,
  date: day,
  channel: v.picklist(MEETING_CHANNELS),
  summary: text,
  followUps: list(
    v.object({ id, text: filled(BACKUP_LIMITS.text), due: opt(day), doneAt: opt(time) }),
    BACKUP_LIMITS.smallList,
  ),
  safety: opt(safetyMark),
  createdAt: time,
  updatedAt: time,
});

const briefingSchema = v.object({
  id,
  kolId: id,
  createdAt: time,
  format: v.picklist(BRIEFING_FORMATS),
  from: day,
  to: day,
  areaIds: ids,
  sourceIds: ids,
  meetingDate: opt(day),
});

const settingSchema = v.object({
  id,
  value: v.union([text, v.pipe(v.number(), v.finite()), v.boolean(), lines]),
  updatedAt: time,
});

/** The schema of one record of each table. */
export const RECORD_SCHEMAS = {
  areas: areaSchema,
  kols: kolSchema,
  sources: sourceSchema,
  highlights: highlightSchema,
  notes: noteSchema,
  links: linkSchema,
  meetings: meetingSchema,
  briefings: briefingSchema,
  settings: settingSchema,
} satisfies { [T in BackupTable]: v.GenericSchema<unknown, BackupRecords[T]> };

// The schemas must describe lib/model.ts exactly: a field added there and not here would be dropped from
// every backup without a word. These lines stop compiling when the two drift apart.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Out<T extends BackupTable> = v.InferOutput<(typeof RECORD_SCHEMAS)[T]>;
const shapesMatch: [
  Same<Out<'sources'>, BackupSource>,
  Same<Out<'kols'>, Kol>,
  Same<Out<'areas'>, TherapeuticArea>,
  Same<Out<'highlights'>, Highlight>,
  Same<Out<'notes'>, Note>,
  Same<Out<'links'>, SourceLink>,
  Same<Out<'settings'>, Setting>,
] = [true, true, true, true, true, true, true];
void shapesMatch;
