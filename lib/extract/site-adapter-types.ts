// The shape of a site adapter: a URL pattern and, per field, where on the page to read it (selectors, labels).
import type { SourceKind } from '../model';

/**
 * How to read one value: a CSS selector (the first match's text), an attribute of the first match, the
 * value printed next to a label, or a constant. `pattern` keeps its first group (or the whole match).
 */
export type ValueSpec =
  | string
  | { css: string; attr?: string; pattern?: RegExp }
  | { label: readonly string[]; pattern?: RegExp }
  | { value: string };

/** Alternatives tried in order; the first that yields a value wins. */
export type ValueSpecs = ValueSpec | readonly ValueSpec[];

/** How to read the author list: items in byline order, each with its name, affiliations and ORCID. */
export interface AuthorSpec {
  /** The byline's container: the first match is used, so a second copy of the list (a pop-up) is ignored. */
  container: string;
  /** Each author, inside the container. */
  items: string;
  /** The name inside an item (default: the item's text). */
  name?: string;
  /** Given names and surname printed apart (HighWire's nlm-given-names / nlm-surname). */
  given?: string;
  family?: string;
  /** An element in the item whose text is an affiliation (a byline that prints each author's institution). */
  affiliation?: string;
  /** An element in the item whose attribute holds an affiliation (PubMed's affiliation links carry it in `title`). */
  affiliationAttr?: { css: string; attr: string };
  /** Affiliation markers in the item, or ("+sup") in the element right after it (old PubMed). */
  refs?: string;
  /** The affiliation list the markers point into: its items, and the element inside each that holds the key. */
  affiliationList?: { items: string; key: string };
  /** ORCID links inside the item. */
  orcid?: string;
}

/** A list of keywords: every match of a selector (or an attribute), or a labelled list, split into terms. */
export type KeywordSpec = { css: string; attr?: string; split?: boolean } | { label: readonly string[] };

/** One site: where it lives and how to read each field. Every field is optional; other layers fill the rest. */
export interface SiteAdapter {
  name: string;
  /** Addresses of the site's pages; the page address or its canonical address must match one. */
  urls: readonly RegExp[];
  /** Or: selectors that all match only on this site's pages, so a saved copy served elsewhere is recognised. */
  detect?: readonly string[];
  kind?: SourceKind;
  title?: ValueSpecs;
  authors?: AuthorSpec;
  journal?: ValueSpecs;
  journalAbbrev?: ValueSpecs;
  publisher?: ValueSpecs;
  /** A citation line ("2024 Jun 12;18(3):412-424."), read for date, volume, issue and pages. */
  citation?: { spec: ValueSpecs; withJournal: boolean };
  date?: ValueSpecs;
  volume?: ValueSpecs;
  issue?: ValueSpecs;
  pages?: ValueSpecs;
  doi?: ValueSpecs;
  pmid?: ValueSpecs;
  pmcid?: ValueSpecs;
  nct?: ValueSpecs;
  /** The abstract: its element (first selector that holds one), or the section after a label. */
  abstract?: { css?: readonly string[]; label?: readonly string[] };
  keywords?: readonly KeywordSpec[];
  congress?: { name?: ValueSpecs; abstractNumber?: ValueSpecs; session?: ValueSpecs; presenter?: ValueSpecs };
  /** Printed before a congress abstract's title ("LBA9 - "): removed from the title, kept as the abstract number. */
  titleNumberPrefix?: RegExp;
}
