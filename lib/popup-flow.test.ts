// The popup's view of a tab: a preview, "already in your library", an unreadable page, a missing tab; reading the tabId.
import { describe, expect, it } from 'vitest';
import type { ExtractedPage, Source } from './model';
import { loadPopupView, parseTabId, type PopupDeps } from './popup-flow';

const page: ExtractedPage = {
  url: 'https://pubmed.ncbi.nlm.nih.gov/1/',
  kind: 'pubmed-abstract',
  title: 'T',
  authors: [],
  nct: [],
  pmid: '1',
  hasArticle: true,
  warnings: [],
};
const stored = { id: 's1', title: 'T' } as Source;

function deps(overrides: Partial<PopupDeps>): PopupDeps {
  return {
    getTab: async () => ({ id: 5, url: page.url, title: 'T' }),
    readTab: async () => ({ ok: true, page }),
    findExistingSource: async () => undefined,
    ...overrides,
  };
}

describe('loadPopupView', () => {
  it('previews a readable page that is not in the library', async () => {
    expect(await loadPopupView(deps({}))).toMatchObject({ step: 'preview', page });
  });

  it('says "already in your library" when the page matches a source, looking it up by what was extracted', async () => {
    const seen: unknown[] = [];
    const view = await loadPopupView(deps({ findExistingSource: async (keys) => (seen.push(keys), stored) }));
    expect(view).toEqual({ step: 'existing', source: stored, page });
    expect(seen[0]).toMatchObject({ pmid: '1' });
  });

  it('explains an unreadable page, and still recognises it by address', async () => {
    const unreadable = deps({ readTab: async () => ({ ok: false, reason: 'browser page' }) });
    expect(await loadPopupView(unreadable)).toMatchObject({ step: 'unreadable', reason: 'browser page' });
    const known = deps({ readTab: async () => ({ ok: false, reason: 'x' }), findExistingSource: async () => stored });
    expect(await loadPopupView(known)).toEqual({ step: 'existing', source: stored });
  });

  it('says so when the tab cannot be found', async () => {
    const view = await loadPopupView(deps({ getTab: async () => Promise.reject(new Error('No tab with id: 9')) }), 9);
    expect(view.step).toBe('no-tab');
  });
});

describe('parseTabId', () => {
  it('reads a numeric tabId and ignores anything else', () => {
    expect(parseTabId('?tabId=42')).toBe(42);
    expect(parseTabId('?tabId=4x2')).toBeUndefined();
    expect(parseTabId('')).toBeUndefined();
  });
});
