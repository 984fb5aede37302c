// Gathers what the library search reads from a source and its notes and highlights into one plain document.

/** The searchable fields of a document, each with its own weight in `FIELDS`. */
export type FieldName =
  'title' | 'authors' | 'venue' | 'ids' | 'keywords' | 'abstract' | 'notes' | 'highlights';

/**
 * How much a match in each field counts, and the typical length in terms that BM25 normalises by:
 * a word in the title or in the user's own notes says more about a source than one in its abstract.
 */
export const FIELDS: Readonly<Record<FieldName, { boost: number; typicalLength: number }>> = {
  title: { boost: 4, typicalLength: 12 },
  authors: { boost: 3, typicalLength: 16 },
  venue: { boost: 1.5, typicalLength: 6 },
  ids: { boost: 3, typicalLength: 6 },
  keywords: { boost: 2.5, typicalLength: 8 },
  abstract: { boost: 1, typicalLength: 250 },
  notes: { boost: 2, typicalLength: 40 },
  highlights: { boost: 1.5, typicalLength: 40 },
};

/** The parts of a source the search needs; a `Source` from lib/model.ts fits, and so do later versions. */
export interface SearchableSource {
  id: string;
  kind: string;
  title: string;
  byline?: string;
  authors: readonly { name: string }[];
  journal?: string;
  journalAbbrev?: string;
  siteName?: string;
  year?: number;
  doi?: string;
  pmid?: string;
  pmcid?: string;
  nct: readonly string[];
  /** Author keywords and MeSH terms. */
  keywords?: readonly string[];
  congress?: { name?: string; abstractNumber?: string };
  /** Plain text, or an object with a `text` (a structured abstract); see `textOf`. */
  abstract?: unknown;
  excerpt?: string;
  kolIds: readonly string[];
  areaIds: readonly string[];
  capturedAt: number;
}

/** A note on a source, as far as the search reads it. */
export interface SearchableNote {
  id: string;
  sourceId?: string;
  text: unknown;
}

/** A highlight on a source, as far as the search reads it. */
export interface SearchableHighlight {
  id: string;
  sourceId: string;
  exact: unknown;
  note?: unknown;
}

/** One source as the index sees it: the fields to match and the facts to filter and sort by. */
export interface SearchDocument {
  id: string;
  kind: string;
  capturedAt: number;
  kolIds: readonly string[];
  areaIds: readonly string[];
  /** The source has at least one note, or a highlight with a note of its own. */
  hasNotes: boolean;
  fields: Readonly<Record<FieldName, string>>;
}

/**
 * The text of a field that is plain text today and may become structured (an abstract as
 * `{ text, sections }`): every reader of such fields goes through here, so the search keeps working.
 */
export function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value !== null && typeof value === 'object' && 'text' in value) {
    const text = (value as { text: unknown }).text;
    if (typeof text === 'string') return text;
  }
  return '';
}

function joinTexts(values: readonly unknown[]): string {
  return values
    .map(textOf)
    .filter((text) => text.length > 0)
    .join('\n');
}

/** Builds the search document of a source from the source and the notes and highlights stored on it. */
export function toSearchDocument(
  source: SearchableSource,
  notes: readonly SearchableNote[],
  highlights: readonly SearchableHighlight[],
): SearchDocument {
  const authors =
    source.authors.length > 0 ? source.authors.map((a) => a.name).join('\n') : (source.byline ?? '');
  const abstract = textOf(source.abstract) || (source.excerpt ?? '');
  const highlightNotes = highlights.map((highlight) => highlight.note);
  return {
    id: source.id,
    kind: source.kind,
    capturedAt: source.capturedAt,
    kolIds: source.kolIds,
    areaIds: source.areaIds,
    hasNotes:
      notes.some((note) => textOf(note.text).trim() !== '') ||
      highlightNotes.some((note) => textOf(note).trim() !== ''),
    fields: {
      title: source.title,
      authors,
      venue: joinTexts([
        source.journal,
        source.journalAbbrev,
        source.siteName,
        source.congress?.name,
        source.year === undefined ? '' : String(source.year),
      ]),
      ids: joinTexts([source.doi, source.pmid, source.pmcid, ...source.nct, source.congress?.abstractNumber]),
      keywords: joinTexts(source.keywords ?? []),
      abstract,
      notes: joinTexts([...notes.map((note) => note.text), ...highlightNotes]),
      highlights: joinTexts(highlights.map((highlight) => highlight.exact)),
    },
  };
}

/** Notes or highlights grouped by the source they are on; those on no source are left out. */
export function groupBySource<T extends { sourceId?: string }>(records: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const record of records) {
    if (!record.sourceId) continue;
    const group = groups.get(record.sourceId);
    if (group) group.push(record);
    else groups.set(record.sourceId, [record]);
  }
  return groups;
}
