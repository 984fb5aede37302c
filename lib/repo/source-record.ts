// Turns an extracted page (untrusted data from a content script) into a bounded Source record, field table by field table.
import type { Author, CongressInfo, ExtractedPage, FieldSources, Source, StructuredAbstract } from '../model';
import {
  CLIPPED_FIELDS,
  fieldEntries,
  FIELD_SOURCES,
  type ClippedPage,
  type FieldSpec,
  type FieldType,
  type FieldValueTypes,
  type SourceKind,
} from '../work-model';
import { cutHtml } from './cut-html';

/**
 * Upper bounds inside the structured fields, so that a 3 MB page cannot bloat the library; the bounds of
 * plain fields are in the field tables of lib/work-model.ts.
 */
const LIMITS = {
  shortText: 2_000,
  abstract: 20_000,
  authors: 500,
  abstractSections: 60,
} as const;

function clean(value: unknown, max: number): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed ? trimmed.slice(0, max) : undefined;
}

function cleanAuthors(value: unknown): Author[] {
  if (!Array.isArray(value)) return [];
  return value.slice(0, LIMITS.authors).flatMap((raw: unknown): Author[] => {
    if (!raw || typeof raw !== 'object') return [];
    const a = raw as Record<string, unknown>;
    const name = clean(a.name, LIMITS.shortText);
    if (!name) return [];
    const affiliations = Array.isArray(a.affiliations)
      ? a.affiliations.flatMap((x) => clean(x, LIMITS.shortText) ?? []).slice(0, 20)
      : [];
    return [
      {
        name,
        family: clean(a.family, 200),
        given: clean(a.given, 200),
        affiliations,
        orcid: clean(a.orcid, 40),
      },
    ];
  });
}

/** An abstract as { text, sections }, each part a bounded string; anything else from the page is dropped. */
function cleanAbstract(value: unknown): StructuredAbstract | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const raw = value as Record<string, unknown>;
  const text = clean(raw.text, LIMITS.abstract);
  if (!text) return undefined;
  const sections = (Array.isArray(raw.sections) ? raw.sections : [])
    .slice(0, LIMITS.abstractSections)
    .flatMap((item: unknown) => {
      if (!item || typeof item !== 'object') return [];
      const section = item as Record<string, unknown>;
      const sectionText = clean(section.text, LIMITS.abstract);
      if (!sectionText) return [];
      const label = clean(section.label, 200);
      return [label ? { label, text: sectionText } : { text: sectionText }];
    });
  return { text, sections: sections.length > 0 ? sections : [{ text }] };
}

function cleanCongress(value: unknown): CongressInfo | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const raw = value as Record<string, unknown>;
  const name = clean(raw.name, 300);
  if (!name) return undefined;
  const congress: CongressInfo = { name };
  const year = cleanYear(raw.year);
  if (year) congress.year = year;
  for (const key of ['abstractNumber', 'session', 'presenter'] as const) {
    const part = clean(raw[key], 300);
    if (part) congress[key] = part;
  }
  return congress;
}

const KNOWN_FIELD_SOURCES = new Set<string>(FIELD_SOURCES);

/** Field origins as recorded at extraction: only known field names (short keys) and known sources. */
function cleanFieldSources(value: unknown): FieldSources | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([key, source]) => /^[a-zA-Z]{1,20}$/.test(key) && KNOWN_FIELD_SOURCES.has(source as string))
    .slice(0, 40);
  return entries.length > 0 ? (Object.fromEntries(entries) as FieldSources) : undefined;
}

function cleanYear(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value > 1000 && value < 3000
    ? value
    : undefined;
}

/** A list of short strings, each bounded; an optional list with nothing left is dropped. */
function cleanList(value: unknown, spec: FieldSpec<'list'>): string[] | undefined {
  const items = Array.isArray(value)
    ? value.flatMap((x) => clean(x, spec.max) ?? []).slice(0, spec.count)
    : [];
  return items.length > 0 || spec.required ? items : undefined;
}

/** Per value type, how an untrusted value becomes a stored one (undefined when nothing usable is left). */
const CLEANERS: { [T in FieldType]: (value: unknown, spec: FieldSpec<T>) => FieldValueTypes[T] | undefined } =
  {
    // The kind comes from extractPage's own rules, typed; it is stored as given.
    kind: (value) => value as SourceKind,
    line: (value, spec) => (spec.lowerCase ? clean(value, spec.max)?.toLowerCase() : clean(value, spec.max)),
    text: (value, spec) => clean(value, spec.max),
    // Cut where no tag is left half-written; toStoredFields then checks or sanitizes it (lib/repo/stored-html.ts).
    html: (value, spec) => {
      const html = clean(value, Number.MAX_SAFE_INTEGER);
      return html && cutHtml(html, spec.max);
    },
    year: cleanYear,
    list: cleanList,
    authors: cleanAuthors,
    abstract: cleanAbstract,
    congress: cleanCongress,
    fieldSources: cleanFieldSources,
  };

/** One field's value through its type's cleaner. */
function cleanField(value: unknown, spec: FieldSpec): unknown {
  const cleaner = CLEANERS[spec.type] as (value: unknown, spec: FieldSpec) => unknown;
  return cleaner(value, spec);
}

/** Checks and bounds every field of an extracted page before it is stored, each by its row in CLIPPED_FIELDS. */
export function toSourceFields(page: ExtractedPage): ClippedPage {
  const raw = page as unknown as Record<string, unknown>;
  const cleaned = Object.fromEntries(
    fieldEntries(CLIPPED_FIELDS).map(([field, spec]) => [field, cleanField(raw[field], spec)]),
  ) as unknown as Omit<ClippedPage, 'url' | 'title'> & Partial<Pick<ClippedPage, 'url' | 'title'>>;
  // A source always has an address and a title: the page's, else stand-ins a reader recognises.
  const url = cleaned.url ?? 'about:blank';
  const title = cleaned.title ?? clean(page.url, LIMITS.shortText) ?? 'Untitled page';
  return { ...cleaned, url, title };
}

/** Fills the fields an existing source lacks from a new clip of the same work; keeps its links. */
export function mergeSourceFields(existing: Source, fields: ClippedPage): Source {
  const isEmpty = (value: unknown): boolean =>
    value === undefined || (Array.isArray(value) && value.length === 0);
  const missing = Object.entries(fields).filter(
    ([key, value]) => value !== undefined && isEmpty(existing[key as keyof ClippedPage]),
  );
  return { ...existing, ...Object.fromEntries(missing), nct: [...new Set([...existing.nct, ...fields.nct])] };
}
