// AMA Manual of Style, 11th edition, reference-list citations for every kind of source, as runs of plain and italic text.
import { formatHost } from '../source-summary';
import { formatAmaPerson } from './cited-person';
import { formatAmaDate } from './iso-dates';
import type { CitedWork, TextRun } from './model';

/** AMA lists up to six authors; with more, the first three and "et al". */
const MAX_LISTED_AUTHORS = 6;
const LISTED_BEFORE_ET_AL = 3;

/** Ends a citation element with a period unless it already ends with terminal punctuation. */
function closed(text: string): string {
  const trimmed = text.trim().replace(/[\s,;:]+$/, '');
  return /[.?!]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** "Smith JA, Lee K, Park S, et al." or every author up to six; empty when the work names none. */
export function formatAmaAuthors(work: Pick<CitedWork, 'authors'>): string {
  const names = work.authors.map(formatAmaPerson).filter(Boolean);
  if (names.length === 0) return '';
  const listed =
    names.length > MAX_LISTED_AUTHORS ? [...names.slice(0, LISTED_BEFORE_ET_AL), 'et al'] : names;
  return closed(listed.join(', '));
}

/** A run list under construction: plain pieces are separated by spaces, italic ones keep their place. */
class Runs {
  readonly runs: TextRun[] = [];
  plain(text: string | undefined): this {
    if (text) this.runs.push({ text });
    return this;
  }
  italic(text: string): this {
    this.runs.push({ text, italic: true });
    return this;
  }
  /** Merged neighbours of the same style, without leading or trailing space. */
  done(): TextRun[] {
    const merged: TextRun[] = [];
    for (const run of this.runs) {
      const last = merged[merged.length - 1];
      if (last && Boolean(last.italic) === Boolean(run.italic)) last.text += run.text;
      else merged.push({ ...run });
    }
    const first = merged[0];
    if (first) first.text = first.text.trimStart();
    const final = merged[merged.length - 1];
    if (final) final.text = final.text.trimEnd();
    for (const run of merged) run.text = run.text.replace(/ {2,}/g, ' ');
    return merged.filter((run) => run.text);
  }
}

/** Authors and title, the start of every citation: "Smith JA, Lee K. Title. " */
function head(work: CitedWork, withAuthors = true): Runs {
  const authors = withAuthors ? formatAmaAuthors(work) : '';
  return new Runs().plain(authors ? `${authors} ` : '').plain(`${closed(work.title)} `);
}

/** " doi:10.x", else " PMID: 123", else the accessed date and address (AMA's rule for works found online). */
function locator(work: CitedWork): string {
  if (work.doi) return ` doi:${work.doi}`;
  if (work.pmid) return ` PMID: ${work.pmid}`;
  return ` Accessed ${formatAmaDate(work.accessed)}. ${work.url}`;
}

/** "2025;20(4):512-524." or, for an article online ahead of print, "Published online May 15, 2025." */
function journalDate(work: CitedWork): string {
  const issue = work.issue ? `(${work.issue.replace(/_/g, ' ')})` : '';
  if (work.volume)
    return `${work.year ?? ''};${work.volume}${issue}${work.pages ? `:${work.pages}` : ''}.`.replace(
      /^;/,
      '',
    );
  if (work.published && work.published.length === 10)
    return `Published online ${formatAmaDate(work.published)}.`;
  if (work.year !== undefined) return `${work.year}${work.pages ? `:${work.pages}` : ''}.`;
  return '';
}

/** Journal article: Authors. Title. *J Abbrev*. 2025;20(4):512-524. doi:10.xxxx */
function journalArticle(work: CitedWork, journal: string): TextRun[] {
  const date = journalDate(work);
  return head(work)
    .italic(closed(journal).replace(/\.$/, ''))
    .plain('.')
    .plain(date ? ` ${date}` : '')
    .plain(locator(work))
    .done();
}

/** Preprint: Authors. Title. *medRxiv*. Preprint posted online April 25, 2025. doi:10.1101/... */
function preprint(work: CitedWork): TextRun[] {
  const server = work.journal ?? work.publisher ?? formatHost(work.url);
  const posted = work.published ?? (work.year !== undefined ? String(work.year) : undefined);
  return head(work)
    .italic(closed(server).replace(/\.$/, ''))
    .plain('.')
    .plain(posted ? ` Preprint posted online ${formatAmaDate(posted)}.` : '')
    .plain(locator(work))
    .done();
}

/** Presented abstract: Authors. Title. Abstract presented at: 2025 ASCO Annual Meeting; 2025. Abstract LBA8505. doi:... */
function congressAbstract(work: CitedWork, congress: NonNullable<CitedWork['congress']>): TextRun[] {
  const year = congress.year ?? work.year;
  const meeting = [congress.name.trim(), year].filter((part) => part !== undefined && part !== '').join('; ');
  const number = congress.abstractNumber?.trim().replace(/^abstract\s*/i, '');
  return head(work)
    .plain(`Abstract presented at: ${closed(meeting)}`)
    .plain(number ? ` Abstract ${closed(number)}` : '')
    .plain(work.doi ? ` doi:${work.doi}` : '')
    .done();
}

/** Registry record: Title. ClinicalTrials.gov identifier: NCT06123457. Accessed March 21, 2025. https://... */
function trialRecord(work: CitedWork, nct: string): TextRun[] {
  return head(work, false)
    .plain(`ClinicalTrials.gov identifier: ${nct}. Accessed ${formatAmaDate(work.accessed)}. ${work.url}`)
    .done();
}

/** Web page: Authors. Title. Site name. Published May 8, 2025. Accessed May 9, 2025. https://... */
function webPage(work: CitedWork): TextRun[] {
  const site = work.publisher ?? work.journal ?? formatHost(work.url);
  const published = work.published ? ` Published ${formatAmaDate(work.published)}.` : '';
  return head(work)
    .plain(site && site !== work.title ? closed(site) : '')
    .plain(published)
    .plain(` Accessed ${formatAmaDate(work.accessed)}. ${work.url}`)
    .done();
}

/** The AMA 11th edition reference-list entry of a work, with the journal (or preprint server) in italics. */
export function formatAmaCitation(work: CitedWork): TextRun[] {
  const journal = work.journalAbbrev ?? work.journal;
  switch (work.kind) {
    case 'congress-abstract':
      if (work.congress?.name.trim()) return congressAbstract(work, work.congress);
      return journal ? journalArticle(work, journal) : webPage(work);
    case 'trial-registry': {
      const nct = work.nct[0];
      return nct ? trialRecord(work, nct) : webPage(work);
    }
    case 'preprint':
      return preprint(work);
    case 'web-page':
    case 'bookmark':
      return webPage(work);
    default:
      return journal ? journalArticle(work, journal) : webPage(work);
  }
}

/** The citation as one plain string, for tests and formats without emphasis. */
export function amaPlainText(runs: TextRun[]): string {
  return runs.map((run) => run.text).join('');
}
