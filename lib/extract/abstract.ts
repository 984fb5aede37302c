// Finds a work's abstract in the page's markup: an element marked as the abstract, or a labelled section.
import { structureAbstract, structureAbstractText, type AbstractParts } from './abstract-sections';
import { cleanText } from './plain-text';

/**
 * Elements that are the abstract on known layouts, most specific first: PubMed (div.abstract-content
 * inside #abstract, which also holds the copyright line; old div.abstr), Springer and Nature (#Abs1),
 * Atypon (.hlFld-Abstract, .abstractSection).
 */
export const ABSTRACT_SELECTORS: readonly string[] = [
  '[id="eng-abstract" i]',
  '[class~="abstract-content" i]',
  '[id="abstract" i]',
  '[id="abstracts" i]',
  'div.abstr',
  '[id="abs1" i]',
  '[class~="hlFld-Abstract" i]',
  '[class~="abstractSection" i]',
  '[itemprop="abstract" i]',
  '[role="doc-abstract" i]',
];

/** Looser matches, tried after labelled sections because they also catch page headers and ads. */
const BROAD_SELECTORS: readonly string[] = ['[class~="abstract" i]', '[id^="abstract" i]'];

/** Labels of an abstract-like section: "Abstract", BMC's "Abstract (provisional)", registries' "Brief Summary:". */
const ABSTRACT_LABEL = /^(?:abstract|summary|brief summary)(?:\s*\(provisional\))?\s*[:.]?$/i;

/** Blocks that carry the class "abstract" but hold something else. */
const NOT_ABSTRACT =
  /^(?:highlights|graphical abstract|visual abstract|video abstract|key points|research highlights)\b/i;

/** NodeFilter.SHOW_TEXT, spelled out: Node has no NodeFilter global. */
const SHOW_TEXT = 4;

/** Below this the match is a link or a label, above it a whole article marked "abstract". */
const MIN_CHARS = 80;
const MAX_CHARS = 20_000;

/**
 * The abstract in the page's markup, with its sections. Runs before Readability, which rearranges the
 * document and may drop the abstract from its article.
 */
export function findAbstractInDom(doc: Document): AbstractParts | undefined {
  return (
    fromSelectors(doc, ABSTRACT_SELECTORS) ?? findLabelledSection(doc) ?? fromSelectors(doc, BROAD_SELECTORS)
  );
}

/** The abstract in the first element a selector list finds that holds one; also used by site adapters. */
export function fromSelectors(doc: Document, selectors: readonly string[]): AbstractParts | undefined {
  for (const selector of selectors) {
    let elements: Element[];
    try {
      elements = Array.from(doc.querySelectorAll(selector));
    } catch {
      continue; // an engine without the `i` attribute flag: try the next selector
    }
    for (const element of elements) {
      if (element.closest('nav, header, footer, a, button, script, style, template')) continue;
      const parts = acceptable(structureAbstract([element]));
      if (parts) return parts;
    }
  }
  return undefined;
}

/**
 * A section whose label reads "Abstract" or "Brief Summary": a heading and the siblings up to the next
 * heading of its rank, or a label element (dt, th, a bare div) and its next sibling.
 */
function findLabelledSection(doc: Document): AbstractParts | undefined {
  // The DOM typings say body is never null; on a fragment with no <body> it is.
  const body = doc.body as HTMLElement | null;
  if (!body) return undefined;
  // Walks text nodes rather than elements: cheap on 2 MB pages, where element textContent is not.
  const walker = doc.createTreeWalker(body, SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const value = node.nodeValue ?? '';
    if (value.length > 40 || !ABSTRACT_LABEL.test(cleanText(value) ?? '')) continue;
    const label = node.parentElement;
    if (!label || !ABSTRACT_LABEL.test(cleanText(label.textContent) ?? '')) continue;
    if (label.closest('nav, header, footer, a, button, script, style, template, title')) continue;
    const parts = acceptable(structureAbstract(sectionAfter(label)));
    if (parts) return parts;
  }
  return undefined;
}

/** The elements after a label that make up its section; exported for site adapters' labelled abstracts. */
export function sectionAfter(label: Element): Element[] {
  const rank = headingRank(label);
  // An inline label (<strong>Abstract</strong>) stands for its block when it is all the block says.
  let start: Element = label;
  while (
    !start.nextElementSibling &&
    start.parentElement &&
    start.parentElement.textContent === start.textContent
  ) {
    start = start.parentElement;
  }
  if (rank === 0) return start.nextElementSibling ? [start.nextElementSibling] : [];
  const section: Element[] = [];
  for (let el = start.nextElementSibling; el; el = el.nextElementSibling) {
    const next = headingRank(el);
    if (next > 0 && next <= rank) break;
    section.push(el);
  }
  return section;
}

function headingRank(element: Element): number {
  const match = /^h([1-6])$/.exec(element.localName);
  return match ? Number(match[1]) : 0;
}

/** Keeps an abstract of plausible length that is not a highlights box. */
export function acceptable(parts: AbstractParts): AbstractParts | undefined {
  const text = parts.abstract?.text ?? '';
  if (NOT_ABSTRACT.test(text) || NOT_ABSTRACT.test(parts.abstract?.sections[0]?.label ?? ''))
    return undefined;
  return text.length >= MIN_CHARS && text.length <= MAX_CHARS ? parts : undefined;
}

/**
 * The meta description as an abstract, for scholarly pages only and only when it reads like one:
 * long enough, not cut off with an ellipsis, and not a citation line ("Journal. 2015 Mar 12;56:120. doi: ...").
 */
export function abstractFromDescription(
  description: string | undefined,
  doi: string | undefined,
): AbstractParts | undefined {
  if (!description || description.length < 2 * MIN_CHARS) return undefined;
  if (doi && description.toLowerCase().includes(doi)) return undefined;
  return acceptable(structureAbstractText(description));
}
