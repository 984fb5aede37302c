// Chooses a page's title: citation_title, Readability's, meta titles, the heading, or the address.
import { cleanText } from './plain-text';

/** What the page offers as its title, read before Readability rewrites the document. */
export interface TitleCandidates {
  citationTitle?: string;
  readabilityTitle?: string;
  /** dc.title, og:title, twitter:title. */
  metaTitle?: string;
  documentTitle?: string;
  /** The page's first few `<h1>` texts. */
  headings: readonly string[];
}

/** What sits between a title and a site's name in `<title>`: " - PubMed", " | Journal". */
const SEPARATOR = /^\s*(?:[-|\u2013\u2014\u00B7:\u00BB/]|::)\s+\S/;

/** The first `<h1>` texts of a page, where layouts print the work's title. */
export function readHeadings(doc: Document, max = 5): string[] {
  return Array.from(doc.getElementsByTagName('h1'))
    .slice(0, max)
    .flatMap((h1) => cleanText(h1.textContent) ?? []);
}

/**
 * citation_title first (it is the work's own title), then Readability's, meta titles, `<title>`, and
 * the URL. On scholarly and registry pages, a printed `<h1>` that the chosen title merely decorates
 * ("... - Full Text View - ClinicalTrials.gov", "...patie... - PubMed") replaces it.
 */
export function chooseTitle(candidates: TitleCandidates, url: string, preferHeading: boolean): string {
  return chooseTitleWithOrigin(candidates, url, preferHeading).title;
}

/** Which candidate a title came from, so that extraction can say where each field came from. */
export type TitleOrigin = 'citation' | 'readability' | 'meta' | 'document' | 'heading' | 'url';

/** `chooseTitle`, also saying which candidate won. */
export function chooseTitleWithOrigin(
  candidates: TitleCandidates,
  url: string,
  preferHeading: boolean,
): { title: string; origin: TitleOrigin } {
  if (candidates.citationTitle) return { title: candidates.citationTitle, origin: 'citation' };
  const [title, origin]: [string, TitleOrigin] = candidates.readabilityTitle
    ? [candidates.readabilityTitle, 'readability']
    : candidates.metaTitle
      ? [candidates.metaTitle, 'meta']
      : candidates.documentTitle
        ? [candidates.documentTitle, 'document']
        : [url, 'url'];
  const heading = preferHeading ? candidates.headings.find((h) => isTitleOf(h, title)) : undefined;
  return heading ? { title: heading, origin: 'heading' } : { title, origin };
}

/** Separators that split a `<title>` into segments ("Study Details | <title> | ClinicalTrials.gov"). */
const SEGMENTS = /\s+(?:[-|\u2013\u2014\u00B7\u00BB/]|::)\s+/;

/** Whether `title` is `heading` with a site prefix or suffix, or a truncated copy of it. */
function isTitleOf(heading: string, title: string): boolean {
  const h = heading.toLowerCase();
  const t = title.toLowerCase();
  if (h.length < 10) return false;
  if (t === h) return true;
  if (t.startsWith(h) && SEPARATOR.test(t.slice(h.length))) return true;
  if (t.split(SEGMENTS).includes(h)) return true;
  const stem = /^(.*?)(?:\.\.\.|\u2026)/.exec(t)?.[1]?.trim();
  return !!stem && stem.length >= 20 && h.startsWith(stem);
}
