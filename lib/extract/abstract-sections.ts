// Splits an abstract into its labelled sections (Background, Methods...), from markup or from flat text.
import type { AbstractSection, StructuredAbstract } from '../model';
import { cleanText, toPlainText } from './plain-text';

/** Headings that name the abstract itself, not one of its sections. */
const ABSTRACT_HEADING = /^(?:abstract|summary|brief summary|structured abstract)(?:\s*\(provisional\))?$/i;

/**
 * Section labels of structured abstracts (IMRAD, CONSORT, JAMA, Lancet, NEJM, registries, congresses),
 * used to find labels inside flat text ("BACKGROUND: ... METHODS: ..."). Labels in markup need no list.
 */
export const SECTION_LABELS: readonly string[] = [
  'background',
  'background and objectives',
  'background and aims',
  'background and purpose',
  'introduction',
  'context',
  'importance',
  'purpose',
  'purpose of the review',
  'purpose of review',
  'aim',
  'aims',
  'objective',
  'objectives',
  'rationale',
  'hypothesis',
  'methods',
  'method',
  'methodology',
  'materials and methods',
  'patients and methods',
  'design',
  'setting',
  'participants',
  'design, setting, and participants',
  'design, setting and participants',
  'intervention',
  'interventions',
  'exposure',
  'exposures',
  'main outcomes and measures',
  'main outcome measures',
  'measurements',
  'results',
  'findings',
  'recent findings',
  'conclusion',
  'conclusions',
  'conclusions and relevance',
  'interpretation',
  'significance',
  'discussion',
  'limitations',
  'funding',
  'trial registration',
  'clinical trial information',
  'clinical trial identification',
  'evidence acquisition',
  'evidence synthesis',
  'data sources',
  'study selection',
  'data extraction and synthesis',
  'case presentation',
  'summary',
];

/** Sections that sit inside abstract markup but are not the abstract; keyword sections feed `keywords`. */
const KEYWORD_LABEL = /^(?:key\s?words?|author keywords|mesh terms)$/i;
const DROPPED_LABEL =
  /^(?:disclosures?|abstract disclosures|conflicts? of interest|competing interests|copyright|legal entity responsible for the study|editorial acknowledge?ments?|research sponsor|citation format)$/i;
/** Paragraphs that are a copyright or publisher line, not abstract text. */
const COPYRIGHT = /^(?:copyright\b|©|\(c\)\s*\d{4}|all rights reserved)/i;

const BLOCK = new Set([
  'p',
  'div',
  'section',
  'article',
  'ul',
  'ol',
  'li',
  'table',
  'blockquote',
  'dl',
  'dd',
  'figure',
  'header',
  'footer',
  'aside',
  'main',
  'pre',
  'abstracttext',
]);
const SKIP = new Set(['script', 'style', 'template', 'button', 'figure', 'svg', 'math', 'noscript', 'img']);
/** Classes that mark a visual or graphical abstract, not the text. */
const VISUAL = /visual-abstract|graphical|video-abstract/i;
/** Classes of elements that label a section without being headings ("sub-title", "abstract-section-title"). */
const LABEL_CLASS =
  /(?:^|\s)(?:sub-?title|section-title|abstract-section-(?:title|heading)|abstract-label|section-label)(?:\s|$)/i;

/** One run of abstract content: a label on its own, or a paragraph with an optional leading label. */
type Block = { label: string; text?: undefined } | { label?: string; text: string };

function labelOf(raw: string | null | undefined): string | undefined {
  const text = cleanText(raw)
    ?.replace(/\s*[:.\u2014-]\s*$/, '')
    .trim();
  return text && text.length <= 100 ? text : undefined;
}

function isLabelElement(el: Element): boolean {
  if (/^h[1-6]$/.test(el.localName) || el.localName === 'dt') return true;
  return LABEL_CLASS.test(el.getAttribute('class') ?? '') && (el.textContent ?? '').length <= 100;
}

function hasBlockChild(el: Element): boolean {
  return Array.from(el.children).some(
    (child) => BLOCK.has(child.localName) || /^h[1-6]$/.test(child.localName),
  );
}

/** A paragraph from a run of nodes; a leading <strong>/<b>/labelled span ending in ":" becomes its label. */
function paragraph(nodes: readonly Node[], out: Block[]): void {
  const text = cleanText(
    nodes.map((node) => (node.nodeType === 3 ? (node.nodeValue ?? '') : toPlainText(node))).join(' '),
  );
  if (!text) return;
  const first = nodes.find((node) => node.nodeType === 1 || (node.nodeValue ?? '').trim() !== '');
  const lead = first?.nodeType === 1 ? leadLabel(first as Element) : undefined;
  if (lead && text.startsWith(lead.raw)) {
    const rest = text.slice(lead.raw.length).replace(/^[\s:.]+/, '');
    out.push(rest ? { label: lead.label, text: rest } : { label: lead.label });
    return;
  }
  // A label printed as plain text: "Research Sponsor: …", "Keywords: …", "RESULTS: …".
  const printed = /^(\p{Lu}[\p{L} ,&/-]{1,60}?)\s*:\s+(\S[\s\S]*)$/u.exec(text);
  if (printed?.[1] && printed[2] && isKnownLabel(printed[1]))
    out.push({ label: printed[1], text: printed[2] });
  else out.push({ text });
}

/** A label from the vocabulary, or one whose section is taken out (keywords, disclosures, sponsor). */
function isKnownLabel(label: string): boolean {
  return (
    SECTION_LABELS.includes(label.toLowerCase()) || KEYWORD_LABEL.test(label) || DROPPED_LABEL.test(label)
  );
}

function leadLabel(el: Element): { raw: string; label: string } | undefined {
  const first = BLOCK.has(el.localName)
    ? Array.from(el.childNodes).find((n) => n.nodeType === 1 || (n.nodeValue ?? '').trim())
    : el;
  const inner = first?.nodeType === 1 ? (first as Element) : null;
  if (!inner || !/^(?:strong|b|span|em|abstracttext|label)$/.test(inner.localName)) return undefined;
  const raw = cleanText(inner.textContent);
  if (!raw || raw.length > 80) return undefined;
  const isLabel =
    /[:.]$/.test(raw) ||
    LABEL_CLASS.test(inner.getAttribute('class') ?? '') ||
    SECTION_LABELS.includes(raw.toLowerCase());
  const label = labelOf(raw);
  return isLabel && label ? { raw, label } : undefined;
}

/** Walks an abstract's markup into blocks: headings and label elements, paragraphs, nested sections. */
function collect(root: Node, out: Block[], depth = 0): void {
  let inline: Node[] = [];
  const flush = (): void => {
    if (inline.length > 0) paragraph(inline, out);
    inline = [];
  };
  for (const child of Array.from(root.childNodes)) {
    if (child.nodeType === 3) {
      inline.push(child);
      continue;
    }
    if (child.nodeType !== 1) continue;
    const el = child as Element;
    if (SKIP.has(el.localName) || VISUAL.test(el.getAttribute('class') ?? '')) continue;
    if (isLabelElement(el)) {
      flush();
      const label = labelOf(el.textContent);
      if (label) out.push({ label });
    } else if (BLOCK.has(el.localName)) {
      flush();
      if (depth < 12 && hasBlockChild(el)) collect(el, out, depth + 1);
      else paragraph([el], out);
    } else {
      inline.push(el);
    }
  }
  flush();
}

/** Turns blocks into sections: a label opens a section, unlabelled paragraphs continue the open one. */
function toSections(blocks: readonly Block[]): AbstractSection[] {
  const sections: AbstractSection[] = [];
  let pending: string | undefined;
  let open: AbstractSection | undefined;
  for (const block of blocks) {
    if (block.text === undefined) {
      pending = ABSTRACT_HEADING.test(block.label) ? undefined : block.label;
      open = undefined;
      continue;
    }
    if (COPYRIGHT.test(block.text)) continue;
    const label = block.label ?? pending;
    if (label !== undefined || !open) {
      open =
        label !== undefined && !ABSTRACT_HEADING.test(label)
          ? { label, text: block.text }
          : { text: block.text };
      sections.push(open);
      pending = undefined;
    } else {
      open.text = `${open.text}\n\n${block.text}`;
    }
  }
  return sections;
}

const ESCAPED = SECTION_LABELS.map((label) => label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).sort(
  (a, b) => b.length - a.length,
);
/** A known label followed by a colon, at the start or after a sentence: "… were eligible. RESULTS: …". */
const INLINE_LABEL = new RegExp(`(?:^|(?<=[.!?)\\]]\\s{1,3}))(${ESCAPED.join('|')})\\s*:\\s+`, 'gi');

/** Splits flat text at the known labels it prints ("BACKGROUND: … METHODS: …"); unlabelled otherwise. */
export function splitInlineLabels(text: string): AbstractSection[] {
  const matches = [...text.matchAll(INLINE_LABEL)].filter((match) => /^\p{Lu}/u.test(match[1] ?? ''));
  const first = matches[0];
  if (!first || (first.index !== 0 && matches.length < 2)) return [{ text }];
  const sections: AbstractSection[] = [];
  const lead = text.slice(0, first.index).trim();
  if (lead) sections.push({ text: lead });
  matches.forEach((match, i) => {
    const start = (match.index ?? 0) + match[0].length;
    const end = matches[i + 1]?.index ?? text.length;
    const body = text.slice(start, end).trim();
    const label = labelOf(match[1]);
    if (body) sections.push(label ? { label, text: body } : { text: body });
  });
  return sections;
}

/** An abstract and the keywords its markup carried (a "Keywords:" line inside the abstract block). */
export interface AbstractParts {
  abstract?: StructuredAbstract;
  keywords: string[];
}

/** Finishes sections: inline labels split, keyword and disclosure sections taken out, text joined. */
function finish(sections: readonly AbstractSection[]): AbstractParts {
  const keywords: string[] = [];
  const kept: AbstractSection[] = [];
  for (const section of sections.flatMap((s) => (s.label ? [s] : splitInlineLabels(s.text)))) {
    if (section.label && KEYWORD_LABEL.test(section.label)) keywords.push(...splitKeywords(section.text));
    else if (!section.label || !DROPPED_LABEL.test(section.label)) kept.push(section);
  }
  const sliced = kept.slice(0, 60);
  if (sliced.length === 0) return { keywords };
  return { abstract: { text: sliced.map((s) => s.text).join('\n\n'), sections: sliced }, keywords };
}

/** The abstract held by these elements (or fragments), structured by their headings and bold labels. */
export function structureAbstract(roots: readonly Node[]): AbstractParts {
  const blocks: Block[] = [];
  for (const root of roots) {
    if (root.nodeType === 1 && (isLabelElement(root as Element) || !hasBlockChild(root as Element))) {
      const el = root as Element;
      if (isLabelElement(el)) {
        const label = labelOf(el.textContent);
        if (label) blocks.push({ label });
      } else paragraph([el], blocks);
    } else {
      collect(root, blocks);
    }
  }
  return finish(toSections(blocks));
}

/** An abstract given as flat text (a meta tag, JSON-LD), with any printed labels turned into sections. */
export function structureAbstractText(text: string | undefined): AbstractParts {
  const cleaned = cleanText(text)?.replace(/^(?:abstract|summary)\s*[:.]\s*/i, '');
  return cleaned ? finish([{ text: cleaned }]) : { keywords: [] };
}

/** Keywords from a printed list: "a; b; c." or "a, b, c", without the trailing period. */
export function splitKeywords(text: string): string[] {
  const separator = text.includes(';') ? ';' : text.includes('|') ? '|' : ',';
  return text
    .split(separator)
    .flatMap((part) => cleanText(part.replace(/\.$/, '')) ?? [])
    .filter((part) => part.length <= 200)
    .slice(0, 100);
}
