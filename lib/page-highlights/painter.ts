// Re-anchors stored highlights on a page and paints them: CSS Custom Highlight API, or <mark> where it is missing.
import { anchorAllSelectors, anchorSelectors } from '../anchor';
import type { PaintableHighlight, PaintReport } from '../messages';
import { MARK_CSS, unwrapAll, wrapRange } from './mark-fallback';
import { createNoteTooltip, type NoteTooltip } from './note-tooltip';

/** Names in the page's highlight registry; `::highlight(liaison)` styles them. */
export const HIGHLIGHT_NAME = 'liaison';
const FOCUS_NAME = 'liaison-focus';

const HIGHLIGHT_CSS = `::highlight(${HIGHLIGHT_NAME}) { background-color: rgba(255, 208, 80, 0.55); }
::highlight(${FOCUS_NAME}) { background-color: rgba(255, 163, 26, 0.9); }`;

/** The longest reworded passage a report carries back; the popup shows less. */
const MAX_CURRENT_LENGTH = 1000;

/** Text compared for rewording: whitespace runs are one space, since layout changes are not edits. */
const comparable = (text: string) => text.replace(/\s+/g, ' ').trim();

/** What painting a page offers to the content script. */
export interface Painter {
  paint: (highlights: PaintableHighlight[]) => PaintReport;
  focus: (id: string) => boolean;
  clear: () => void;
}

interface Painted {
  highlight: PaintableHighlight;
  range: Range;
  marks: HTMLElement[];
}

type HighlightWindow = Window & typeof globalThis;

/** The page's highlight registry and constructor, when the browser has the API. */
function customHighlights(
  doc: Document,
): { registry: HighlightRegistry; make: (...ranges: Range[]) => Highlight } | undefined {
  const view = doc.defaultView as HighlightWindow | null;
  const registry = view?.CSS?.highlights;
  const Ctor = view?.Highlight;
  return registry && Ctor ? { registry, make: (...ranges) => new Ctor(...ranges) } : undefined;
}

/** Adds a stylesheet without touching the DOM (adoptedStyleSheets); a <style> in <head> only if that fails. */
function addStyle(doc: Document, css: string): void {
  try {
    const view = doc.defaultView as HighlightWindow;
    const sheet = new view.CSSStyleSheet();
    sheet.replaceSync(css);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  } catch {
    const style = doc.createElement('style');
    style.textContent = css;
    (doc.head ?? doc.documentElement).appendChild(style);
  }
}

const contains = (rect: DOMRect, x: number, y: number) =>
  x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom;

/** Creates the painter of one document; `root` is the node the selectors were described over (the body). */
export function createPainter(
  doc: Document,
  root: Node = doc.body,
  options: { forceMarks?: boolean } = {},
): Painter {
  const api = options.forceMarks ? undefined : customHighlights(doc);
  let painted: Painted[] = [];
  let tooltip: NoteTooltip | undefined;
  let styled = false;
  let hovered: Painted | undefined;
  let frame = 0;

  const tip = () => (tooltip ??= createNoteTooltip(doc));
  const showNote = (entry: Painted) =>
    tip().show({ note: entry.highlight.note, label: entry.highlight.label }, rectOf(entry));
  const hit = (x: number, y: number) =>
    painted.find((entry) => rectsOf(entry).some((rect) => contains(rect, x, y)));

  function onMove(event: MouseEvent) {
    const { clientX, clientY } = event;
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => {
      const entry = hit(clientX, clientY);
      if (entry === hovered) return;
      hovered = entry;
      if (entry) showNote(entry);
      else tooltip?.hide();
    });
  }
  function onKey(event: KeyboardEvent) {
    if (event.key === 'Escape') unfocus();
  }

  function unfocus() {
    api?.registry.delete(FOCUS_NAME);
    for (const mark of Array.from(doc.querySelectorAll('mark.liaison-focus')))
      mark.classList.remove('liaison-focus');
    tooltip?.hide();
  }

  function clear() {
    unfocus();
    api?.registry.delete(HIGHLIGHT_NAME);
    if (!api) unwrapAll(root as ParentNode);
    painted = [];
    hovered = undefined;
    doc.removeEventListener('mousemove', onMove);
    doc.removeEventListener('keydown', onKey);
  }

  function paint(highlights: PaintableHighlight[]): PaintReport {
    clear();
    if (!styled) addStyle(doc, api ? HIGHLIGHT_CSS : MARK_CSS);
    styled = true;
    const report: PaintReport = { painted: [], orphans: [], paintedWith: api ? 'css-highlights' : 'marks' };
    // In the fallback each passage is wrapped before the next is anchored: wrapping splits text nodes, not the text.
    // With the CSS API the page's text is read once for all of them.
    const all = api ? anchorAllSelectors(root, highlights) : undefined;
    for (const [index, highlight] of highlights.entries()) {
      const anchored = all ? all[index] : anchorSelectors(root, highlight);
      if (!anchored || anchored.range.collapsed) {
        report.orphans.push(highlight.id);
        continue;
      }
      // Re-anchored to edited text: say how the page words the passage now, so the popup can show it changed.
      // Read before wrapping, which splits the text nodes the range points into.
      const current = anchored.range.toString();
      const marks = api ? [] : wrapRange(anchored.range, highlight.id);
      const range = marks.length ? spanOf(doc, marks) : anchored.range;
      painted.push({ highlight, range, marks });
      const reworded = comparable(current) !== comparable(highlight.exact);
      report.painted.push({
        id: highlight.id,
        method: anchored.method,
        ...(reworded ? { current: comparable(current).slice(0, MAX_CURRENT_LENGTH) } : {}),
      });
    }
    if (api && painted.length) api.registry.set(HIGHLIGHT_NAME, api.make(...painted.map((p) => p.range)));
    if (painted.length) {
      doc.addEventListener('mousemove', onMove, { passive: true });
      doc.addEventListener('keydown', onKey);
    }
    return report;
  }

  function focus(id: string): boolean {
    const entry = painted.find((p) => p.highlight.id === id);
    if (!entry) return false;
    unfocus();
    const view = doc.defaultView;
    const rect = rectOf(entry);
    view?.scrollTo({ top: view.scrollY + rect.top - view.innerHeight / 3, behavior: 'instant' });
    if (api) api.registry.set(FOCUS_NAME, api.make(entry.range));
    for (const mark of entry.marks) mark.classList.add('liaison-focus');
    showNote(entry);
    return true;
  }

  return { paint, focus, clear };
}

/** Where a painted passage is on screen: its marks in the fallback, else its range. */
function rectsOf(entry: Painted): DOMRect[] {
  return entry.marks.length
    ? entry.marks.flatMap((mark) => Array.from(mark.getClientRects()))
    : Array.from(entry.range.getClientRects());
}

function rectOf(entry: Painted): DOMRect {
  return entry.marks[0]?.getBoundingClientRect() ?? entry.range.getBoundingClientRect();
}

/** A range over the fallback marks of one passage, for hover and scrolling. */
function spanOf(doc: Document, marks: HTMLElement[]): Range {
  const range = doc.createRange();
  range.setStartBefore(marks[0]!);
  range.setEndAfter(marks[marks.length - 1]!);
  return range;
}
