// The corpus README's matching rules for medical/<name>.expected.json, shared by eval:corpus and the corpus test.
import type { ExtractedPage } from '../../lib/model';

/** The fields of `medical/<name>.expected.json` that are compared (schema in the corpus README). */
export interface MedicalExpectation {
  url: string;
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
  pmcid?: string;
  arxiv?: string;
  alt?: Partial<Record<'title' | 'journal' | 'year' | 'authors' | 'abstractStartsWith', unknown[]>>;
}

/** Every field the evaluation reports, in the order the issue lists them; pmcid and arxiv where given. */
export const EVAL_FIELDS = [
  'kind',
  'title',
  'firstAuthor',
  'authorCount',
  'journal',
  'year',
  'doi',
  'pmid',
  'nct',
  'hasAbstract',
  'abstractStart',
  'pmcid',
  'arxiv',
] as const;

/** One field the evaluation compares. */
export type EvalField = (typeof EVAL_FIELDS)[number];

/** Case-insensitive after collapsing whitespace, as the corpus README says. */
export function normalizeForMatch(value: unknown): string {
  return (typeof value === 'string' || typeof value === 'number' ? String(value) : '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** The abstract's text, whatever shape the page gives it in. */
function abstractOf(page: ExtractedPage): string | undefined {
  const abstract: unknown = page.abstract;
  if (typeof abstract === 'string') return abstract;
  if (abstract && typeof abstract === 'object' && 'text' in abstract && typeof abstract.text === 'string')
    return abstract.text;
  return undefined;
}

/** A field of the page by name, for the optional ids that older pages do not have. */
function optional(page: ExtractedPage, key: string): unknown {
  return (page as unknown as Record<string, unknown>)[key];
}

const anyOf = (got: unknown, expected: unknown, alts: readonly unknown[] = []): boolean =>
  [expected, ...alts].some((value) => normalizeForMatch(value) === normalizeForMatch(got));

/** What the page gave for a field, as the mismatch list shows it. */
export function shownValue(field: EvalField, page: ExtractedPage): string {
  const value: unknown = {
    kind: page.kind,
    title: page.title,
    firstAuthor: page.authors[0]?.name,
    authorCount: page.authors.length,
    journal: page.journal,
    year: page.year,
    doi: page.doi,
    pmid: page.pmid,
    nct: page.nct.join(' '),
    hasAbstract: abstractOf(page) !== undefined,
    abstractStart: abstractOf(page)?.replace(/\s+/g, ' ').slice(0, 70),
    pmcid: optional(page, 'pmcid'),
    arxiv: optional(page, 'arxiv'),
  }[field];
  return value === undefined ? '(none)' : JSON.stringify(value);
}

/** What the ground truth says for a field, as the mismatch list shows it. */
export function wantedValue(field: EvalField, want: MedicalExpectation): string {
  const value: unknown = {
    kind: want.kind === 'other' ? 'web-page' : want.kind,
    title: want.title,
    firstAuthor: want.authors[0] ?? null,
    authorCount: want.authorCount,
    journal: want.journal,
    year: want.year,
    doi: want.doi,
    pmid: want.pmid,
    nct: want.nct.join(' '),
    hasAbstract: want.hasAbstract,
    abstractStart: want.abstractStartsWith,
    pmcid: want.pmcid,
    arxiv: want.arxiv,
  }[field];
  return value === null || value === undefined ? '(none)' : JSON.stringify(value);
}

/**
 * Whether a field matches, or null when the ground truth has nothing to compare (no title on a
 * fragment, no abstract to start, no pmcid or arxiv id recorded). A null journal, year, DOI or PMID
 * means the page must give none (or an `alt` value).
 */
export function matchField(field: EvalField, page: ExtractedPage, want: MedicalExpectation): boolean | null {
  const abstract = abstractOf(page);
  switch (field) {
    case 'kind':
      return (want.kind === 'other' ? 'web-page' : want.kind) === page.kind;
    case 'title':
      return want.title === null ? null : anyOf(page.title, want.title, want.alt?.title);
    case 'firstAuthor':
      return want.authors.length === 0
        ? page.authors.length === 0
        : anyOf(page.authors[0]?.name, want.authors[0], want.alt?.authors?.slice(0, 1));
    case 'authorCount':
      return page.authors.length === want.authorCount;
    case 'journal':
      return want.journal === null
        ? page.journal === undefined || anyOf(page.journal, null, want.alt?.journal)
        : anyOf(page.journal, want.journal, want.alt?.journal);
    case 'year':
      return want.year === null ? page.year === undefined : anyOf(page.year, want.year, want.alt?.year);
    case 'doi':
      return want.doi === null ? page.doi === undefined : anyOf(page.doi, want.doi);
    case 'pmid':
      return want.pmid === null ? page.pmid === undefined : page.pmid === want.pmid;
    case 'nct':
      return normalizeForMatch(page.nct.join(' ')) === normalizeForMatch(want.nct.join(' '));
    case 'hasAbstract':
      return (abstract !== undefined) === want.hasAbstract;
    case 'abstractStart': {
      if (!want.hasAbstract || !want.abstractStartsWith) return null;
      const got = normalizeForMatch(abstract);
      return [want.abstractStartsWith, ...(want.alt?.abstractStartsWith ?? [])].some((s) =>
        got.startsWith(normalizeForMatch(s)),
      );
    }
    case 'pmcid':
      return want.pmcid === undefined ? null : anyOf(optional(page, 'pmcid'), want.pmcid);
    case 'arxiv':
      return want.arxiv === undefined ? null : anyOf(optional(page, 'arxiv'), want.arxiv);
  }
}
