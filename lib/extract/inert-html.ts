// Checks, without a DOM, that HTML is already in sanitized form, so the repo need not sanitize it again.
//
// What the clip script returns was sanitized in the page by sanitizeArticle; the repo checks it rather than
// running DOMPurify again (in under a tenth of the time), and Chrome's background service worker, which has no DOM,
// can only check. This accepts HTML only when its every token is one sanitizeArticle's output is made of:
// allowed tags, allowed attributes with double-quoted values, checked links, no comments, no raw-text
// elements (so that no text can be read back as markup), no character reference but those the serializer
// writes. Anything else is refused whole, and the caller sanitizes it or keeps the text alone.
import { safeUrl } from './safe-url';

/** Inert text structure, tables, figures, media and MathML; no raw-text, form, frame or script element. */
const TAGS = new Set(
  (
    'a abbr acronym address article aside audio b bdi bdo big blockquote br caption center cite code col ' +
    'colgroup data dd del details dfn div dl dt em figcaption figure font footer h1 h2 h3 h4 h5 h6 header ' +
    'hgroup hr i img ins kbd label legend li main mark nav ol p picture pre q rp rt ruby s samp section ' +
    'small source span strike strong sub summary sup table tbody td tfoot th thead time tr track tt u ul ' +
    'var video wbr nobr blink marquee menu dir spacer search meter progress ' +
    'math maction menclose merror mfenced mfrac mi mlabeledtr mmultiscripts mn mo mover mpadded mphantom ' +
    'mprescripts mroot mrow ms mspace msqrt mstyle msub msubsup msup mtable mtd mtext mtr munder ' +
    'munderover none semantics annotation'
  ).split(' '),
);

/** Attributes that carry no script, style or navigation of their own (links are checked apart). */
const ATTRIBUTES = new Set(
  (
    'class title lang dir role rel target hreflang type alt width height sizes loading decoding media ' +
    'controls preload muted loop playsinline kind label srclang default summary border cellpadding ' +
    'cellspacing align valign bgcolor colspan rowspan headers scope abbr span start reversed value datetime ' +
    'open color face size noshade nowrap tabindex for draggable spellcheck download slot hidden translate ' +
    'inert part clear rev pubdate ismap crossorigin autoplay xml:space xlink:title ' +
    'display mathvariant mathsize mathcolor mathbackground displaystyle scriptlevel stretchy fence separator ' +
    'separators lspace rspace accent accentunder linethickness numalign denomalign bevelled columnalign ' +
    'rowalign columnspan columnlines rowlines frame framespacing equalrows equalcolumns notation close ' +
    'encoding form largeop movablelimits symmetric maxsize minsize depth voffset subscriptshift ' +
    'superscriptshift supscriptshift actiontype selection side minlabelspacing xmlns columnspacing ' +
    'rowspacing lquote rquote scriptminsize scriptsizemultiplier length'
  ).split(' '),
);

/** Attributes whose value is a link, accepted only when absolute and of an allowed scheme. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'cite', 'longdesc', 'definitionurl', 'xlink:href']);

/** Ids and names must carry DOMPurify's prefix, so stored HTML cannot clobber the extension's DOM. */
const NAMED = new Set(['id', 'name']);
const NAMED_PREFIX = 'user-content-';

/** The character references an HTML serializer writes in attribute values. */
const ATTRIBUTE_REFERENCES: Record<string, string> = {
  '&amp;': '&',
  '&quot;': '"',
  '&nbsp;': '\u00a0',
  '&lt;': '<',
  '&gt;': '>',
};

// HTML's own whitespace, not JavaScript's \s: a no-break space does not separate attributes.
const SPACE = '[\\t\\n\\f\\r ]';
const TAG = new RegExp(`<(/?)([a-z][a-z0-9]*)((?:${SPACE}+[a-zA-Z][a-zA-Z0-9:-]*="[^"]*")*)${SPACE}*>`, 'y');
const ATTRIBUTE = new RegExp(`${SPACE}+([a-zA-Z][a-zA-Z0-9:-]*)="([^"]*)"`, 'g');

function decodeAttribute(raw: string): string | undefined {
  const unknown = raw.replace(/&(?:amp|quot|nbsp|lt|gt);/g, '').includes('&');
  return unknown ? undefined : raw.replace(/&(?:amp|quot|nbsp|lt|gt);/g, (ref) => ATTRIBUTE_REFERENCES[ref]!);
}

function isAbsoluteSafeUrl(value: string, isImage: boolean): boolean {
  const trimmed = value.trim();
  if (/^data:/i.test(trimmed)) return isImage && safeUrl(trimmed, 'about:blank', true) !== undefined;
  return /^(?:https?|mailto):/i.test(trimmed) && safeUrl(trimmed, 'about:blank', false) !== undefined;
}

function isSafeSrcset(value: string): boolean {
  return value
    .split(/,\s+/)
    .every((candidate) => /^https?:/i.test(candidate.trim()) && isAbsoluteSafeUrl(candidate.trim(), false));
}

function isInertAttribute(tag: string, name: string, raw: string): boolean {
  const value = decodeAttribute(raw);
  if (value === undefined) return false;
  if (NAMED.has(name)) return value.startsWith(NAMED_PREFIX);
  if (URL_ATTRIBUTES.has(name)) return isAbsoluteSafeUrl(value, name === 'src' && tag === 'img');
  if (name === 'srcset') return isSafeSrcset(value);
  if (name === 'poster') return isAbsoluteSafeUrl(value, false);
  return ATTRIBUTES.has(name) || name.startsWith('aria-');
}

function isInertTag(tag: string, isEnd: boolean, attributes: string): boolean {
  if (!TAGS.has(tag)) return false;
  if (isEnd) return attributes === '';
  for (const [, name, raw] of attributes.matchAll(ATTRIBUTE)) {
    if (!isInertAttribute(tag, name!.toLowerCase(), raw!)) return false;
  }
  return true;
}

/**
 * True when `html` is made only of the tokens sanitized HTML is made of, so that a browser parsing it
 * creates only inert elements and safe links. A false answer means "not known to be safe", not "hostile".
 */
export function isInertHtml(html: string): boolean {
  let at = 0;
  while (at < html.length) {
    const open = html.indexOf('<', at);
    if (open === -1) return true;
    TAG.lastIndex = open;
    const tag = TAG.exec(html);
    if (!tag || !isInertTag(tag[2]!, tag[1] === '/', tag[3]!)) return false;
    at = TAG.lastIndex;
  }
  return true;
}
