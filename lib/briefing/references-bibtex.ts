// The reference list as BibTeX for BibLaTeX/Biber, JabRef and Zotero: every LaTeX-special character escaped.
import type { SourceKind } from '../model';
import { assignCitationKeys } from './citation-keys';
import type { BriefingReference, CitedPerson, CitedWork } from './model';
import { isoDateParts, oneLine, publicationDateParts, splitPages, workNotes } from './reference-fields';

/** Entry type per kind. Preprints and web pages are @misc, which every style knows. */
const BIBTEX_TYPES: Record<SourceKind, string> = {
  'pubmed-abstract': 'article',
  'pmc-article': 'article',
  'journal-article': 'article',
  preprint: 'misc',
  'congress-abstract': 'inproceedings',
  poster: 'misc',
  'trial-protocol': 'misc',
  label: 'misc',
  'trial-registry': 'misc',
  'web-page': 'misc',
  bookmark: 'misc',
};

const MONTH_MACROS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * Each character LaTeX or BibTeX would read as markup, as a command that prints it. Braces become
 * \textbraceleft{} and \textbraceright{} rather than \{ and \}: BibTeX and Biber count every brace, escaped or
 * not, so a lone \{ from a page would unbalance the entry. `<`, `>` and `|` print as other glyphs in OT1.
 */
const LATEX_ESCAPES: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\textbraceleft{}',
  '}': '\\textbraceright{}',
  $: '\\$',
  '&': '\\&',
  '%': '\\%',
  '#': '\\#',
  _: '\\_',
  '^': '\\textasciicircum{}',
  '~': '\\textasciitilde{}',
  '<': '\\textless{}',
  '>': '\\textgreater{}',
  '|': '\\textbar{}',
};

/** Plain text as literal LaTeX text on one line. Non-ASCII stays UTF-8, which Biber and LaTeX read natively. */
export function escapeLatex(text: string): string {
  return oneLine(text).replace(/[\\{}$&%#_^~<>|]/g, (char) => LATEX_ESCAPES[char] ?? char);
}

/** A verbatim field (url, doi): Biber copies it as is, so only braces, backslashes and spaces are percent-encoded. */
function verbatimValue(text: string): string {
  return oneLine(text).replace(
    /[{}\\ ]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
}

/** One name part, braced when it holds a comma or the word "and", which BibTeX would read as separators. */
function namePart(text: string): string {
  const escaped = escapeLatex(text);
  return /,|\band\b/i.test(escaped) ? `{${escaped}}` : escaped;
}

/** "Family, Given", or a braced literal (an unsplit name or a group author is never re-split by BibTeX). */
function bibtexName(person: CitedPerson): string {
  if (person.family && person.given) return `${namePart(person.family)}, ${namePart(person.given)}`;
  return `{${escapeLatex(person.family ?? person.literal)}}`;
}

/** The fields of one entry in order: [name, value already in BibTeX syntax without its outer braces]. */
function bibtexFields(work: CitedWork): Array<[string, string | undefined]> {
  const text = (value: string | undefined) =>
    value === undefined || oneLine(value) === '' ? undefined : escapeLatex(value);
  const date = publicationDateParts(work);
  const accessed = isoDateParts(work.accessed);
  const pages = work.pages ? splitPages(work.pages) : undefined;
  const journal = BIBTEX_TYPES[work.kind] === 'misc' ? undefined : work.journal;
  const notes = [work.kind === 'preprint' ? 'Preprint' : undefined, ...workNotes(work)].filter(
    (note) => note !== undefined,
  );
  return [
    ['author', work.authors.length > 0 ? work.authors.map(bibtexName).join(' and ') : undefined],
    // Double braces keep the title's capitals (HER2, PD-L1, NSCLC) from being lowered by the style.
    ['title', text(work.title) === undefined ? undefined : `{${escapeLatex(work.title)}}`],
    ['journal', text(journal)],
    ['shortjournal', text(journal === undefined ? undefined : work.journalAbbrev)],
    ['booktitle', text(work.congress?.name)],
    ['howpublished', text(work.kind === 'preprint' ? (work.journal ?? work.publisher) : undefined)],
    ['year', date ? String(date[0]) : undefined],
    ['month', date?.[1] === undefined ? undefined : MONTH_MACROS[date[1] - 1]],
    ['volume', text(work.volume)],
    ['number', text(work.issue)],
    ['pages', pages ? escapeLatex(pages.end ? `${pages.start}--${pages.end}` : pages.start) : undefined],
    ['publisher', text(work.kind === 'preprint' ? undefined : work.publisher)],
    ['doi', work.doi ? verbatimValue(work.doi) : undefined],
    ['pmid', text(work.pmid)],
    ['pmcid', text(work.pmcid)],
    ['url', work.url ? verbatimValue(work.url) : undefined],
    ['urldate', accessed?.length === 3 ? work.accessed.slice(0, 10) : undefined],
    [
      'keywords',
      work.keywords.length > 0
        ? work.keywords.map((keyword) => escapeLatex(keyword.replace(/,/g, ' '))).join(', ')
        : undefined,
    ],
    ['abstract', text(work.abstract)],
    ['note', notes.length > 0 ? notes.map(escapeLatex).join('. ') : undefined],
  ];
}

/**
 * The references as BibTeX entries, for BibLaTeX with Biber (and JabRef, Zotero): UTF-8 kept as is, keys from
 * family name, year and first title word, made unique with a/b suffixes; `month` is a macro, all else braced.
 * Every value is escaped with `escapeLatex`, so a title such as `{\input{/etc/passwd}}` prints as text.
 */
export function renderBibtex(references: BriefingReference[]): string {
  const keys = assignCitationKeys(references.map((reference) => reference.work));
  const entries = references.map((reference, i) => {
    const fields = bibtexFields(reference.work)
      .filter((field): field is [string, string] => field[1] !== undefined && field[1] !== '')
      .map(([name, value]) => (name === 'month' ? `  month = ${value}` : `  ${name} = {${value}}`));
    return `@${BIBTEX_TYPES[reference.work.kind]}{${keys[i]},\n${fields.join(',\n')}\n}\n`;
  });
  return ['% Encoding: UTF-8\n', ...entries].join('\n');
}
