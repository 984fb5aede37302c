// Reads a PDF's bytes into the extracted record of a clip: open with an injected pdf.js, read the layers, map the result.
import type { ExtractedPage } from '../model';
import { openPdf } from './open-pdf';
import type { PdfJs } from './pdf-document';
import { toExtractedPage } from './pdf-record';
import { readPdf, type PdfReadOptions } from './read-pdf';

export { checkPdfBytes, openPdf, PDF_SIZE_LIMIT } from './open-pdf';
export { isPdfReadError, PDF_ERROR_MESSAGES, PdfReadError, type PdfErrorCode } from './pdf-errors';
export type { PdfDocument, PdfJs } from './pdf-document';
export { PDF_WARNINGS, toExtractedPage } from './pdf-record';
export { readPdf, type PdfReading, type PdfReadOptions } from './read-pdf';

/**
 * A PDF's bytes as the record a clip stores, read with the pdf.js the caller passes (the legacy build
 * in Node, the extension's own copy in an extension page). Throws a PdfReadError for input that is not
 * a readable PDF; the document is always closed.
 */
export async function extractPdf(
  bytes: Uint8Array,
  url: string,
  pdfjs: PdfJs,
  options: PdfReadOptions & { sizeLimit?: number } = {},
): Promise<ExtractedPage> {
  const doc = await openPdf(bytes, pdfjs, { sizeLimit: options.sizeLimit });
  try {
    return toExtractedPage(await readPdf(doc, { fullText: true, ...options }), url);
  } finally {
    await doc.destroy?.();
  }
}
