// Maps a PDF reading onto the record every clip has (ExtractedPage): the one place to change when that record's shape changes.
import type { ExtractedPage } from '../model';
import { joinAuthorNames } from '../extract/authors';
import { EXTRACT_LIMITS } from '../extract/limits';
import { assignDefined, short } from '../extract/metadata';
import { truncateText } from '../extract/plain-text';
import type { PdfReading } from './read-pdf';

/** What the preview says about a PDF whose text could not be read. */
export const PDF_WARNINGS = {
  scan: 'This PDF is a scanned image with no text layer: only the file’s properties were read (no text recognition).',
  unusable:
    'This PDF’s text layer cannot be read (its fonts map to the wrong characters): only the file’s properties and links were read.',
} as const;

/** The file name in an address, without ".pdf", as a last-resort title. */
function fileName(url: string): string | undefined {
  try {
    const last = decodeURIComponent(new URL(url).pathname.split('/').pop() ?? '');
    return (
      last
        .replace(/\.pdf$/i, '')
        .replace(/[_+]/g, ' ')
        .trim() || undefined
    );
  } catch {
    return undefined;
  }
}

/**
 * The extracted record of a PDF read from `url`: the same shape `extractPage` gives for a web page,
 * so the popup, the library and search never ask which one they got. A journal name printed with
 * abbreviation dots is also the journal's abbreviation.
 */
export function toExtractedPage(reading: PdfReading, url: string): ExtractedPage {
  const { record } = reading;
  const authors = (record.authors ?? []).slice(0, EXTRACT_LIMITS.authors);
  const warnings: string[] = [];
  if (reading.textLayer === 'none') warnings.push(PDF_WARNINGS.scan);
  if (reading.textLayer === 'unusable') warnings.push(PDF_WARNINGS.unusable);
  const text = reading.text ? truncateText(reading.text, EXTRACT_LIMITS.articleText) : undefined;
  const journal = short(record.journal);
  const page: ExtractedPage = {
    url,
    kind: reading.kind,
    title: short(record.title) ?? fileName(url) ?? url,
    authors,
    nct: record.nct ?? [],
    hasArticle: !!text,
    warnings,
  };
  assignDefined(page, {
    byline: short(joinAuthorNames(authors)),
    journal,
    journalAbbrev: journal && /\p{L}\.\s*\p{L}/u.test(journal) ? journal : undefined,
    publisher: short(record.publisher),
    year: record.date?.year,
    published: record.date?.iso,
    volume: short(record.volume),
    issue: short(record.issue),
    pages: short(record.pages),
    doi: record.doi,
    pmid: record.pmid,
    pmcid: record.pmcid,
    arxiv: record.arxiv,
    abstract: record.abstract,
    keywords: record.keywords?.slice(0, EXTRACT_LIMITS.keywords),
    fieldSources: { ...reading.sources, kind: 'layout' },
    articleText: text,
  });
  return page;
}
