// Text fragment URLs (#:~:text=prefix-,start,end,-suffix) that scroll a browser to a highlighted passage.
import type { Highlight } from '../model';
import { condenseWhitespace } from './whitespace';

/** Words kept at each end of a quote too long, or spread over lines, to be written out whole. */
const EDGE_WORDS = 5;
/** A quote longer than this is written as textStart,textEnd. */
const WHOLE_QUOTE_MAX = 80;
/** Words of context kept: enough to disambiguate, few enough to stay within one block. */
const CONTEXT_WORDS = 3;

/** Percent-encodes a directive term, including the characters the syntax reserves (`-`, `,`, `&`). */
function encodeTerm(term: string): string {
  return encodeURIComponent(term).replace(/-/g, '%2D');
}

function words(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

/** The context words next to the quote, within its line (a text directive's context cannot cross a block). */
function contextWords(context: string | undefined, side: 'before' | 'after'): string {
  if (!context) return '';
  const lines = condenseWhitespace(context).split('\n');
  const line = (side === 'before' ? lines[lines.length - 1] : lines[0]) ?? '';
  const all = words(line);
  // A partial word at the far end would not match: text directives match whole words.
  if (side === 'before')
    return all
      .slice(line.startsWith(' ') || lines.length > 1 ? 0 : 1)
      .slice(-CONTEXT_WORDS)
      .join(' ');
  return all
    .slice(0, line.endsWith(' ') || lines.length > 1 ? all.length : -1)
    .slice(0, CONTEXT_WORDS)
    .join(' ');
}

/** A link to the passage: the page's URL with a `#:~:text=` directive replacing its fragment. */
export function textFragmentUrl(
  url: string,
  selectors: Pick<Highlight, 'exact' | 'prefix' | 'suffix'>,
): string {
  const base = url.replace(/#.*$/, '');
  const quote = condenseWhitespace(selectors.exact).trim();
  if (!quote) return url;
  const lines = quote.split('\n');
  const all = words(quote);
  const terms: string[] = [];
  const prefix = contextWords(selectors.prefix, 'before');
  if (prefix) terms.push(`${encodeTerm(prefix)}-`);
  if (lines.length === 1 && (quote.length <= WHOLE_QUOTE_MAX || all.length <= 2 * EDGE_WORDS)) {
    terms.push(encodeTerm(all.join(' ')));
  } else {
    const first = words(lines[0] ?? '').slice(0, EDGE_WORDS);
    const last = words(lines[lines.length - 1] ?? '').slice(-EDGE_WORDS);
    terms.push(encodeTerm(first.join(' ')), encodeTerm(last.join(' ')));
  }
  const suffix = contextWords(selectors.suffix, 'after');
  if (suffix) terms.push(`-${encodeTerm(suffix)}`);
  return `${base}#:~:text=${terms.join(',')}`;
}
