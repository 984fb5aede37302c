// Build-time slimming of Mozilla Readability (pinned 0.6.0) for the injected clip script: same behaviour, less code, less work.
import type { Plugin } from 'vite';

/** Readability's main file, as resolved from node_modules. */
const READABILITY_FILE = /[\\/]@mozilla[\\/]readability[\\/]Readability\.js$/;
const LOG_CALL = 'this.log(';

/**
 * Removes every `this.log(...)` call. They print only with `debug: true`, which Liaison never sets, but
 * their arguments are evaluated regardless: four of them serialize the whole article (`innerHTML`).
 */
function dropLogCalls(code: string): { code: string; count: number } {
  let out = '';
  let from = 0;
  let count = 0;
  for (let at = code.indexOf(LOG_CALL); at >= 0; at = code.indexOf(LOG_CALL, from)) {
    out += code.slice(from, at);
    let i = at + LOG_CALL.length;
    let depth = 1;
    let quote: string | undefined;
    for (; depth > 0 && i < code.length; i++) {
      const c = code[i];
      if (quote) {
        if (c === '\\') i++;
        else if (c === quote) quote = undefined;
      } else if (c === '"' || c === "'" || c === '`') quote = c;
      else if (c === '(') depth++;
      else if (c === ')') depth--;
    }
    if (depth > 0) throw new Error('slim-readability: unbalanced this.log( call');
    out += 'void 0';
    count++;
    from = i;
  }
  return { code: out + code.slice(from), count };
}

/**
 * Renames Readability's private members (`_grabArticle`, `_readabilityDataTable`...) to `_0`, `_1`...:
 * the minifier keeps property names, and these long ones are a tenth of its gzipped size. Names
 * stay `_`-prefixed, so they cannot meet a DOM property on the nodes Readability marks.
 */
function shortenPrivateNames(code: string): string {
  const names = new Map<string, string>();
  return code.replace(/\b_[A-Za-z]\w*/g, (name) => {
    let short = names.get(name);
    if (!short) names.set(name, (short = `_${names.size.toString(36)}`));
    return short;
  });
}

/** Readability's source with log calls dropped and private names shortened; throws if the file no longer looks as expected. */
export function slimReadability(code: string): string {
  const dropped = dropLogCalls(code);
  if (dropped.count < 20)
    throw new Error(`slim-readability: expected Readability 0.6's log calls, found ${dropped.count}`);
  return shortenPrivateNames(dropped.code);
}

/** The Vite plugin (WXT's build) that applies `slimReadability` to Readability.js. */
export function slimReadabilityPlugin(): Plugin {
  return {
    name: 'liaison-slim-readability',
    enforce: 'pre',
    transform(code, id) {
      return READABILITY_FILE.test(id) ? { code: slimReadability(code), map: null } : undefined;
    },
  };
}
