// Whitespace-insensitive text: every run of whitespace as one space, with the way back to raw offsets.

const WHITESPACE_RUN = /\s+/g;

/** Text with whitespace runs collapsed to one space, and for each of its characters the raw offset it came from. */
export interface CollapsedText {
  text: string;
  /** toRaw[i] is the raw offset of collapsed character i; toRaw[text.length] is the raw length. */
  toRaw: Int32Array;
}

/** Collapses whitespace runs of raw text to single spaces, keeping the offset map. */
export function collapseWithOffsets(raw: string): CollapsedText {
  const parts: string[] = [];
  const toRaw = new Int32Array(raw.length + 1);
  let length = 0;
  let last = 0;
  const keep = (from: number, to: number): void => {
    parts.push(raw.slice(from, to));
    for (let i = from; i < to; i++) toRaw[length++] = i;
  };
  for (const run of raw.matchAll(WHITESPACE_RUN)) {
    const at = run.index;
    keep(last, at);
    parts.push(' ');
    toRaw[length++] = at;
    last = at + run[0].length;
  }
  keep(last, raw.length);
  toRaw[length] = raw.length;
  return { text: parts.join(''), toRaw: toRaw.subarray(0, length + 1) };
}

/** Collapses whitespace runs to single spaces. */
export function collapseWhitespace(text: string): string {
  return text.replace(WHITESPACE_RUN, ' ');
}

/** Collapses whitespace runs, keeping a line break where the run had one (a likely block boundary). */
export function condenseWhitespace(text: string): string {
  return text.replace(WHITESPACE_RUN, (run) => (/[\n\r]/.test(run) ? '\n' : ' '));
}

/** The collapsed offset of a raw offset: the first collapsed character at or after it. */
export function collapsedOffsetOf(collapsed: CollapsedText, rawOffset: number): number {
  const { toRaw } = collapsed;
  let lo = 0;
  let hi = collapsed.text.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (toRaw[mid]! < rawOffset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The raw range [start, end) of collapsed [start, end). */
export function rawRangeOf(
  collapsed: CollapsedText,
  start: number,
  end: number,
): { start: number; end: number } {
  const rawStart = collapsed.toRaw[start] ?? 0;
  const rawEnd = end > start ? (collapsed.toRaw[end - 1] ?? rawStart) + 1 : rawStart;
  return { start: rawStart, end: rawEnd };
}
