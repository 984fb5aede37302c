// What one source of metadata (a site adapter, a meta tag family, JSON-LD, the address, the text) says about a work, and how layers merge.
import type { Author, CongressInfo, FieldSource, FieldSources, Work } from '../model';
import { FIELD_SOURCES, fieldEntries, WORK_FIELDS } from '../work-model';
import type { PageDate } from './page-date';

/**
 * The work fields a layer does not carry as they are stored: a layer's `date` gives year and published
 * together, congress details merge part by part, and fieldSources is what the merge itself records.
 */
const NOT_WHOLE = ['year', 'published', 'congress', 'fieldSources'] as const;

/** A work field a layer carries as it is stored. */
type WholeField = Exclude<keyof Work, (typeof NOT_WHOLE)[number]>;

function isWhole(field: keyof Work): field is WholeField {
  return !(NOT_WHOLE as readonly string[]).includes(field);
}

/** The fields a layer can supply; every one optional, already validated and normalised by the layer. */
export type WorkRecord = Partial<Pick<Work, WholeField>> & {
  date?: PageDate;
  /** Congress details; merged part by part, since a meeting name and an abstract number often come from different places. */
  congress?: Partial<CongressInfo>;
};

/** One layer's record and where it came from. */
export interface Layer {
  source: FieldSource;
  record: WorkRecord;
}

/**
 * The record fields merged whole (the first layer with a value wins): every field of the work, a new one
 * too, with the date in the place of year and published.
 */
const WHOLE_FIELDS = fieldEntries<Work>(WORK_FIELDS).flatMap(([field]): Array<WholeField | 'date'> => {
  if (field === 'year') return ['date'];
  return isWhole(field) ? [field] : [];
});

const CONGRESS_PARTS = ['name', 'year', 'abstractNumber', 'session', 'presenter'] as const;

/** A merged record and, per field, the layer its value came from. */
export interface MergedRecord {
  record: WorkRecord;
  sources: FieldSources;
}

function hasValue(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return false;
  return !Array.isArray(value) || value.length > 0;
}

/**
 * Merges layers in the order of FIELD_SOURCES: for each field the most specific layer that has a value wins,
 * so a site adapter's affiliations beat citation_author's bare names and a meta tag beats a guess from text.
 */
export function mergeLayers(layers: readonly Layer[]): MergedRecord {
  const rank = (layer: Layer): number => FIELD_SOURCES.indexOf(layer.source);
  const ordered = [...layers].sort((a, b) => rank(a) - rank(b));
  const record: WorkRecord = {};
  const sources: FieldSources = {};
  const target = record as Record<string, unknown>;
  for (const field of WHOLE_FIELDS) {
    const layer = ordered.find((candidate) => hasValue(candidate.record[field]));
    if (!layer) continue;
    target[field] =
      field === 'authors'
        ? enrichAuthors(
            layer.record.authors ?? [],
            ordered.map((l) => l.record.authors ?? []),
          )
        : layer.record[field];
    const sourced = field === 'date' ? 'published' : field;
    sources[sourced] = layer.source;
    if (field === 'date') sources.year = layer.source;
  }
  const congress: Partial<CongressInfo> = {};
  let first = ordered.length;
  for (const part of CONGRESS_PARTS) {
    const index = ordered.findIndex((candidate) => hasValue(candidate.record.congress?.[part]));
    const value = ordered[index]?.record.congress?.[part];
    if (index < 0 || value === undefined) continue;
    (congress as Record<string, unknown>)[part] = value;
    first = Math.min(first, index);
  }
  const contributor = ordered[first];
  if (contributor) sources.congress = contributor.source;
  if (Object.keys(congress).length > 0) record.congress = congress;
  return { record, sources };
}

/** The family name an author is matched on across layers: the parsed one, else the last word of the name. */
function familyKey(author: Author): string {
  return (author.family ?? author.name.split(' ').at(-1) ?? '').toLowerCase();
}

/**
 * The chosen author list, with what it lacks (affiliations, ORCID iD, name parts) taken from another
 * layer's list of the same authors: same length, same family names in the same order.
 */
function enrichAuthors(primary: readonly Author[], others: ReadonlyArray<readonly Author[]>): Author[] {
  const lists = others.filter(
    (list) =>
      list !== primary &&
      list.length === primary.length &&
      list.every((author, i) => primary[i] && familyKey(author) === familyKey(primary[i] as Author)),
  );
  return primary.map((author, i) => {
    const copy: Author = { ...author, affiliations: [...author.affiliations] };
    for (const list of lists) {
      const other = list[i];
      if (!other) continue;
      if (copy.affiliations.length === 0) copy.affiliations = [...other.affiliations];
      if (!copy.orcid && other.orcid) copy.orcid = other.orcid;
      if (!copy.family && other.family) {
        copy.family = other.family;
        // "Chidi N Okafor" matched with "Okafor CN": the given names as printed, not the initials.
        const printedGiven = copy.name.endsWith(` ${other.family}`)
          ? copy.name.slice(0, -other.family.length - 1)
          : undefined;
        const given = printedGiven ?? other.given;
        if (given) copy.given = given;
      }
    }
    return copy;
  });
}
