// The popup's view of a tab: a quick preview completed by the full read, "already in your library", an unreadable page, a missing tab; what Save stores; reading the tabId.
import { describe, expect, it } from 'vitest';
import type { ExtractedPage, PageMetadata, Source } from './model';
import {
  loadPopupView,
  pageToSave,
  parseTabId,
  withFullRead,
  type PopupDeps,
  type PopupView,
} from './popup-flow';

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
const metadata: PageMetadata = {
  url: page.url,
  kind: 'pubmed-abstract',
  title: 'T',
  authors: [],
  nct: [],
  pmid: '1',
};
const tab = { id: 5, url: page.url, title: 'T' };

function deps(overrides: Partial<PopupDeps>): PopupDeps {
  return {
    getTab: async () => tab,
    readTabMetadata: async () => ({ ok: true, metadata }),
    findExistingSource: async () => undefined,
    ...overrides,
  };
}

describe('loadPopupView', () => {
  it('previews a readable page that is not in the library from its metadata, while the full text is read', async () => {
    expect(await loadPopupView(deps({}))).toEqual({ step: 'preview', tab, page: metadata, full: 'reading' });
  });

  it('says "already in your library" when the page matches a source, looking it up by what was extracted', async () => {
    const seen: unknown[] = [];
    const view = await loadPopupView(deps({ findExistingSource: async (keys) => (seen.push(keys), stored) }));
    expect(view).toEqual({ step: 'existing', source: stored, page: metadata });
    expect(seen[0]).toMatchObject({ pmid: '1' });
  });

  it('explains an unreadable page, and still recognises it by address', async () => {
    const unreadable = deps({ readTabMetadata: async () => ({ ok: false, reason: 'browser page' }) });
    expect(await loadPopupView(unreadable)).toMatchObject({ step: 'unreadable', reason: 'browser page' });
    const known = deps({
      readTabMetadata: async () => ({ ok: false, reason: 'x' }),
      findExistingSource: async () => stored,
    });
    expect(await loadPopupView(known)).toEqual({ step: 'existing', source: stored });
  });

  it('says so when the tab cannot be found', async () => {
    const view = await loadPopupView(
      deps({ getTab: async () => Promise.reject(new Error('No tab with id: 9')) }),
      9,
    );
    expect(view.step).toBe('no-tab');
  });
});

describe('withFullRead and pageToSave', () => {
  const preview: PopupView = { step: 'preview', tab, page: metadata, full: 'reading' };

  it('saves nothing until the full text is read, then the whole page', () => {
    expect(pageToSave(preview)).toBeUndefined();
    const full = { ...page, title: 'T (full)', articleText: 'Body' };
    const read = withFullRead(preview, tab.id, { ok: true, page: full });
    expect(read).toEqual({ ...preview, page: full, full });
    expect(pageToSave(read)).toEqual(full);
  });

  it('saves a page without an article as a bookmark, as before', () => {
    const bare = { ...page, hasArticle: false };
    expect(pageToSave(withFullRead(preview, tab.id, { ok: true, page: bare }))).toEqual({
      ...bare,
      kind: 'bookmark',
    });
  });

  it('keeps the metadata when the full read fails, and saves it as a bookmark', () => {
    const failed = withFullRead(preview, tab.id, { ok: false, reason: 'the page returned nothing' });
    expect(failed).toEqual({ ...preview, full: 'failed' });
    expect(pageToSave(failed)).toMatchObject({ ...metadata, kind: 'bookmark', hasArticle: false });
  });

  it('leaves a view alone once it moved on, or when the read is of another tab', () => {
    const saved: PopupView = { step: 'saved', source: stored };
    expect(withFullRead(saved, tab.id, { ok: true, page })).toBe(saved);
    expect(withFullRead(preview, 99, { ok: true, page })).toBe(preview);
  });
});

describe('parseTabId', () => {
  it('reads a numeric tabId and ignores anything else', () => {
    expect(parseTabId('?tabId=42')).toBe(42);
    expect(parseTabId('?tabId=4x2')).toBeUndefined();
    expect(parseTabId('')).toBeUndefined();
  });
});
