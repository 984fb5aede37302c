// The types of a link between a source and a KOL or therapeutic area, and how it was made.

/** How a link between a source and a KOL or area was made. */
export type LinkOrigin = 'manual' | 'suggestion' | 'author-match';

/** Where a KOL stands in a work's byline. */
export type AuthorPosition = 'first' | 'last' | 'co-author';

/** The record of one link from a source to a KOL or a therapeutic area (the ids live on the source too). */
export interface SourceLink {
  /** `${sourceId}|kol|${kolId}` or `${sourceId}|area|${areaId}`: one link per pair. */
  id: string;
  sourceId: string;
  target: 'kol' | 'area';
  targetId: string;
  origin: LinkOrigin;
  /** For a KOL who is an author of the source. */
  position?: AuthorPosition;
  createdAt: number;
}

/** A link the user chose at capture or in the library: to what, how it came about, the author position. */
export interface LinkChoice {
  targetId: string;
  origin: LinkOrigin;
  position?: AuthorPosition;
}
