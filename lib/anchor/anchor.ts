// Finds a highlight again from its selectors: exact quote with context, then position, then approximate matching.
import type { Highlight } from '../model';
import {
  contextSimilarity,
  findApproximateQuote,
  findExactQuotes,
  MATCH_LIMITS,
  nearestMatch,
  type QuoteMatch,
  type QuoteQuery,
} from './match-quote';
import { buildTextModel, rangeOfText, type TextModel } from './text-model';
import {
  collapsedOffsetOf,
  collapseWhitespace,
  collapseWithOffsets,
  rawRangeOf,
  type CollapsedText,
} from './whitespace';

/** How a highlight was found: its exact quote, its stored position, or an approximate match of a changed passage. */
export type AnchorMethod = 'quote' | 'position' | 'fuzzy';

export interface Anchored {
  range: Range;
  method: AnchorMethod;
}

/** The selectors anchoring reads; prefix, suffix and position are optional, as a Highlight may lack them. */
export type AnchorSelectors = Pick<Highlight, 'exact' | 'prefix' | 'suffix' | 'start' | 'end'>;

/** Where a highlight is in a model's text, before it becomes a DOM Range. */
export interface TextAnchor {
  start: number;
  end: number;
  method: AnchorMethod;
}

/** The query in collapsed text: a quote's edge whitespace moves to its context, so that the quote starts and ends on text. */
function queryOf(
  selectors: AnchorSelectors,
  collapsed: CollapsedText,
  rawHint: number | undefined,
): QuoteQuery {
  const exact = collapseWhitespace(selectors.exact);
  const quote = exact.trim();
  const leading = exact.startsWith(' ') ? ' ' : '';
  const trailing = exact.endsWith(' ') && quote ? ' ' : '';
  const prefix = collapseWhitespace((selectors.prefix ?? '') + leading);
  const suffix = collapseWhitespace(trailing + (selectors.suffix ?? ''));
  const hint = rawHint === undefined ? undefined : collapsedOffsetOf(collapsed, rawHint);
  return { quote, prefix: prefix === ' ' ? '' : prefix, suffix: suffix === ' ' ? '' : suffix, hint };
}

function hasPosition(
  selectors: AnchorSelectors,
): selectors is AnchorSelectors & { start: number; end: number } {
  return (
    Number.isInteger(selectors.start) &&
    Number.isInteger(selectors.end) &&
    (selectors.start as number) >= 0 &&
    (selectors.end as number) >= (selectors.start as number)
  );
}

/** Finds selectors in a model's text (raw offsets), or null; pure string work, no DOM. */
export function anchorInText(
  model: Pick<TextModel, 'text'>,
  selectors: AnchorSelectors,
  collapsed = collapseWithOffsets(model.text),
): TextAnchor | null {
  const positioned = hasPosition(selectors);
  const query = queryOf(selectors, collapsed, positioned ? selectors.start : undefined);
  if (!query.quote) return null;
  const text = collapsed.text;
  const exact = findExactQuotes(text, query);
  const toRaw = (match: { start: number; end: number }, method: AnchorMethod): TextAnchor => ({
    ...rawRangeOf(collapsed, match.start, match.end),
    method,
  });
  // An exact occurrence away from the stored position may be a copy of the passage (a popup, a print version,
  // a repeated paragraph) while the passage itself was edited in place: an acceptable approximate match strictly
  // nearer the position, searched on the near side of the occurrence only, wins then. (Searching the whole near
  // window instead finds repeated boilerplate beyond the occurrence and anchors wrongly more often.)
  const pick = (match: QuoteMatch): TextAnchor => {
    const distance = query.hint === undefined ? 0 : Math.abs(match.start - query.hint);
    if (distance > MATCH_LIMITS.positionTolerance) {
      const near = findApproximateQuote(
        text,
        query,
        'near',
        Math.min(MATCH_LIMITS.nearWindow, distance - 1),
        match,
      );
      if (near) return toRaw(near, near.quoteSimilarity === 1 ? 'quote' : 'fuzzy');
    }
    return toRaw(match, 'quote');
  };
  // 1. The exact quote where its context agrees; of several such, the nearest to the stored position (once the
  // context agrees, small differences in it are edits around the passage, and position tells copies apart).
  const agreeing = exact.filter((match) => match.contextSimilarity >= MATCH_LIMITS.strongContext);
  const best = nearestMatch(agreeing, query.hint);
  if (best) return pick(best);
  // 2. The stored position, when the text there is still the quote.
  if (positioned && selectors.end <= model.text.length) {
    const there = collapseWhitespace(model.text.slice(selectors.start, selectors.end)).trim();
    const at =
      there === query.quote ? text.indexOf(query.quote, collapsedOffsetOf(collapsed, selectors.start)) : -1;
    if (at !== -1) return toRaw({ start: at, end: at + query.quote.length }, 'position');
  }
  // 3. The exact quote with context that agrees on one side at least (the other side was edited).
  const oneSided = nearestMatch(
    exact.filter((match) => {
      const context = contextSimilarity(text, match.start, match.end, query);
      return Math.max(context.prefix, context.suffix) >= MATCH_LIMITS.weakContext;
    }),
    query.hint,
  );
  if (oneSided) return pick(oneSided);
  // 4. An approximate match of a passage that changed, near its position first.
  const fuzzy = findApproximateQuote(text, query, 'anywhere');
  return fuzzy ? toRaw(fuzzy, 'fuzzy') : null;
}

/** Finds a highlight again: exact quote with context first, then position, then approximate matching. Never throws; null when not found. */
export function anchorSelectors(root: Node, selectors: AnchorSelectors): Anchored | null {
  return anchorAllSelectors(root, [selectors])[0] ?? null;
}

/** Anchors many highlights of one page, reading its text once. Never throws; null for each one not found. */
export function anchorAllSelectors(root: Node, list: readonly AnchorSelectors[]): Array<Anchored | null> {
  let model: TextModel;
  let collapsed: CollapsedText;
  try {
    model = buildTextModel(root);
    collapsed = collapseWithOffsets(model.text);
  } catch {
    return list.map(() => null);
  }
  return list.map((selectors) => {
    try {
      const found = anchorInText(model, selectors, collapsed);
      const range = found && rangeOfText(model, found.start, found.end);
      return found && range ? { range, method: found.method } : null;
    } catch {
      return null;
    }
  });
}
