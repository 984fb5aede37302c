// Which link a stored article may keep: http(s) and mailto, made absolute; data: only for images.

/** Schemes a stored link may use. */
const LINK_SCHEMES = new Set(['http:', 'https:', 'mailto:']);

/** Image types a stored `data:` URL may carry (in `<img src>` only). */
const DATA_IMAGE = /^data:image\/(?:png|gif|jpe?g|webp|avif|bmp|svg\+xml)[;,]/i;

/** An absolute URL with an allowed scheme, or undefined when the value must go. */
export function safeUrl(value: string, baseUrl: string, allowDataImage: boolean): string | undefined {
  // Browsers ignore whitespace and control characters inside a scheme ("java\tscript:").
  const trimmed = value.replace(/[\s\p{Cc}]+/gu, '');
  if (/^data:/i.test(trimmed)) return allowDataImage && DATA_IMAGE.test(trimmed) ? value.trim() : undefined;
  let url: URL;
  try {
    url = new URL(value.trim(), baseUrl);
  } catch {
    return undefined;
  }
  return LINK_SCHEMES.has(url.protocol) ? url.href : undefined;
}
