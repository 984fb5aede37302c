// Reads a page into an ExtractedPage. (Skeleton: replaced by the Readability-based extractor.)
import type { ExtractedPage } from '../model';

/** Reads a document into plain data; never throws. */
export function extractPage(doc: Document, url: string): ExtractedPage {
  return { url, kind: 'web-page', title: doc.title || url, authors: [], nct: [], hasArticle: false, warnings: [] };
}
