// The bounds and plain-language warnings of extraction, shared by extractPage and extractMetadata.

/** Bounds of what one extraction returns; the repo bounds stored sources the same way. */
export const EXTRACT_LIMITS = {
  articleHtml: 1_000_000,
  articleText: 500_000,
  abstract: 20_000,
  shortText: 2_000,
  authors: 500,
  keywords: 100,
  /** How much of the article text is searched for trial registration numbers. */
  nctScanChars: 6_000,
} as const;

/** Plain-language warnings, shown to the user as they are. */
export const WARNINGS = {
  noArticle: 'No article found on this page; it can be saved as a bookmark (title and address).',
  failed: 'Part of this page could not be read; what could be read was kept.',
} as const;
