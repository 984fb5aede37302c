// Reads a PDF file in Node with pdfjs-dist's legacy build: what eval:pdf and the PDF corpus test run.
import fs from 'node:fs';
import { pathToFileURL } from 'node:url';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import {
  isPdfReadError,
  openPdf,
  readPdf,
  toExtractedPage,
  type PdfErrorCode,
  type PdfReading,
} from '../../lib/pdf';
import type { ExtractedPage } from '../../lib/model';

/** A file read: its record and the reading behind it, or the typed error it gave. */
export type PdfFileResult =
  | { ok: true; page: ExtractedPage; reading: PdfReading; ms: number }
  | { ok: false; code: PdfErrorCode | 'failed'; message: string; ms: number };

/** Reads one PDF file (every page's text included, as a clip does) into its extracted record. */
export async function extractPdfFile(file: string): Promise<PdfFileResult> {
  const started = performance.now();
  const elapsed = (): number => Math.round(performance.now() - started);
  try {
    const doc = await openPdf(new Uint8Array(fs.readFileSync(file)), pdfjs);
    try {
      const reading = await readPdf(doc, { fullText: true });
      return { ok: true, page: toExtractedPage(reading, pathToFileURL(file).href), reading, ms: elapsed() };
    } finally {
      await doc.destroy?.();
    }
  } catch (error) {
    if (isPdfReadError(error)) return { ok: false, code: error.code, message: error.message, ms: elapsed() };
    return { ok: false, code: 'failed', message: String(error), ms: elapsed() };
  }
}
