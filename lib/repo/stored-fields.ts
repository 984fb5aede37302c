// A clipped page's fields as they are stored: bounded by their field table, then their HTML through the gate.
import type { ExtractedPage } from '../model';
import type { ClippedPage } from '../work-model';
import { toSourceFields } from './source-record';

declare const gated: unique symbol;
/** A clipped page's fields whose HTML went through the gate: the only fields storeClip accepts. */
export type StoredFields = ClippedPage & { readonly [gated]: true };

/**
 * The fields saveClip stores. The gate (stored-html.ts) is loaded on first use, so that the popup opens
 * without it (its bundle budget is 60 KB); call this before opening a transaction, which would not wait.
 */
export async function toStoredFields(page: ExtractedPage): Promise<StoredFields> {
  const { withStoredHtml } = await import('./stored-html');
  return (await withStoredHtml(toSourceFields(page))) as StoredFields;
}
