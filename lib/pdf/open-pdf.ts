// Opens PDF bytes with an injected pdf.js, after checking that they are a PDF at all; failures become PdfReadErrors.
import type { PdfDocument, PdfJs } from './pdf-document';
import { PdfReadError } from './pdf-errors';

/** The default size limit (the 100 MB); the caller may pass another. */
export const PDF_SIZE_LIMIT = 100 * 1024 * 1024;

/** How far into the file the "%PDF-" header may start (the specification's readers allow 1024 bytes of junk). */
const HEADER_WINDOW = 1024;

/** Markup that an error or sign-in page served as application/pdf starts with. */
const HTML_START = /^\s*(?:<!doctype\s+html|<html|<head|<body|<\?xml[^>]*>\s*<(?:!doctype\s+)?html|<!--)/i;

function headerText(bytes: Uint8Array): string {
  let text = '';
  const end = Math.min(bytes.length, HEADER_WINDOW);
  for (let i = 0; i < end; i++) text += String.fromCharCode(bytes[i] ?? 0);
  return text.replace(/^\uFEFF|^\u00EF\u00BB\u00BF/, '');
}

/** Why bytes are not a PDF before pdf.js sees them: empty, over the limit, a web page, or no header. */
export function checkPdfBytes(bytes: Uint8Array, sizeLimit = PDF_SIZE_LIMIT): void {
  if (bytes.length === 0) throw new PdfReadError('empty');
  if (bytes.length > sizeLimit) throw new PdfReadError('too-large', `${bytes.length} bytes`);
  const head = headerText(bytes);
  if (head.includes('%PDF-')) return;
  if (HTML_START.test(head)) throw new PdfReadError('html');
  throw new PdfReadError('not-pdf');
}

/** The names pdf.js gives its errors (they cross the worker boundary as plain objects with a name). */
function errorName(error: unknown): string {
  return error && typeof error === 'object' && 'name' in error ? String(error.name) : '';
}

/**
 * Opens a PDF from its bytes with the pdf.js the caller passes (legacy build in Node, the extension's
 * copy in a page), with eval, system fonts and font loading off. Throws a PdfReadError when the bytes
 * are not a PDF, need a password, or are damaged beyond what pdf.js repairs.
 */
export async function openPdf(
  bytes: Uint8Array,
  pdfjs: PdfJs,
  options: { sizeLimit?: number } = {},
): Promise<PdfDocument> {
  checkPdfBytes(bytes, options.sizeLimit);
  // pdf.js takes ownership of the buffer it is given: pass a copy so the caller keeps its bytes.
  const task = pdfjs.getDocument({
    data: bytes.slice(),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  try {
    return await task.promise;
  } catch (error) {
    await task.destroy?.().catch(() => undefined);
    const name = errorName(error);
    if (name === 'PasswordException') throw new PdfReadError('encrypted', name);
    throw new PdfReadError('corrupt', name || String(error));
  }
}
