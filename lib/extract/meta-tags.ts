// Reads a page's <meta> tags, in document order, into plain name/value pairs.
import { cleanText } from './plain-text';

/** One `<meta>` tag: its lower-cased name (name, property or itemprop) and its value. */
export interface MetaTag {
  name: string;
  value: string;
}

/**
 * A meta value without the markup pages escape into it ("Role of &lt;i&gt;BRCA1&lt;/i&gt;"): tags go,
 * and script or style elements go with their content, because the value is used as plain text.
 */
export function stripTags(value: string): string {
  return value.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, ' ').replace(/<\/?[a-z][^<>]*>/gi, '');
}

/**
 * Every named `<meta>` tag with a non-blank value, in document order, because Highwire's
 * `citation_author_institution` belongs to the `citation_author` before it. Reads `content=`, and
 * `value=` as a fallback: some saved pages (bioRxiv via postlight/parser) carry their values there.
 */
export function readMetaTags(doc: Document): MetaTag[] {
  const tags: MetaTag[] = [];
  for (const el of Array.from(doc.getElementsByTagName('meta'))) {
    const value = cleanText(el.getAttribute('content') ?? el.getAttribute('value'));
    if (!value) continue;
    for (const attr of ['name', 'property', 'itemprop']) {
      const name = el.getAttribute(attr)?.trim().toLowerCase();
      if (name) {
        // Open Graph and Dublin Core spell separators several ways: og:title, dc:title, DC.title.
        tags.push({ name: name.replace(/^(dc|dcterms):/, '$1.'), value });
        break;
      }
    }
  }
  return tags;
}
