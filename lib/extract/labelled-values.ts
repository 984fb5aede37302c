// Reads values printed next to a label ("First Posted: …", <dt>Session</dt><dd>…</dd>, <th>…</th><td>…</td>).
import { cleanText } from './plain-text';

/** NodeFilter.SHOW_TEXT, spelled out: Node has no NodeFilter global. */
const SHOW_TEXT = 4;
/** Longer text nodes are prose, not labels. */
const MAX_LABEL_NODE = 160;
const MAX_VALUE = 2_000;

/** A label as compared: lower case, single spaces, no trailing colon. */
function key(text: string): string {
  return text
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/\s*:\s*$/, '')
    .trim();
}

/**
 * An index of the labels a page prints, built in one pass over its text nodes and only for the labels
 * asked for, so that registry and congress pages (with dozens of labelled fields) cost one walk.
 */
export class LabelIndex {
  private readonly found = new Map<string, Array<{ value: string; element: Element }>>();

  constructor(root: Node | null, wanted: Iterable<string>) {
    const wantedKeys = new Set([...wanted].map(key));
    if (!root || wantedKeys.size === 0) return;
    const doc = root.ownerDocument ?? (root as Document);
    const walker = doc.createTreeWalker(root, SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const raw = node.nodeValue ?? '';
      if (raw.length > MAX_LABEL_NODE || !raw.trim()) continue;
      const whole = key(raw);
      const inline = wantedKeys.has(whole) ? undefined : /^\s*([^:]{2,80}?)\s*:\s*(\S[\s\S]*)$/.exec(raw);
      const inlineLabel = inline?.[1] && inline[2] ? key(inline[1]) : undefined;
      if (!wantedKeys.has(whole) && !(inlineLabel && wantedKeys.has(inlineLabel))) continue;
      // Only a node that reads as a wanted label pays for the ancestor check.
      const parent = node.parentElement;
      if (!parent || parent.closest('script, style, template, option, title, a, button')) continue;
      if (inlineLabel && inline?.[2]) {
        this.add(inlineLabel, cleanText(inline[2]), parent);
      } else {
        const label = labelElement(parent, raw);
        this.add(whole, valueAfter(label), label);
      }
    }
  }

  private add(label: string, value: string | undefined, element: Element): void {
    if (!value || value.length > MAX_VALUE) return;
    const list = this.found.get(label) ?? [];
    list.push({ value, element });
    this.found.set(label, list);
  }

  /** The first value printed next to any of the labels, in the order the labels are given. */
  value(labels: readonly string[]): string | undefined {
    return this.first(labels)?.value;
  }

  /** The element that prints the first of the labels found, for reading the section that follows it. */
  element(labels: readonly string[]): Element | undefined {
    return this.first(labels)?.element;
  }

  private first(labels: readonly string[]): { value: string; element: Element } | undefined {
    for (const label of labels) {
      const entry = this.found.get(key(label))?.[0];
      if (entry) return entry;
    }
    return undefined;
  }
}

/** The label element: the outermost one that prints nothing but the label. */
function labelElement(parent: Element, raw: string): Element {
  let label: Element = parent;
  while (
    label.parentElement &&
    label.parentElement !== label.ownerDocument.body &&
    key(label.parentElement.textContent) === key(raw)
  ) {
    label = label.parentElement;
  }
  return label;
}

/**
 * The value of a label element: the text after it in the same block ("First Posted : November 19, 2018")
 * or, when the label stands alone, the next element (dd after dt, td after td, the paragraph after a heading).
 */
function valueAfter(label: Element): string | undefined {
  let text = '';
  for (let node = label.nextSibling; node; node = node.nextSibling) {
    if (node.nodeType === 1) {
      if (text.replace(/[\s:]/g, '')) break;
      return cleanText((node as Element).textContent);
    }
    text += node.nodeValue ?? '';
  }
  return cleanText(text.replace(/^\s*:\s*/, ''));
}
