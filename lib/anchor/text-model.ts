// The text of a DOM subtree as one string (its text nodes, in order) and the mapping between offsets in it and DOM positions.

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;

/** Elements whose text is not page text: their contents never count as document text. */
const SKIPPED_ELEMENTS = new Set(['script', 'style', 'noscript', 'template']);

/** The document text of a subtree: what TextPositionSelector offsets count. */
export interface TextModel {
  root: Node;
  /** The concatenation of the text nodes under root, script, style, noscript and template contents left out. */
  text: string;
  nodes: Text[];
  /** Offset in `text` where each node starts, and where it ends (same order as `nodes`). */
  starts: number[];
  ends: number[];
  indexOf: Map<Text, number>;
}

function isSkipped(node: Node): boolean {
  return node.nodeType === ELEMENT_NODE && SKIPPED_ELEMENTS.has((node as Element).localName);
}

/** Reads the text of root once; iterative, so deep pages cannot overflow the stack. */
export function buildTextModel(root: Node): TextModel {
  const nodes: Text[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const parts: string[] = [];
  const indexOf = new Map<Text, number>();
  let offset = 0;
  const visit = (node: Node): void => {
    if (node.nodeType !== TEXT_NODE && node.nodeType !== CDATA_SECTION_NODE) return;
    const data = (node as Text).data;
    indexOf.set(node as Text, nodes.length);
    nodes.push(node as Text);
    starts.push(offset);
    offset += data.length;
    ends.push(offset);
    parts.push(data);
  };
  if (isSkipped(root)) return { root, text: '', nodes, starts, ends, indexOf };
  visit(root);
  let node: Node | null = root.firstChild;
  while (node) {
    visit(node);
    if (node.firstChild && !isSkipped(node)) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== root && !node.nextSibling) node = node.parentNode;
    node = node && node !== root ? node.nextSibling : null;
  }
  return { root, text: parts.join(''), nodes, starts, ends, indexOf };
}

/** Smallest index i with values[i] > value (strict) or >= value, in a non-decreasing array. */
function firstIndexAbove(values: number[], value: number, orEqual: boolean): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const at = values[mid]!;
    if (at > value || (orEqual && at === value)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Whether the start of `node` comes before the boundary point (container, offset). */
function isBeforePoint(probe: Range, node: Node): boolean {
  try {
    return probe.comparePoint(node, 0) < 0;
  } catch {
    return false;
  }
}

/** The offset in the model's text of a DOM boundary point; points outside root clamp to its start or end. */
export function textOffsetOf(model: TextModel, container: Node, offset: number): number {
  const index = container.nodeType === TEXT_NODE ? model.indexOf.get(container as Text) : undefined;
  if (index !== undefined) {
    const start = model.starts[index]!;
    return start + Math.max(0, Math.min(offset, model.ends[index]! - start));
  }
  const doc = container.ownerDocument ?? (container as Document);
  const probe = doc.createRange();
  probe.setStart(container, offset);
  // The number of characters in text nodes that start before the point.
  let lo = 0;
  let hi = model.nodes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (isBeforePoint(probe, model.nodes[mid]!)) lo = mid + 1;
    else hi = mid;
  }
  return model.starts[lo] ?? model.text.length;
}

/** The DOM position of a text offset: for a range start, in the node the next character is in; for an end, the node the previous one is in. */
export function domPositionOf(
  model: TextModel,
  offset: number,
  side: 'start' | 'end',
): { node: Text; offset: number } | null {
  if (model.nodes.length === 0) return null;
  const clamped = Math.max(0, Math.min(offset, model.text.length));
  let index = firstIndexAbove(model.ends, clamped, side === 'end');
  if (index >= model.nodes.length) index = model.nodes.length - 1;
  const node = model.nodes[index]!;
  return { node, offset: Math.max(0, Math.min(clamped - model.starts[index]!, node.data.length)) };
}

/** A DOM Range over [start, end) of the model's text, or null when the model has no text nodes. */
export function rangeOfText(model: TextModel, start: number, end: number): Range | null {
  const from = domPositionOf(model, start, 'start');
  const to = domPositionOf(model, Math.max(start, end), 'end');
  if (!from || !to) return null;
  const range = (from.node.ownerDocument as Document).createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}
