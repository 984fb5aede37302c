// The data tables of PDF reading: junk Info titles and authors, cover-page signatures, stamps, kinds by first-page text.
import type { SourceKind } from '../model';

/** One rule of a table: a pattern and, for the record, why it is there. */
export interface PatternRule {
  pattern: RegExp;
  why: string;
}

/**
 * Titles that word processors, typesetters and converters put in the Info dictionary or XMP instead of
 * the work's title. A title that matches any row is ignored (`isJunkTitle` also drops id-like strings).
 */
export const JUNK_TITLES: readonly PatternRule[] = [
  {
    pattern: /^microsoft (?:word|powerpoint|excel)\s*-/i,
    why: 'Word/PowerPoint print driver: "Microsoft Word - 02. 206.doc"',
  },
  { pattern: /\.(?:docx?|rtf|odt|pptx?|tex|dvi|ps|indd|qxd|p65|pdf|txt|fm)\s*$/i, why: 'a file name' },
  {
    pattern:
      /^(?:untitled|no title|title|document\d*|manuscript|article|paper|template|slide \d+|layout \d+|powerpoint presentation|presentation|print|none|null|unknown)\b\W*$/i,
    why: 'a placeholder',
  },
  { pattern: /^[\s\-–—_.:?*]*$/, why: 'punctuation only ("-")' },
  { pattern: /&(?:#x?[0-9a-f]+|[a-z]{2,8});/i, why: 'a raw XML/HTML entity ("COVID&#x02010;19")' },
  { pattern: /\d+\s*\.\.\s*\d+\s*$/, why: 'a typesetter job name with a page range ("pone.0115884 1..14")' },
  { pattern: /^(?:doi:?\s*)?10\.\d{4,9}\//i, why: 'a DOI, not a title' },
];

/** Names that Info/XMP give as the author but that are an account, a publisher or a placeholder. */
export const JUNK_AUTHORS: readonly PatternRule[] = [
  {
    pattern: /^(?:administrator|admin|user|owner|author|unknown|default|guest|staff|editor|publisher|-+)$/i,
    why: 'an account name',
  },
  {
    pattern:
      /\b(?:journals?|press|publishing|publishers?|elsevier|springer|wiley|taylor & francis|informa|bmj|ltd|inc|gmbh|corporation|society)\b/i,
    why: 'a publisher',
  },
  { pattern: /\{et al\.?\}|\bet al\b/i, why: 'a truncated list ("Tully {et al.}")' },
  { pattern: /\d{3,}|@/, why: 'an id or an address' },
];

/**
 * First pages that a publisher, an aggregator or a repository puts before the article: recognised by
 * their boilerplate and skipped when the title, authors and abstract are read (their citation lines
 * and DOIs are still read, except where a row marks the cover's own id as an aggregator's).
 */
export const COVER_SIGNATURES: ReadonlyArray<
  PatternRule & { name: string; foreignDoi?: RegExp; yields?: StampYield }
> = [
  {
    name: 'Taylor & Francis',
    pattern: /To cite this article:|Full Terms & Conditions of access and use can be found at/i,
    why: 'T&F download cover',
  },
  {
    name: 'JSTOR',
    pattern: /JSTOR is a not-for-profit service|Your use of the JSTOR archive indicates your acceptance/i,
    why: 'JSTOR cover',
    foreignDoi: /^10\.2307\//,
  },
  { name: 'bepress', pattern: /^Recommended Citation\b/im, why: 'bepress / Berkeley Electronic Press cover' },
  {
    name: 'BMC provisional',
    pattern: /This Provisional PDF corresponds to the article as it appeared upon acceptance/i,
    why: 'BioMed Central provisional PDF cover',
  },
  {
    name: 'Research Square',
    pattern: /Research Square|preprint (?:platform|server).{0,40}has not (?:yet )?been peer[- ]reviewed/i,
    why: 'Research Square preprint cover',
    yields: { kind: 'preprint', journal: 'Research Square' },
  },
  {
    name: 'SSRN',
    pattern: /Electronic copy available at:\s*https?:\/\/ssrn\.com/i,
    why: 'SSRN cover',
    yields: { kind: 'preprint', journal: 'SSRN' },
  },
  {
    name: 'repository',
    pattern:
      /This (?:version|item|document) (?:is|was) (?:available|downloaded|deposited)|Deposited (?:in|on|at)\b|Permanent link to this (?:version|item)|Original citation:|This is (?:the|an) (?:author'?s?|accepted) (?:accepted )?(?:manuscript|version)|White Rose Research Online|eprints?\.[a-z]+\.ac\.uk|repository\.[a-z]+\.(?:edu|ac\.uk)|Take ?down policy|Copyright and moral rights for the publications/i,
    why: 'an institutional repository cover',
  },
];

/** What a stamp line yields about the work, when it is the work's own stamp (a preprint server's). */
export interface StampYield {
  kind?: SourceKind;
  journal?: string;
}

/**
 * Lines that publishers, libraries and servers print on every page and that look like metadata
 * (dates, DOIs, institutions): never read as the title, authors or the publication date. A preprint
 * server's stamp names the server and the preprint's own DOI, which are kept.
 */
export const STAMPS: ReadonlyArray<PatternRule & { yields?: StampYield }> = [
  {
    pattern: /^medRxiv preprint\b/i,
    why: 'medRxiv page stamp',
    yields: { kind: 'preprint', journal: 'medRxiv' },
  },
  {
    pattern: /^bioRxiv preprint\b/i,
    why: 'bioRxiv page stamp',
    yields: { kind: 'preprint', journal: 'bioRxiv' },
  },
  {
    pattern: /^arXiv:\s?(?:\d{4}\.\d{4,5}|[a-z-]+(?:\.[A-Z]{2})?\/\d{7})(?:v\d+)?\s*\[[^\]]+\]/i,
    why: 'arXiv margin id',
    yields: { kind: 'preprint', journal: 'arXiv' },
  },
  {
    pattern: /^(?:this version posted|the copyright holder for this preprint)\b/i,
    why: 'preprint server stamp',
  },
  {
    pattern: /(?:It is made available under a|is the author\/funder, who has granted)/i,
    why: 'preprint licence stamp',
  },
  { pattern: /^Downloaded from\b|\bDownloaded from [\w.-]+\.\w+\b/i, why: 'library download stamp' },
  { pattern: /^Download(?:ed)? by:|^Downloaded by\b/i, why: 'download stamp' },
  {
    pattern: /^This content downloaded from\b|^All use subject to https?:\/\/about\.jstor\.org/i,
    why: 'JSTOR stamp',
  },
  { pattern: /^Brought to you by \||^Authenticated$|^Download Date \|/i, why: 'De Gruyter / bepress stamp' },
  { pattern: /^For personal use only\b|^Copyright © \d{4}.*All rights reserved\.?$/i, why: 'usage stamp' },
  { pattern: /^Reproduced with permission of the copyright owner/i, why: 'ProQuest stamp' },
  { pattern: /^Provided by\b|^View metadata, citation and similar papers at/i, why: 'CORE repository stamp' },
  {
    pattern:
      /^Author Manuscript$|^Author manuscript; available in PMC\b|^NIH-PA Author Manuscript$|^HHS Public Access$/i,
    why: 'PMC author-manuscript stamp',
  },
];

/** Documents that are not articles, recognised by what their first pages print; the first row that matches decides. */
export const KIND_SIGNATURES: ReadonlyArray<PatternRule & { kind: SourceKind }> = [
  {
    kind: 'label',
    pattern: /HIGHLIGHTS OF PRESCRIBING INFORMATION|^FULL PRESCRIBING INFORMATION\b/m,
    why: 'US prescribing information (PLR format)',
  },
  {
    kind: 'label',
    pattern:
      /SUMMARY OF PRODUCT CHARACTERISTICS|^ANNEX I\b|^PACKAGE LEAFLET: INFORMATION FOR THE (?:USER|PATIENT)/m,
    why: 'EU SmPC or package leaflet',
  },
  { kind: 'label', pattern: /^PRODUCT MONOGRAPH\b|^PRESCRIBING INFORMATION\s*$/m, why: 'product monograph' },
  {
    kind: 'trial-protocol',
    pattern:
      /\b(?:Clinical (?:Study|Trial|Pharmacology) Protocol|Protocol (?:Number|No\.?|Identifier|Synopsis|Amendment)|Study Protocol (?:Number|No\.?|Version))\b/i,
    why: 'sponsor protocol cover',
  },
];
