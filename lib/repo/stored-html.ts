// The one gate page HTML passes through on its way into the database, whatever brought it: cut, then checked or sanitized.
import type { WindowLike } from 'dompurify';
import { isInertHtml } from '../extract/inert-html';
import { CLIPPED_FIELDS, fieldEntries, type ClippedPage } from '../work-model';
import { cutHtml } from './cut-html';

/** The window DOMPurify can parse in: an extension page's; none in Chrome's background service worker. */
function pageWindow(): WindowLike | undefined {
  const win = (globalThis as { window?: Partial<WindowLike> }).window;
  return win && typeof win.DOMParser === 'function' ? (win as WindowLike) : undefined;
}

/**
 * Page HTML is untrusted whoever hands it over (a clip, a re-clip merged into a source, a backup file):
 * it is cut to `max` characters first, so that no cut can leave half a tag. HTML already made of
 * sanitized tokens (`isInertHtml`: what the clip script's DOMPurify writes) is kept as it is; any other is
 * sanitized with DOMPurify as extraction does (links made absolute against `baseUrl`) and cut again
 * cleanly if that lengthened it. Where no DOM exists (Chrome's background service worker) it is dropped
 * instead, and the source keeps its text. Undefined when nothing is left to store.
 */
export async function toStoredHtml(
  value: unknown,
  baseUrl: string,
  max: number,
): Promise<string | undefined> {
  if (typeof value !== 'string') return undefined;
  const html = cutHtml(value.trim(), max);
  if (!html) return undefined;
  // Checking costs under a tenth of sanitizing (README, "Untrusted HTML"); a service worker can do no more.
  if (isInertHtml(html)) return html;
  const win = pageWindow();
  if (!win) return undefined;
  // DOMPurify is loaded only for HTML that needs it.
  const { capHtml, sanitizeArticle } = await import('../extract/sanitize');
  const { body } = sanitizeArticle(html, baseUrl, win);
  const clean = body.innerHTML.length > max ? capHtml(body, max, baseUrl, win) : body.innerHTML;
  return clean.trim() || undefined;
}

/** The fields of a clipped page that hold HTML, with their bounds (lib/work-model.ts). */
const HTML_FIELDS = fieldEntries(CLIPPED_FIELDS).flatMap(([field, spec]) =>
  spec.type === 'html' ? [{ field, max: spec.max }] : [],
);

/** A record with each of its HTML fields through the gate; a field with nothing left to store is left out. */
export async function withStoredHtml<T extends Partial<ClippedPage> & { url: string }>(
  record: T,
): Promise<T> {
  const result: Record<string, unknown> = { ...record };
  for (const { field, max } of HTML_FIELDS) {
    const html = await toStoredHtml(record[field], record.url, max);
    if (html === undefined) delete result[field];
    else result[field] = html;
  }
  return result as T;
}
