// The part of a pdf.js document that lib/pdf reads, as plain types: pdf.js itself is injected, never imported here.

/** One run of text as pdf.js reports it: the string, its matrix (size, position, rotation) and font. */
export interface PdfTextItem {
  str: string;
  /** [a, b, c, d, e, f]: the text matrix times the page's; e, f are the baseline origin in points. */
  transform: number[];
  width: number;
  height: number;
  fontName: string;
  hasEOL: boolean;
}

/** A page's text: text items, and marked-content markers (which carry no `str`). */
export interface PdfTextContent {
  items: ReadonlyArray<PdfTextItem | { type: string }>;
}

/** The annotation fields lib/pdf looks at: links and their target address. */
export interface PdfAnnotation {
  subtype?: string;
  url?: string;
  unsafeUrl?: string;
}

/** One page of an open document. */
export interface PdfPage {
  /** The page box [x0, y0, x1, y1] in points. */
  view: number[];
  getTextContent(): Promise<PdfTextContent>;
  getAnnotations(): Promise<PdfAnnotation[]>;
  cleanup?(): unknown;
}

/** What pdf.js's `Metadata` offers: the parsed XMP packet, keys as "prefix:name" in lower case. */
export interface PdfXmp {
  getAll(): Record<string, unknown>;
}

/** An open document: pdf.js's PDFDocumentProxy satisfies this shape. */
export interface PdfDocument {
  numPages: number;
  /** Identifiers of the file (first: the permanent id, second: the changing one), to recognise it again. */
  fingerprints?: ReadonlyArray<string | null>;
  getMetadata(): Promise<{ info: object; metadata: PdfXmp | null }>;
  getPage(pageNumber: number): Promise<PdfPage>;
  destroy?(): Promise<void>;
}

/** pdf.js's loading task: a promise of the document, and a way to stop loading. */
export interface PdfLoadingTask {
  promise: Promise<PdfDocument>;
  destroy?(): Promise<void>;
}

/** The options lib/pdf passes to `getDocument`: data only, no network, no eval, no fonts loaded into the page. */
export interface PdfLoadOptions {
  data: Uint8Array;
  isEvalSupported: false;
  disableFontFace: true;
  useSystemFonts: false;
  stopAtErrors: false;
  verbosity: number;
}

/** pdf.js's entry point, injected: the legacy build in Node, the extension's own copy in a browser page. */
export interface PdfJs {
  getDocument(options: PdfLoadOptions): PdfLoadingTask;
}
