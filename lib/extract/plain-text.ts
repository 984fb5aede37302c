// Renders a DOM subtree as plain text: whitespace collapsed, paragraphs separated by a blank line.

/** Zero-width and byte-order characters that pages leave inside names and titles. */
const ZERO_WIDTH = /[\u200B\u200C\u200E\u200F\u2060\uFEFF\u00AD]/g;

/** Collapses runs of whitespace and drops zero-width characters; `undefined` for blank input. */
export function cleanText(value: string | null | undefined): string | undefined {
  if (value == null) return undefined;
  const cleaned = value.replace(ZERO_WIDTH, '').replace(/\s+/g, ' ').trim();
  return cleaned === '' ? undefined : cleaned;
}

/** Elements that start a new paragraph (blank line before and after). */
const PARAGRAPH = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'details',
  'dialog',
  'div',
  'dl',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'ul',
  'abstracttext',
  'caption',
]);

/** Elements that start a new line but not a new paragraph. */
const LINE = new Set(['li', 'dt', 'dd', 'tr', 'summary', 'br', 'thead', 'tbody', 'tfoot']);

/** Elements whose content is never text a reader sees. */
const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'head',
  'title',
  'meta',
  'link',
  'iframe',
  'object',
  'embed',
  'svg',
  'math',
  'button',
  'select',
  'textarea',
  'input',
  'canvas',
  'video',
  'audio',
]);

/** A piece of output: text (already collapsed outside <pre>), 1 = new line, 2 = blank line, 3 = cell gap. */
type Piece = string | 1 | 2 | 3;

/**
 * The text of a subtree as a reader would copy it, for search, KOL matching and text exports: one
 * paragraph per block, separated by blank lines, list items and table rows on their own line.
 */
export function toPlainText(root: Node): string {
  const pieces: Piece[] = [];
  // Iterative walk: articles can nest deeper than the call stack allows.
  const stack: Array<{ node: Node; leaving: boolean }> = [{ node: root, leaving: false }];
  while (stack.length > 0) {
    const { node, leaving } = stack.pop() as { node: Node; leaving: boolean };
    if (node.nodeType === 3) {
      pieces.push(inPre(node) ? (node.nodeValue ?? '') : (node.nodeValue ?? '').replace(/\s+/g, ' '));
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const tag = node.nodeType === 1 ? (node as Element).localName.toLowerCase() : '';
    if (SKIP.has(tag)) continue;
    const brk: 1 | 2 | 0 = PARAGRAPH.has(tag) ? 2 : LINE.has(tag) ? 1 : 0;
    if (leaving) {
      if (brk) pieces.push(brk);
      else if (tag === 'td' || tag === 'th') pieces.push(3);
      continue;
    }
    if (brk) pieces.push(brk);
    stack.push({ node, leaving: true });
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i];
      if (child) stack.push({ node: child, leaving: false });
    }
  }
  return joinPieces(pieces);
}

function inPre(node: Node): boolean {
  for (let el = node.parentElement; el; el = el.parentElement) {
    if (el.localName === 'pre') return true;
  }
  return false;
}

function joinPieces(pieces: readonly Piece[]): string {
  const out: string[] = [];
  let line = '';
  let pending: 0 | 1 | 2 = 0;
  const flush = (): void => {
    const text = line.replace(/^[ \t]+|[ \t]+$/g, '');
    line = '';
    if (!text) return;
    if (out.length > 0) out.push(pending === 2 ? '\n\n' : '\n');
    out.push(text);
    pending = 0;
  };
  for (const piece of pieces) {
    if (typeof piece === 'string') {
      // Collapsed text nodes meet with one space between them, never two.
      line += line.endsWith(' ') || line.endsWith('\t') || line === '' ? piece.replace(/^ +/, '') : piece;
    } else if (piece === 3) {
      if (line.trim()) line = `${line.replace(/ +$/, '')}\t`;
    } else {
      if (line.trim()) flush();
      else line = '';
      pending = Math.max(pending, piece) as 1 | 2;
    }
  }
  flush();
  return out.join('').replace(/[\u200B\uFEFF]/g, '');
}

/** Text cut at a word boundary, so that stored text stays within the database's bounds. */
export function truncateText(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.search(/\s\S*$/);
  return space > max * 0.9 ? cut.slice(0, space) : cut;
}
