// Where the CSS Custom Highlight API is missing: wraps a passage in <mark> elements, and unwraps them again.

/** The attribute that ties a fallback <mark> to its highlight. */
export const MARK_ATTRIBUTE = 'data-liaison-highlight';

/** Elements whose text children may not be wrapped without breaking the page's structure. */
const NO_WRAP_PARENTS = new Set([
  'TABLE',
  'TBODY',
  'THEAD',
  'TFOOT',
  'TR',
  'SELECT',
  'OPTGROUP',
  'DATALIST',
  'SCRIPT',
  'STYLE',
  'TEXTAREA',
]);

/** The text nodes a range covers, with the part of each that it covers. */
function coveredTextNodes(range: Range): { node: Text; start: number; end: number }[] {
  const doc = range.startContainer.ownerDocument!;
  const root = range.commonAncestorContainer;
  const nodes: Text[] = [];
  if (root.nodeType === 3) nodes.push(root as Text);
  else {
    const walker = doc.createTreeWalker(root, 4);
    for (let node = walker.nextNode(); node; node = walker.nextNode())
      if (range.intersectsNode(node)) nodes.push(node as Text);
  }
  return nodes.map((node) => ({
    node,
    start: node === range.startContainer ? range.startOffset : 0,
    end: node === range.endContainer ? range.endOffset : node.length,
  }));
}

/** Wraps the text of `range` in <mark> elements tagged with `id`; returns them, first one first. */
export function wrapRange(range: Range, id: string): HTMLElement[] {
  const marks: HTMLElement[] = [];
  for (const { node, start, end } of coveredTextNodes(range)) {
    if (
      end <= start ||
      !node.data.slice(start, end).trim() ||
      NO_WRAP_PARENTS.has(node.parentElement?.tagName ?? '')
    )
      continue;
    if (end < node.length) node.splitText(end);
    const target = start > 0 ? node.splitText(start) : node;
    const mark = node.ownerDocument.createElement('mark');
    mark.setAttribute(MARK_ATTRIBUTE, id);
    mark.className = 'liaison-highlight';
    target.parentNode!.insertBefore(mark, target);
    mark.appendChild(target);
    marks.push(mark);
  }
  return marks;
}

/** Removes every fallback <mark> under `root`, putting the text back as it was. */
export function unwrapAll(root: ParentNode): void {
  for (const mark of Array.from(root.querySelectorAll(`mark[${MARK_ATTRIBUTE}]`))) {
    const parent = mark.parentNode;
    if (!parent) continue;
    while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
    parent.removeChild(mark);
    parent.normalize();
  }
}

/** The style of fallback marks, kept close to the CSS highlight's look. */
export const MARK_CSS = `mark[${MARK_ATTRIBUTE}] { background: rgba(255, 208, 80, 0.55); color: inherit; border-radius: 2px; cursor: help; }
mark[${MARK_ATTRIBUTE}].liaison-focus { background: rgba(255, 170, 40, 0.85); outline: 2px solid #b06d00; }`;
