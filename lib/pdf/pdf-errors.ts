// Why a PDF could not be read, as a typed error with a plain message for each cause.

/** The causes the clipper tells apart; each has its own message and none leaves anything stored. */
export type PdfErrorCode = 'empty' | 'too-large' | 'html' | 'not-pdf' | 'encrypted' | 'corrupt';

/** The message shown for each cause: what happened, and what the user can do. */
export const PDF_ERROR_MESSAGES: Readonly<Record<PdfErrorCode, string>> = {
  empty: 'The file is empty (0 bytes): there is no PDF to read.',
  'too-large': 'The PDF is larger than the size limit; it can be saved as a bookmark.',
  html: 'The address returned a web page (often an error or sign-in page), not a PDF. Open the PDF itself and clip again.',
  'not-pdf': 'The file is not a PDF.',
  encrypted: 'The PDF is protected by a password, so it cannot be read. It can be saved as a bookmark.',
  corrupt: 'The PDF is damaged and cannot be read. It can be saved as a bookmark.',
};

/** An input that cannot be read as a PDF; `code` says why, so callers can choose what to offer. */
export class PdfReadError extends Error {
  readonly code: PdfErrorCode;

  constructor(code: PdfErrorCode, detail?: string) {
    super(PDF_ERROR_MESSAGES[code]);
    this.name = 'PdfReadError';
    this.code = code;
    if (detail) this.cause = detail;
  }
}

/** Whether a thrown value is a PdfReadError, for callers that catch broadly. */
export function isPdfReadError(error: unknown): error is PdfReadError {
  return error instanceof PdfReadError;
}
