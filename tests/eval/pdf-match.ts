// The PDF corpus README's matching rules for <name>.expected.json, shared by eval:pdf and the PDF corpus test.
import type { ExtractedPage } from '../../lib/model';

/** The fields of `pdf/<name>.expected.json` that are compared (schema in the corpus README). */
export interface PdfExpectation {
  kind: string;
  title: string | null;
  authors: string[];
  authorCount: number;
  journal: string | null;
  year: number | null;
  doi: string | null;
  pmid: string | null;
  nct: string[];
  hasAbstract: boolean;
  abstractStartsWith: string | null;
  hasTextLayer: boolean;
  textLayerUsable?: boolean;
  arxiv?: string;
  alt?: Partial<
    Record<
      'kind' | 'title' | 'journal' | 'year' | 'authors' | 'authorCount' | 'abstractStartsWith',
      unknown[]
    >
  >;
}

/** What the extractor says beyond the record: whether the file had readable text. */
export interface PdfOutcome {
  page: ExtractedPage;
  hasTextLayer: boolean;
  textReadable: boolean;
}

/** Every field the evaluation reports. */
export const PDF_EVAL_FIELDS = [
  'kind',
  'title',
  'authors',
  'authorCount',
  'journal',
  'year',
  'doi',
  'pmid',
  'nct',
  'hasAbstract',
  'abstractStart',
  'hasTextLayer',
  'arxiv',
] as const;

/** One field the PDF evaluation compares. */
export type PdfEvalField = (typeof PDF_EVAL_FIELDS)[number];

/** Fields that only the page text can give: not counted in the "readable" column for files without readable text. */
export const TEXT_FIELDS: ReadonlySet<PdfEvalField> = new Set([
  'title',
  'authors',
  'authorCount',
  'hasAbstract',
  'abstractStart',
]);

/** Case-insensitive after NFKD (ligatures become letters, accents dropped) and whitespace collapsing, as the README says. */
export function normalizePdfValue(value: unknown): string {
  return (typeof value === 'string' || typeof value === 'number' ? String(value) : '')
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

const anyOf = (got: unknown, values: readonly unknown[]): boolean =>
  got !== undefined &&
  got !== null &&
  values.some((value) => normalizePdfValue(value) === normalizePdfValue(got));

/** The kind as the record names it: the README's "other" is the record's generic 'web-page'. */
function recordKind(kind: string): string {
  return kind === 'other' ? 'web-page' : kind;
}

/** What the extractor gave for a field, as the miss list shows it. */
export function shownPdfValue(field: PdfEvalField, outcome: PdfOutcome): string {
  const { page } = outcome;
  const value: unknown = {
    kind: page.kind,
    title: page.title,
    authors: page.authors
      .slice(0, 3)
      .map((a) => a.name)
      .join('; '),
    authorCount: page.authors.length,
    journal: page.journal,
    year: page.year,
    doi: page.doi,
    pmid: page.pmid,
    nct: page.nct.join(' '),
    hasAbstract: !!page.abstract,
    abstractStart: page.abstract?.text.replace(/\s+/g, ' ').slice(0, 70),
    hasTextLayer: outcome.hasTextLayer,
    arxiv: page.arxiv,
  }[field];
  return value === undefined || value === '' ? '(none)' : JSON.stringify(value);
}

/** What the truth says for a field, as the miss list shows it. */
export function wantedPdfValue(field: PdfEvalField, want: PdfExpectation): string {
  const value: unknown = {
    kind: recordKind(want.kind),
    title: want.title,
    authors: want.authors.slice(0, 3).join('; '),
    authorCount: want.authorCount,
    journal: want.journal,
    year: want.year,
    doi: want.doi,
    pmid: want.pmid,
    nct: want.nct.join(' '),
    hasAbstract: want.hasAbstract,
    abstractStart: want.abstractStartsWith,
    hasTextLayer: want.hasTextLayer,
    arxiv: want.arxiv,
  }[field];
  return value === null || value === undefined || value === '' ? '(none)' : JSON.stringify(value);
}

/**
 * Whether a field matches, or null when the truth has nothing to compare (no abstract to start, no
 * arXiv id recorded). A null journal or year means none is printed: the extractor must give none, or
 * an `alt` value. `doi` has no alternatives. Authors: the first three, each the truth's or its alt.
 */
export function matchPdfField(
  field: PdfEvalField,
  outcome: PdfOutcome,
  want: PdfExpectation,
): boolean | null {
  const { page } = outcome;
  const alt = want.alt ?? {};
  switch (field) {
    case 'kind':
      return anyOf(
        page.kind,
        [want.kind, ...(alt.kind ?? [])].map((k) => recordKind(String(k))),
      );
    case 'title':
      return want.title === null ? null : anyOf(page.title, [want.title, ...(alt.title ?? [])]);
    case 'authors': {
      const wanted = want.authors.slice(0, 3);
      if (wanted.length === 0) return page.authors.length === 0;
      return wanted.every((name, i) =>
        anyOf(
          page.authors[i]?.name,
          [name, alt.authors?.[i]].filter((v) => v != null),
        ),
      );
    }
    case 'authorCount':
      return anyOf(page.authors.length, [want.authorCount, ...(alt.authorCount ?? [])]);
    case 'journal':
      return want.journal === null
        ? page.journal === undefined || anyOf(page.journal, alt.journal ?? [])
        : anyOf(page.journal, [want.journal, ...(alt.journal ?? [])]) ||
            anyOf(page.journalAbbrev, [want.journal, ...(alt.journal ?? [])]);
    case 'year':
      return want.year === null
        ? page.year === undefined || anyOf(page.year, alt.year ?? [])
        : anyOf(page.year, [want.year, ...(alt.year ?? [])]);
    case 'doi':
      return want.doi === null ? page.doi === undefined : anyOf(page.doi, [want.doi]);
    case 'pmid':
      return want.pmid === null ? page.pmid === undefined : page.pmid === want.pmid;
    case 'nct':
      return (
        normalizePdfValue([...page.nct].sort().join(' ')) ===
        normalizePdfValue([...want.nct].sort().join(' '))
      );
    case 'hasAbstract':
      return !!page.abstract === want.hasAbstract;
    case 'abstractStart': {
      if (!want.hasAbstract || !want.abstractStartsWith) return null;
      const got = normalizePdfValue(page.abstract?.text);
      return [want.abstractStartsWith, ...(alt.abstractStartsWith ?? [])].some((start) =>
        got.startsWith(normalizePdfValue(start)),
      );
    }
    case 'hasTextLayer':
      return outcome.hasTextLayer === want.hasTextLayer;
    case 'arxiv':
      return want.arxiv === undefined ? null : anyOf(page.arxiv, [want.arxiv]);
  }
}
