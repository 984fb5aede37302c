// Script injected on demand (scripting.executeScript): reads the page's scholarly metadata, without Readability, for the popup's first preview.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { extractMetadata } from '../lib/extract/metadata';

// Imported from lib/extract/metadata, not lib/extract, so that Readability and DOMPurify stay out of
// this script. It reads a clone, as clip.ts does: reading the markup removes clobbering names.
export default defineUnlistedScript(() =>
  extractMetadata(document.cloneNode(true) as Document, location.href),
);
