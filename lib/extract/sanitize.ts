// Sanitizes article HTML with DOMPurify: no scripts, handlers, styles, forms or frames; absolute links.
import DOMPurify, { type Config, type WindowLike } from 'dompurify';
import { safeUrl } from './safe-url';

/** Elements dropped from stored articles, on top of DOMPurify's defaults (scripts are always gone). */
const FORBID_TAGS = [
  'style',
  'link',
  'meta',
  'base',
  'form',
  'input',
  'button',
  'select',
  'option',
  'optgroup',
  'textarea',
  'datalist',
  'output',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'param',
  'portal',
  'noscript',
  'template',
  'dialog',
  'slot',
];

/** Attributes dropped everywhere: styles, and any that fetch or navigate on their own. */
const FORBID_ATTR = ['style', 'srcdoc', 'action', 'formaction', 'background', 'ping', 'autofocus', 'usemap'];

/** Attributes whose value is a URL, checked and made absolute after DOMPurify's own checks. */
const URL_ATTRS = ['href', 'src', 'cite', 'poster', 'longdesc', 'xlink:href'];

const CONFIG: Config = {
  USE_PROFILES: { html: true, mathMl: true },
  FORBID_TAGS,
  FORBID_ATTR,
  ADD_FORBID_CONTENTS: ['select', 'textarea', 'button', 'noscript', 'template'],
  ALLOW_DATA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  // Ids and names are prefixed ("user-content-") so stored HTML cannot clobber the extension's DOM.
  SANITIZE_NAMED_PROPS: true,
  ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i,
};

/** The window DOMPurify parses with: the document's own, else the content script's global one. */
export function findWindow(doc: Document): WindowLike | undefined {
  const global = (globalThis as { window?: Window }).window;
  const candidate = (doc.defaultView ?? global) as Partial<WindowLike> | undefined;
  return candidate && typeof candidate.DOMParser === 'function' ? (candidate as WindowLike) : undefined;
}

/** One DOMPurify per window: setting one up costs more than sanitizing a short article. Hooks are per call. */
const purifiers = new WeakMap<WindowLike, ReturnType<typeof DOMPurify>>();

function purifierFor(win: WindowLike): ReturnType<typeof DOMPurify> {
  let purify = purifiers.get(win);
  if (!purify) purifiers.set(win, (purify = DOMPurify(win)));
  return purify;
}

/** The sanitized article as a detached `<body>`, ready to serialize and to read as text. */
export interface SanitizedArticle {
  body: Element;
}

/**
 * Page HTML is untrusted (GUIDE, boundary 6): this keeps only inert markup, resolves every link and
 * image against the page's address and removes any that is not http(s), mailto or a data: image.
 */
export function sanitizeArticle(html: string, baseUrl: string, win: WindowLike): SanitizedArticle {
  const purify = purifierFor(win);
  purify.addHook('afterSanitizeAttributes', (node) => {
    for (const attr of URL_ATTRS) {
      const value = node.getAttribute(attr);
      if (value === null) continue;
      const safe = safeUrl(value, baseUrl, attr === 'src' && node.localName === 'img');
      if (safe) node.setAttribute(attr, safe);
      else node.removeAttribute(attr);
    }
    const srcset = node.getAttribute('srcset');
    if (srcset !== null) {
      const safe = safeSrcset(srcset, baseUrl);
      if (safe) node.setAttribute('srcset', safe);
      else node.removeAttribute('srcset');
    }
    if (node.localName === 'a' && node.hasAttribute('href')) node.setAttribute('rel', 'noopener noreferrer');
  });
  try {
    return { body: purify.sanitize(html, { ...CONFIG, RETURN_DOM: true }) as Element };
  } finally {
    purify.removeAllHooks();
  }
}

/** A srcset with every candidate made absolute; undefined when any candidate is not http(s). */
function safeSrcset(srcset: string, baseUrl: string): string | undefined {
  const parts: string[] = [];
  for (const candidate of srcset.split(/,\s+/)) {
    const [src, ...descriptors] = candidate.trim().split(/\s+/);
    if (!src) continue;
    const safe = safeUrl(src, baseUrl, false);
    if (!safe || safe.startsWith('mailto:')) return undefined;
    parts.push([safe, ...descriptors].join(' '));
  }
  return parts.length > 0 ? parts.join(', ') : undefined;
}

/**
 * Serialized HTML cut to at most `max` characters without leaving a broken tag: the cut string is
 * parsed and sanitized again, which closes open elements.
 */
export function capHtml(body: Element, max: number, baseUrl: string, win: WindowLike): string {
  let html = body.innerHTML;
  let limit = max;
  while (html.length > max && limit > 0) {
    const cut = html.slice(0, limit);
    const lastTag = cut.lastIndexOf('<');
    const safeCut = lastTag > cut.lastIndexOf('>') ? cut.slice(0, lastTag) : cut;
    html = sanitizeArticle(safeCut, baseUrl, win).body.innerHTML;
    limit -= Math.max(1000, html.length - max);
  }
  return html.length > max ? '' : html;
}
