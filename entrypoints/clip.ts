// Script injected on demand (scripting.executeScript): reads the page and returns an ExtractedPage to the extension.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { extractPage } from '../lib/extract';

// An unlisted script, not a content script: injected only by the extension, it needs none of WXT's
// content-script context (location watcher, invalidation), which cost 3.5 KB gzipped.
// Extraction runs on a clone so that Readability's changes never touch the page the user sees.
export default defineUnlistedScript(() => extractPage(document.cloneNode(true) as Document, location.href));
