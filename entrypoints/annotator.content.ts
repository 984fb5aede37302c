// Content script injected on demand: describes the selection, reads the page's keys, paints highlights and their notes.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { listenForMessages } from '../lib/messages';
import { createAnnotatorHandlers } from '../lib/page-highlights/annotator-handlers';

/** Set on the content script's own global (its isolated world): injecting again must not add a second listener. */
const READY = Symbol.for('liaison.annotator');

export default defineContentScript({
  registration: 'runtime',
  main: () => {
    const scope = globalThis as { [READY]?: boolean };
    if (!scope[READY]) {
      scope[READY] = true;
      listenForMessages(createAnnotatorHandlers(document, () => location.href));
    }
    return true;
  },
});
