// Authors printed in the visible byline, for pages whose meta tags and adapters give none.
import type { Author } from '../model';
import { authorFromParts, parseAuthor } from './authors';
import { normalizeOrcid } from './identifiers';
import { cleanText } from './plain-text';

/** Where a byline's authors are, generic across publishers; the first rule that finds any wins. */
interface BylineRule {
  /** Each author's element, or its surname element when names are printed in parts. */
  items: string;
  /** The given names, a sibling of the surname (Elsevier's given-name, HighWire's nlm-given-names). */
  given?: string;
  /** The name inside an item (schema.org microdata). */
  name?: string;
  /** Items count only inside an element whose class or id names authors (not a reference list). */
  inAuthorBlock?: boolean;
}

/**
 * Byline rules, most structured first: name parts in an author block (ScienceDirect, HighWire, JATS
 * renderings, RDFa and microdata givenName/familyName as on NEJM), schema.org microdata, rel=author links.
 */
export const BYLINE_RULES: readonly BylineRule[] = [
  {
    items:
      '[class~="surname" i], [class~="nlm-surname" i], [class~="family-name" i], [property~="familyName" i], [itemprop~="familyName" i]',
    given:
      '[class~="given-name" i], [class~="nlm-given-names" i], [class~="given-names" i], [property~="givenName" i], [itemprop~="givenName" i]',
    inAuthorBlock: true,
  },
  { items: '[itemprop~="author" i]', name: '[itemprop~="name" i]' },
  { items: 'a[rel~="author" i]' },
];

/** Reference lists and citations, whose names are other works' authors. */
const NOT_BYLINE =
  '[class*="reference" i], [id*="reference" i], [class*="citation-list" i], [itemprop~="citation" i], cite, footer, nav';
const AUTHOR_BLOCK = '[class*="author" i], [id*="author" i]';

function authorOf(item: Element, rule: BylineRule): Author | undefined {
  if (rule.given) {
    const family = cleanText(item.textContent);
    let given: Element | null = null;
    for (let el = item.previousElementSibling; el && !given; el = el.previousElementSibling) {
      if (el.matches(rule.given)) given = el;
    }
    const orcid = item.parentElement?.querySelector('a[href*="orcid.org/"]')?.getAttribute('href');
    return family
      ? authorFromParts(cleanText(given?.textContent), family, [], normalizeOrcid(orcid))
      : undefined;
  }
  const nameEl = rule.name ? (item.querySelector(rule.name) ?? (item.matches('meta') ? null : item)) : item;
  return parseAuthor(cleanText(nameEl?.getAttribute('content') ?? nameEl?.textContent) ?? '');
}

/** The byline's authors in order, without repeats; empty when no rule finds a byline. */
export function readByline(doc: Document): Author[] {
  for (const rule of BYLINE_RULES) {
    let items = Array.from(doc.querySelectorAll(rule.items)).filter((el) => !el.closest(NOT_BYLINE));
    if (rule.inAuthorBlock) {
      const block = items.map((el) => el.closest(AUTHOR_BLOCK)).find(Boolean);
      items = block ? items.filter((el) => block.contains(el)) : [];
    }
    const authors: Author[] = [];
    for (const item of items.slice(0, 500)) {
      const author = authorOf(item, rule);
      if (author && !authors.some((known) => known.name === author.name)) authors.push(author);
    }
    if (authors.length > 0) return authors;
  }
  return [];
}
