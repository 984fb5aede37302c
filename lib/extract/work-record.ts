// What one source of metadata (a site adapter, a meta tag family, JSON-LD, the address, the text) says about a work, and how layers merge.
import type {
  Author,
  CongressInfo,
  FieldSource,
  FieldSources,
  SourceKind,
  StructuredAbstract,
} from '../model';
import type { PageDate } from './dates';

/** The fields a layer can supply; every one optional, already validated and normalised by the layer. */
export interface WorkRecord {
  kind?: SourceKind;
  title?: string;
  authors?: Author[];
  journal?: string;
  journalAbbrev?: string;
  publisher?: string;
  date?: PageDate;
  volume?: string;
  issue?: string;
  pages?: string;
  doi?: string;
  pmid?: string;
  pmcid?: string;
  arxiv?: string;
  nct?: string[];
  abstract?: StructuredAbstract;
  keywords?: string[];
  /** Congress details; merged part by part, since a meeting name and an abstract number often come from different places. */
  congress?: Partial<CongressInfo>;
}

/** One layer's record and where it came from. */
export interface Layer {
  source: FieldSource;
  record: WorkRecord;
}

/** The order in which layers are trusted, most specific first (the issue's "layered sources"). */
export const LAYER_ORDER: readonly FieldSource[] = [
  'site',
  'citation',
  'jsonld',
  'dc',
  'prism',
  'og',
  'url',
  'xmp',
  'info',
  'layout',
  'text',
];

/** The record fields merged whole: the first layer with a value wins. */
const WHOLE_FIELDS = [
  'kind',
  'title',
  'authors',
  'journal',
  'journalAbbrev',
  'publisher',
  'date',
  'volume',
  'issue',
  'pages',
  'doi',
  'pmid',
  'pmcid',
  'arxiv',
  'nct',
  'abstract',
  'keywords',
] as const satisfies ReadonlyArray<keyof WorkRecord>;

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
 * Merges layers in LAYER_ORDER: for each field the most specific layer that has a value wins, so a
 * site adapter's affiliations beat citation_author's bare names and a meta tag beats a guess from text.
 */
export function mergeLayers(layers: readonly Layer[]): MergedRecord {
  const ordered = [...layers].sort((a, b) => LAYER_ORDER.indexOf(a.source) - LAYER_ORDER.indexOf(b.source));
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
