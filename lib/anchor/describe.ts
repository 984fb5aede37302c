// Describes a DOM Range as W3C Web Annotation selectors: TextQuoteSelector and TextPositionSelector over root's text.
import { buildTextModel, textOffsetOf, type TextModel } from './text-model';
import { condenseWhitespace } from './whitespace';

/** W3C Web Annotation selectors of one highlight, as lib/model.ts Highlight stores them. */
export interface HighlightSelectors {
  /** The passage exactly as it is in the document text (whitespace included). */
  exact: string;
  /** Up to 32 characters before and after it, whitespace runs condensed (to '\n' where they held a line break). */
  prefix: string;
  suffix: string;
  /** Offsets of the passage in the document text (text nodes under root, scripts and styles left out). */
  start: number;
  end: number;
}

/** How many characters of context a quote carries on each side (the 32). */
export const CONTEXT_LENGTH = 32;

/** The condensed text just before `offset`, up to `length` characters. */
export function contextBefore(text: string, offset: number, length = CONTEXT_LENGTH): string {
  for (let window = length * 2; ; window *= 2) {
    const from = Math.max(0, offset - window);
    const condensed = condenseWhitespace(text.slice(from, offset));
    if (condensed.length > length || from === 0) return condensed.slice(-length);
  }
}

/** The condensed text just after `offset`, up to `length` characters. */
export function contextAfter(text: string, offset: number, length = CONTEXT_LENGTH): string {
  for (let window = length * 2; ; window *= 2) {
    const to = Math.min(text.length, offset + window);
    const condensed = condenseWhitespace(text.slice(offset, to));
    if (condensed.length > length || to === text.length) return condensed.slice(0, length);
  }
}

/** Selectors of the text offsets [start, end) of a model. */
export function describeTextRange(model: TextModel, start: number, end: number): HighlightSelectors {
  return {
    exact: model.text.slice(start, end),
    prefix: contextBefore(model.text, start),
    suffix: contextAfter(model.text, end),
    start,
    end,
  };
}

/** TextQuoteSelector (32 characters of prefix and suffix) and TextPositionSelector over root's text. */
export function describeRange(root: Node, range: Range): HighlightSelectors {
  const model = buildTextModel(root);
  const start = textOffsetOf(model, range.startContainer, range.startOffset);
  const end = Math.max(start, textOffsetOf(model, range.endContainer, range.endOffset));
  return describeTextRange(model, start, end);
}
