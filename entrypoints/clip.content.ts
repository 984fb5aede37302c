// Content script injected on demand: reads the page and returns an ExtractedPage to the extension.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { extractPage } from '../lib/extract';

export default defineContentScript({
  registration: 'runtime',
  // Extraction runs on a clone so that Readability's changes never touch the page the user sees.
  main: () => extractPage(document.cloneNode(true) as Document, location.href),
});
