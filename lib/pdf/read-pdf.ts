// Reads an open PDF into one work record, layer by layer: XMP, Info, then the layout of the first pages.
import type { Author, FieldSources, SourceKind } from '../model';
import { parsePageDate } from '../extract/page-date';
import { mergeLayers, type Layer, type WorkRecord } from '../extract/work-record';
import { readFileProperties } from './file-properties';
import { findCitation } from './journal-lines';
import { findBylineAuthors, findSignature } from './layout-authors';
import { bodySize, findLayoutTitle, type LayoutTitle } from './layout-title';
import { findPdfAbstract } from './pdf-abstract';
import type { PdfDocument } from './pdf-document';
import { classifyPdf } from './pdf-kind';
import { judgeTextLayer, readPages, unreadableShare, type PageText, type TextLayerState } from './page-text';
import { coverSignature, stampYields } from './page-furniture';
import { findDoi, findOtherIds, findOwnNctIds } from './text-identifiers';
import { findKindTitle } from './kind-titles';

/** What reading a PDF gives: its record with each field's layer, the state of its text, and its full text when asked. */
export interface PdfReading {
  kind: SourceKind;
  record: WorkRecord;
  sources: FieldSources;
  pageCount: number;
  /** pdf.js's permanent file id, to recognise the same file again. */
  fingerprint?: string;
  textLayer: TextLayerState;
  /** The name of the cover page that was skipped (Taylor & Francis, JSTOR…). */
  cover?: string;
  /** The text of every page, when `fullText` was asked, pages separated by form feeds. */
  text?: string;
}

/** How much to read: the pages scanned for metadata, and whether to read every page's text. */
export interface PdfReadOptions {
  metadataPages?: number;
  fullText?: boolean;
}

/** Letters and digits only, lower case: compares a title across spacing, hyphenation and dashes. */
function squeeze(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[^\p{L}\d]+/gu, '')
    .toLowerCase();
}

/** Keeps a file-property title and authors only when the pages print them (Info titles lie; Info authors are often accounts). */
function corroborate(record: WorkRecord, pagesText: string | undefined): WorkRecord {
  if (pagesText === undefined) return record;
  const checked = { ...record };
  if (checked.title && !pagesText.includes(squeeze(checked.title))) delete checked.title;
  const family = (author: Author): string => squeeze(author.family ?? author.name.split(' ').at(-1) ?? '');
  if (checked.authors && !checked.authors.every((author) => pagesText.includes(family(author))))
    delete checked.authors;
  return checked;
}

/** The title of the first content page that has one by size; a cover's own when the article's pages give none. */
function layoutTitle(
  content: readonly PageText[],
  cover: PageText | undefined,
  body: number,
  journal?: string,
): LayoutTitle | undefined {
  let found: LayoutTitle | undefined;
  for (const page of content.slice(0, 3)) {
    found = findLayoutTitle(page, body, journal);
    if (found) break;
  }
  // Behind a cover the article's own title wins, unless it is much smaller than the cover's largest
  // type (then the "cover" is the article's first page with a repository note, and the other a heading).
  const onCover = cover ? findLayoutTitle(cover, body, journal) : undefined;
  return onCover && (!found || found.size < onCover.size * 0.8) ? onCover : found;
}

/**
 * Whether the title set apart on the page beats the file's own: when it holds the file's (a short
 * title) and says more, or when the two differ and the page's stands out clearly by size (the file's
 * is then a running title or a section name that the pages also print).
 */
function prefersLayoutTitle(
  metadata: string,
  printed: string,
  found: LayoutTitle | undefined,
  body: number,
): boolean {
  const [meta, page] = [squeeze(metadata), squeeze(printed)];
  if (page.includes(meta)) return printed.length > metadata.length + 3;
  if (meta.includes(page)) return false;
  return !!found && found.size >= body * 1.3;
}

/** The byline under a title, or failing that an editorial's signature on the first content page. */
function layoutAuthors(title: LayoutTitle, pages: readonly PageText[], body: number): Author[] {
  const page = pages.find((p) => p.page === title.page);
  const authors = page ? findBylineAuthors(page, title, body) : [];
  return authors.length > 0 || !pages[0] ? authors : findSignature(pages[0]);
}

/**
 * Reads an open PDF: XMP and Info (junk titles and accounts dropped, and kept only when the pages
 * print them), then the first pages' layout (cover pages and stamps skipped) for the title, authors,
 * abstract, citation line and identifiers. A scan or an unreadable text layer gives what the file's
 * properties and links say. Never throws for a document pdf.js opened.
 */
export async function readPdf(doc: PdfDocument, options: PdfReadOptions = {}): Promise<PdfReading> {
  const meta = await doc.getMetadata().catch(() => ({ info: {}, metadata: null }));
  const properties = readFileProperties(meta.info, meta.metadata?.getAll());
  const pages = await readPages(doc, 1, options.metadataPages ?? 6);
  const textLayer = judgeTextLayer(pages);
  const readable = pages.filter((page) => unreadableShare(page.lines.map((l) => l.text).join(' ')) <= 0.1);
  const signature = coverSignature(readable[0]?.page === 1 ? readable[0] : undefined);
  const cover = signature ? readable[0] : undefined;
  const content = textLayer === 'text' ? readable.filter((page) => page !== cover) : [];
  const pagesText =
    textLayer === 'text'
      ? squeeze(
          readable
            .slice(0, 4)
            .flatMap((p) => p.lines.map((l) => l.text))
            .join(' '),
        )
      : undefined;

  const layout: WorkRecord = {};
  const yields = stampYields(readable);
  const kindTitle = findKindTitle(content);
  const body = bodySize(content.slice(0, 4).flatMap((page) => page.lines));
  // The journal as the running heads print it, so that a masthead in large type is not read as the title.
  const journal = properties.xmp.journal ?? findCitation(readable.slice(0, 4), undefined).journal;
  const title = kindTitle ? undefined : layoutTitle(content, cover, body, journal);
  // When the title is the cover's own (a cover that is the article's first page), the cover is read as content.
  const articlePages = cover && title?.page === cover.page ? [cover, ...content] : content;
  const xmp = corroborate(properties.xmp, pagesText);
  const info = corroborate(properties.info, pagesText);
  layout.title = kindTitle ?? title?.text;
  if (title) {
    layout.authors = layoutAuthors(title, [...content, ...(cover ? [cover] : [])], body);
    // A cover that prints the same title may list every author where the article's first page breaks off.
    const coverTitle = cover && title.page !== cover.page ? findLayoutTitle(cover, body) : undefined;
    if (cover && coverTitle && squeeze(coverTitle.text) === squeeze(title.text)) {
      const coverAuthors = findBylineAuthors(cover, coverTitle, body);
      if (coverAuthors.length > layout.authors.length) layout.authors = coverAuthors;
    }
  }
  const metadataTitle = xmp.title ?? info.title;
  if (metadataTitle && layout.title && prefersLayoutTitle(metadataTitle, layout.title, title, body)) {
    delete xmp.title;
    delete info.title;
  }
  const metadataAuthors = xmp.authors ?? info.authors;
  if (metadataAuthors && (layout.authors?.length ?? 0) > metadataAuthors.length) {
    delete xmp.authors;
    delete info.authors;
  }

  const citation = findCitation(
    readable.slice(0, 4),
    title ? { page: title.page, y: title.lines[0]!.y } : undefined,
    layout.title ?? metadataTitle,
  );
  layout.journal = citation.journal ?? yields.journal ?? signature?.yields?.journal;
  layout.volume = citation.volume;
  layout.issue = citation.issue;
  layout.pages = citation.pages;
  layout.date = citation.date;
  const abstract = findPdfAbstract(
    articlePages.slice(0, 4),
    title ? { page: title.page, y: title.lines.at(-1)!.y } : undefined,
  );
  layout.abstract = abstract.abstract;
  if (abstract.keywords.length > 0) layout.keywords = abstract.keywords;

  const text: WorkRecord = {};
  const doi = findDoi(
    readable,
    signature?.foreignDoi,
    pages.flatMap((page) => page.links),
  );
  if (doi) text.doi = doi;
  Object.assign(text, findOtherIds(readable));
  const fromDoi = /^10\.1101\/((?:19|20)\d\d)\.\d\d\.\d\d\./.exec(xmp.doi ?? info.doi ?? doi ?? '')?.[1];
  text.date = (fromDoi ? parsePageDate(fromDoi) : undefined) ?? citation.datedYear;

  const layers: Layer[] = [
    { source: 'xmp', record: xmp },
    { source: 'info', record: info },
    { source: 'layout', record: clean(layout) },
    { source: 'text', record: clean(text) },
  ];
  const { record, sources } = mergeLayers(layers);
  const kind = classifyPdf({
    pages: content.length > 0 ? content : readable,
    pageCount: doc.numPages,
    textLayer,
    stampKind: yields.kind ?? signature?.yields?.kind,
    journal: record.journal,
    doi: record.doi,
  });
  const nct =
    kind === 'label' ? [] : findOwnNctIds(articlePages, record.abstract?.text, kind === 'trial-protocol');
  if (nct.length > 0) {
    record.nct = nct;
    sources.nct = 'text';
  }
  if (kind === 'label' || kind === 'trial-protocol') {
    // A sponsor's document names no authors; names on it are signatories and contacts.
    delete record.authors;
    delete sources.authors;
  }
  if (kind === 'poster' || kind === 'label' || kind === 'trial-protocol') {
    // These print no journal; a name found in their margins is a sponsor's or a meeting's.
    delete record.journal;
    delete sources.journal;
  }

  const reading: PdfReading = { kind, record, sources, pageCount: doc.numPages, textLayer };
  const fingerprint = doc.fingerprints?.[0];
  if (fingerprint) reading.fingerprint = fingerprint;
  if (signature) reading.cover = signature.name;
  if (options.fullText && textLayer === 'text') reading.text = await readAllText(doc, pages);
  return reading;
}

function clean(record: WorkRecord): WorkRecord {
  for (const key of Object.keys(record) as Array<keyof WorkRecord>) {
    const value = record[key];
    if (value === undefined || (Array.isArray(value) && value.length === 0)) delete record[key];
  }
  return record;
}

/** Every page's lines as text, pages separated by a form feed, for search; pages read already are reused. */
async function readAllText(doc: PdfDocument, read: readonly PageText[]): Promise<string> {
  const rest = await readPages(doc, read.length + 1, doc.numPages);
  return [...read, ...rest].map((page) => page.lines.map((line) => line.text).join('\n')).join('\n\f\n');
}
