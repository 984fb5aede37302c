// The message table: every message handled by the annotator, foreign messages ignored, each dispatched to its handler.
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import {
  dispatchMessage,
  isMessageEnvelope,
  MESSAGE_TYPES,
  toEnvelope,
  type MessageHandlers,
} from './messages';
import { createAnnotatorHandlers } from './page-highlights/annotator-handlers';

const PAGE = `<html><head><link rel="canonical" href="/article/42"><meta name="citation_doi" content="doi:10.1056/NEJMoa2034577">
<meta name="citation_pmid" content="33567185"></head><body><p id="p">Overall survival benefit held in the PD-L1 below 1% subgroup.</p></body></html>`;

function annotatorOn(html: string) {
  const { window } = new JSDOM(html, {
    url: 'https://journal.example/article/42?ref=x',
    virtualConsole: new VirtualConsole(),
  });
  return {
    window,
    handlers: createAnnotatorHandlers(window.document, () => window.location.href, { forceMarks: true }),
  };
}

describe('the message table', () => {
  it('names every message once, and the annotator handles each of them', () => {
    expect(new Set(MESSAGE_TYPES).size).toBe(MESSAGE_TYPES.length);
    expect(MESSAGE_TYPES.sort()).toEqual([
      'clear-highlights',
      'describe-selection',
      'focus-highlight',
      'paint-highlights',
      'read-page-keys',
    ]);
    const { handlers } = annotatorOn(PAGE);
    expect(Object.keys(handlers).sort()).toEqual(MESSAGE_TYPES.sort());
  });

  it('accepts only tagged envelopes of known types, and leaves other messages to other listeners', async () => {
    expect(isMessageEnvelope(toEnvelope('read-page-keys', {}))).toBe(true);
    for (const foreign of [
      null,
      'paint-highlights',
      { type: 'read-page-keys', payload: {} },
      { liaison: 1, type: 'drop-database', payload: {} },
      { liaison: 1, type: 'read-page-keys' },
      { liaison: 1, type: 'toString', payload: {} },
    ]) {
      expect(isMessageEnvelope(foreign)).toBe(false);
      expect(dispatchMessage({} as MessageHandlers, foreign)).toBeUndefined();
    }
  });

  it('dispatches each message to its handler and returns its answer', async () => {
    const { window, handlers } = annotatorOn(PAGE);
    const doc = window.document;
    expect(await dispatchMessage(handlers, toEnvelope('read-page-keys', {}))).toEqual({
      url: 'https://journal.example/article/42?ref=x',
      canonicalUrl: 'https://journal.example/article/42',
      doi: '10.1056/nejmoa2034577',
      pmid: '33567185',
    });
    expect(await dispatchMessage(handlers, toEnvelope('describe-selection', {}))).toBeNull();

    const text = doc.getElementById('p')!.firstChild!;
    const range = doc.createRange();
    range.setStart(text, 0);
    range.setEnd(text, 24);
    doc.getSelection()!.addRange(range);
    const selectors = await dispatchMessage(handlers, toEnvelope('describe-selection', {}));
    expect(selectors).toMatchObject({
      exact: 'Overall survival benefit',
      prefix: '',
      suffix: ' held in the PD-L1 below 1% subgroup.'.slice(0, 32),
      start: 0,
      end: 24,
    });

    const report = await dispatchMessage(
      handlers,
      toEnvelope('paint-highlights', {
        highlights: [
          { id: 'h1', exact: 'PD-L1 below 1%' },
          { id: 'h2', exact: 'not on this page' },
        ],
      }),
    );
    expect(report).toEqual({
      painted: [{ id: 'h1', method: expect.any(String) }],
      orphans: ['h2'],
      paintedWith: 'marks',
    });
    expect(await dispatchMessage(handlers, toEnvelope('focus-highlight', { id: 'h1' }))).toBe(true);
    expect(await dispatchMessage(handlers, toEnvelope('focus-highlight', { id: 'h2' }))).toBe(false);
    expect(await dispatchMessage(handlers, toEnvelope('clear-highlights', {}))).toBe(true);
    expect(doc.querySelectorAll('mark').length).toBe(0);
  });
});
