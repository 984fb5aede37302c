// Shared by the anchoring baselines and `npx tsx tests/eval/anchor-eval.ts`: seeded quotes from real pages, the
// edits a page goes through (paragraphs inserted, whitespace changed, a word changed, the passage removed), and
// the verdict on where a re-anchored highlight landed.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';
import { describeTextRange, type HighlightSelectors } from '../../lib/anchor/describe';
import { buildTextModel, rangeOfText, textOffsetOf } from '../../lib/anchor/text-model';
import type { Anchored } from '../../lib/anchor';

export const CORPUS =
  process.env.LIAISON_CORPUS ??
  path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../shared/corpus');

/** A deterministic random source (mulberry32), so that the same seed picks the same quotes and edits. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Parses a saved corpus page with jsdom (scripts off, console silent). */
export function loadPage(relativePath: string): Document {
  const html = fs.readFileSync(path.join(CORPUS, relativePath), 'utf8');
  return new JSDOM(html, { url: 'https://example.org/page', virtualConsole: new VirtualConsole() }).window
    .document;
}

export const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Whether a stretch of page text reads like prose a reader would highlight (words, not code or numbers). */
function isProse(text: string): boolean {
  const words = collapse(text).split(' ');
  const letters = text.replace(/[^\p{L}\s]/gu, '').length;
  return words.length >= 4 && letters / text.length >= 0.8 && !/[{}<>=;|]/.test(text);
}

/**
 * Picks `count` distinct prose quotes of 20-200 characters from the page's body, starting and ending on word edges;
 * with `unique`, only quotes whose words occur once on the page (a copy elsewhere cannot be told from the passage).
 */
export function pickQuotes(
  doc: Document,
  count: number,
  random: () => number,
  unique = false,
): HighlightSelectors[] {
  const { text } = buildTextModel(doc.body);
  const collapsedText = collapse(text);
  const picked: HighlightSelectors[] = [];
  for (let attempt = 0; attempt < count * 500 && picked.length < count; attempt++) {
    let start = Math.floor(random() * text.length);
    while (start > 0 && /\S/.test(text[start - 1] ?? '')) start--;
    while (start < text.length && /\s/.test(text[start] ?? '')) start++;
    let end = Math.min(text.length, start + 20 + Math.floor(random() * 180));
    while (end < text.length && /\S/.test(text[end] ?? '')) end++;
    while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
    const exact = text.slice(start, end);
    if (!isProse(exact) || picked.some((quote) => quote.start < end && start < quote.end)) continue;
    if (unique && collapsedText.split(collapse(exact)).length !== 2) continue;
    picked.push(describeTextRange(buildTextModel(doc.body), start, end));
  }
  return picked;
}

export const EDITS = ['none', 'inserted-paragraphs', 'whitespace', 'changed-word', 'removed'] as const;
export type EditKind = (typeof EDITS)[number];

/** The page with one edit applied, where the quoted passage is now (a live Range that followed the edit), and the way back. */
export interface EditedPage {
  doc: Document;
  expected: Range;
  undo: () => void;
}

/** Records text changes so that an edit can be undone: cloning a 1 MB page for every edit would be slower. */
class TextEdits {
  private log: Array<() => void> = [];
  replace(node: Text, at: number, length: number, text: string): void {
    const old = node.data.slice(at, at + length);
    node.replaceData(at, length, text);
    this.log.push(() => node.replaceData(at, text.length, old));
  }
  insert(parent: Node, node: Node, before: Node): void {
    parent.insertBefore(node, before);
    this.log.push(() => parent.removeChild(node));
  }
  undo(): void {
    for (const step of this.log.reverse()) step();
    this.log = [];
  }
}

/** The text nodes the passage [start, end) of the page text runs through. */
function textNodesOf(doc: Document, selectors: HighlightSelectors): Text[] {
  const model = buildTextModel(doc.body);
  return model.nodes.filter(
    (_, i) => (model.starts[i] ?? 0) < selectors.end && (model.ends[i] ?? 0) > selectors.start,
  );
}

const BLOCKS = 'p,li,td,th,dd,dt,h1,h2,h3,h4,h5,h6,blockquote,section,article,div';

type Editor = (doc: Document, range: Range, nodes: Text[], edits: TextEdits, random: () => number) => void;

const EDITORS: Record<EditKind, Editor> = {
  none: () => {},
  'inserted-paragraphs': (doc, range, _nodes, edits, random) => {
    const start = range.startContainer;
    const block = (start.parentElement ?? doc.body).closest(BLOCKS);
    const before: Node = block && block !== doc.body ? block : start;
    for (let i = 0; i < 2; i++) {
      const paragraph = doc.createElement('p');
      paragraph.textContent = `Inserted paragraph ${Math.floor(random() * 1000)}: an update notice that was not on the page before.`;
      if (before.parentNode) edits.insert(before.parentNode, paragraph, before);
    }
  },
  whitespace: (_doc, _range, nodes, edits, random) => {
    for (const node of nodes) {
      for (const run of [...node.data.matchAll(/\s+/g)].reverse()) {
        const pick = random();
        const replacement = run[0].length > 1 ? ' ' : pick < 0.3 ? '  ' : pick < 0.6 ? '\n    ' : ' ';
        if (replacement !== run[0]) edits.replace(node, run.index, run[0].length, replacement);
      }
    }
  },
  'changed-word': (_doc, range, nodes, edits, random) => {
    const words: Array<{ node: Text; at: number; word: string }> = [];
    for (const node of nodes) {
      for (const match of node.data.matchAll(/\p{L}{4,}/gu)) {
        const inside =
          range.comparePoint(node, match.index) === 0 &&
          range.comparePoint(node, match.index + match[0].length) === 0;
        if (inside) words.push({ node, at: match.index, word: match[0] });
      }
    }
    const chosen = words[Math.floor(random() * words.length)];
    if (!chosen) return;
    const endsThere =
      range.endContainer === chosen.node && range.endOffset === chosen.at + chosen.word.length;
    const replacement = chosen.word.length > 6 ? 'modified' : 'new';
    edits.replace(chosen.node, chosen.at, chosen.word.length, replacement);
    if (endsThere) range.setEnd(chosen.node, chosen.at + replacement.length);
  },
  removed: (_doc, range, nodes, edits) => {
    for (const node of [...nodes].reverse()) {
      const from = node === range.startContainer ? range.startOffset : 0;
      const to = node === range.endContainer ? range.endOffset : node.data.length;
      edits.replace(node, from, to - from, '');
    }
  },
};

/** Applies one kind of edit around the quote, in place; call `undo` before the next edit of the same page. */
export function editPage(
  doc: Document,
  selectors: HighlightSelectors,
  edit: EditKind,
  random: () => number,
): EditedPage {
  const expected = rangeOfText(buildTextModel(doc.body), selectors.start, selectors.end);
  if (!expected) throw new Error('quote outside the page text');
  const edits = new TextEdits();
  EDITORS[edit](doc, expected, textNodesOf(doc, selectors), edits, random);
  return { doc, expected, undo: () => edits.undo() };
}

export type Verdict = 'exact' | 'imprecise' | 'orphan' | 'duplicate' | 'wrong';

/**
 * Where an anchor landed, against the passage's place in the edited page. Wrong: the anchored range does not
 * overlap the passage (or, when the passage was removed, does not touch the point where it was), so the highlight
 * shows on other text; `duplicate` is the part of wrong where that other text is the very words of the quote (a
 * copy of the passage elsewhere on the page). Exact: the anchored text is the passage's current text, whitespace
 * collapsed; imprecise: it overlaps the passage but is not exactly it.
 */
export function judgeAnchor(
  edited: EditedPage,
  anchored: Anchored | null,
  selectors: HighlightSelectors,
): Verdict {
  if (!anchored) return 'orphan';
  const model = buildTextModel(edited.doc.body);
  const start = textOffsetOf(model, anchored.range.startContainer, anchored.range.startOffset);
  const end = textOffsetOf(model, anchored.range.endContainer, anchored.range.endOffset);
  const from = textOffsetOf(model, edited.expected.startContainer, edited.expected.startOffset);
  const to = textOffsetOf(model, edited.expected.endContainer, edited.expected.endOffset);
  const overlaps = from === to ? start <= from && from <= end : start < to && from < end;
  const anchoredText = collapse(model.text.slice(start, end));
  if (!overlaps) return anchoredText === collapse(selectors.exact) ? 'duplicate' : 'wrong';
  return from < to && anchoredText === collapse(model.text.slice(from, to)) ? 'exact' : 'imprecise';
}
