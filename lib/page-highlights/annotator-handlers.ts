// What the annotator content script answers for each message of lib/messages.ts, over the page's document.
import { describeRange } from '../anchor';
import type { MessageHandlers } from '../messages';
import { readPageKeys } from './page-keys';
import { createPainter, type Painter } from './painter';

/** One handler per message; the painter is created on first use and kept for focus and clear. */
export function createAnnotatorHandlers(
  doc: Document,
  pageUrl: () => string,
  options: { forceMarks?: boolean } = {},
): MessageHandlers {
  let painter: Painter | undefined;
  const getPainter = () => (painter ??= createPainter(doc, doc.body, options));
  return {
    'describe-selection': () => {
      const selection = doc.getSelection();
      if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
      const range = selection.getRangeAt(0);
      // A selection in a form field or outside the body has no place in the page's text.
      if (!doc.body.contains(range.commonAncestorContainer) || !range.toString().trim()) return null;
      return describeRange(doc.body, range);
    },
    'read-page-keys': () => readPageKeys(doc, pageUrl()),
    'paint-highlights': ({ highlights }) => getPainter().paint(highlights),
    'focus-highlight': ({ id }) => getPainter().focus(id),
    'clear-highlights': () => {
      painter?.clear();
      return true;
    },
  };
}
