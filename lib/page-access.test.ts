// Which pages the extension may read: browser and store pages and PDFs refused with a reason, errors explained plainly.
import { describe, expect, it } from 'vitest';
import { checkPageAccess, explainScriptingError } from './page-access';

describe('checkPageAccess', () => {
  it.each([
    'chrome://settings',
    'about:blank',
    'edge://newtab',
    'chrome-extension://abc/options.html',
    'https://chromewebstore.google.com/detail/x',
    'https://addons.mozilla.org/en-US/firefox/',
    'view-source:https://example.com',
  ])('refuses %s with a reason', (url) => {
    const access = checkPageAccess(url);
    expect(access.readable).toBe(false);
    expect(access.readable === false && access.reason.length).toBeGreaterThan(20);
  });

  it('lets ordinary web pages and local files be tried', () => {
    expect(checkPageAccess('https://pubmed.ncbi.nlm.nih.gov/123/')).toEqual({ readable: true });
    expect(checkPageAccess('file:///home/me/paper.html')).toEqual({ readable: true });
  });

  it('explains a page whose address the browser hides', () => {
    expect(checkPageAccess(undefined)).toMatchObject({
      readable: false,
      reason: expect.stringMatching(/protects this page/),
    });
  });

  it("refuses PDFs in the browser's viewer, by address", () => {
    expect(checkPageAccess('https://x.org/files/appendix.pdf')).toMatchObject({
      readable: false,
      reason: expect.stringMatching(/PDF/),
    });
    expect(checkPageAccess('https://x.org/files/appendix.pdf?download=1')).toMatchObject({ readable: false });
    expect(checkPageAccess('https://x.org/pdf-guidelines/page.html')).toEqual({ readable: true });
  });
});

describe('explainScriptingError', () => {
  it('explains local files, PDFs and refused hosts in plain words', () => {
    expect(explainScriptingError('file:///x.html', new Error('Cannot access contents'))).toMatch(
      /Allow access to file URLs/,
    );
    expect(explainScriptingError('https://x.org/paper.pdf', new Error('Frame error'))).toMatch(/PDF/);
    expect(explainScriptingError('https://x.org', new Error('Cannot access contents of the page'))).toMatch(
      /doesn't allow/,
    );
  });
});
