// End to end: the built extension in Chromium clips the sample pages through the popup and shows them in the options page.
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import {
  openOptions,
  openPopupFor,
  readSamplePage,
  saveWithNote,
  screenshot,
  waitForPreview,
  watchDialogs,
  type SamplePage,
  useFreshBrowserPerTest,
} from './harness';
import { expectNoText, expectText, findInjectedCode, firstWords, normalizeText } from './page-checks';

// A fresh profile, hence an empty library, for every test: no test depends on another's clips.
const session = useFreshBrowserPerTest();

/** Opens the popup on a sample page and waits for its preview. */
async function previewSample(sample: SamplePage): Promise<Page> {
  const { popup } = await openPopupFor(
    session.browser.context,
    session.browser.extensionId,
    session.server.origin + sample.path,
  );
  await waitForPreview(popup, sample.title);
  return popup;
}

/** Clips a sample page through the popup with a note, as a user would, and closes the popup. */
async function clipSample(sample: SamplePage, note: string): Promise<void> {
  const popup = await previewSample(sample);
  await saveWithNote(popup, note);
  await popup.close();
}

/**
 * A passage the detail view must show as article text: one of the expected passages that is plain prose
 * (not a table row), else the abstract's opening, else the page's first paragraph.
 */
async function articlePassage(sample: SamplePage): Promise<string> {
  const passage = sample.textIncludes.find((text) => !text.includes('\t')) ?? sample.abstractStartsWith;
  if (passage) return firstWords(passage);
  const page = await session.browser.context.newPage();
  await page.goto(session.server.origin + sample.path);
  const paragraph = await page.locator('article p, main p, p').first().textContent();
  await page.close();
  return firstWords(normalizeText(paragraph));
}

/** Opens the detail view of the library row whose title link reads `title`. */
async function openDetailFromLibrary(options: Page, title: string): Promise<void> {
  const row = options.getByTestId('source-row').filter({ hasText: title });
  await expectText(row, title);
  await row.getByRole('link', { name: title }).first().click();
  await options.waitForURL(/#\/source\/[^/]+$/);
  await options.getByTestId('source-detail').waitFor();
}

describe('clipping through the popup', () => {
  test('clips the PubMed sample with a note and shows it in the library and its detail view', async () => {
    const sample = readSamplePage('pubmed-abstract');
    const note = 'E2E note: ask about the primary endpoint at the advisory board.';
    const { popup } = await openPopupFor(
      session.browser.context,
      session.browser.extensionId,
      session.server.origin + sample.path,
    );

    await expectText(popup.getByTestId('preview-title'), sample.title);
    const meta = popup.getByTestId('preview-meta');
    for (const shown of [sample.authors[0], sample.journal, sample.year?.toString()]) {
      if (shown) await expectText(meta, shown);
    }
    for (const id of [sample.doi, sample.pmid, ...sample.nct]) {
      if (id) await expectText(popup.getByTestId('preview-ids'), id);
    }
    await expectText(
      popup.getByTestId('preview-abstract'),
      sample.abstractStartsWith ? firstWords(sample.abstractStartsWith) : /\S/,
    );
    await screenshot(popup, 'popup-preview');

    await saveWithNote(popup, note);
    await expectText(popup.getByTestId('popup-status'), 'Saved to your library');
    await popup.getByRole('button', { name: 'Open in library' }).waitFor();
    await screenshot(popup, 'popup-saved');

    const options = await openOptions(session.browser.context, session.browser.extensionId, '#/');
    await expectText(options.getByTestId('source-row'), sample.title);
    await screenshot(options, 'options-library');

    await openDetailFromLibrary(options, sample.title);
    const detail = options.getByTestId('source-detail');
    expect(normalizeText(await detail.getByRole('heading', { level: 1 }).first().textContent())).toContain(
      normalizeText(sample.title),
    );
    await expectText(detail, note);
    await expectText(detail, await articlePassage(sample));
    await screenshot(options, 'options-detail');
  });

  test('says "Already in your library" when the page was clipped before, and offers no Save', async () => {
    const sample = readSamplePage('pubmed-abstract');
    await clipSample(sample, 'First clip.');

    const { popup } = await openPopupFor(
      session.browser.context,
      session.browser.extensionId,
      session.server.origin + sample.path,
    );
    await expectText(popup.getByTestId('popup-status'), 'Already in your library');
    expect(await popup.getByRole('button', { name: 'Save to library' }).count()).toBe(0);

    const [library] = await Promise.all([
      session.browser.context.waitForEvent('page'),
      popup.getByRole('button', { name: 'Open in library' }).click(),
    ]);
    await library.waitForLoadState();
    expect(library.url()).toMatch(
      new RegExp(`^chrome-extension://${session.browser.extensionId}/options\\.html`),
    );
    await expectText(library.locator('body'), sample.title);
  });

  test('offers a bookmark on a page without an article', async () => {
    const sample = readSamplePage('no-article');
    const { popup } = await openPopupFor(
      session.browser.context,
      session.browser.extensionId,
      session.server.origin + sample.path,
    );
    await expectText(popup.getByTestId('popup-status'), 'No article');
    await expectText(popup.getByRole('button'), 'Save as bookmark');
    expect(await popup.getByRole('button', { name: 'Save to library' }).count()).toBe(0);
  });

  test.each(['chrome://version', 'about:blank'])(
    'explains that it cannot read %s and offers nothing to save',
    async (url) => {
      const { popup } = await openPopupFor(session.browser.context, session.browser.extensionId, url);
      // Straight or typographic apostrophe: "can't" or "can’t".
      await expectText(popup.getByTestId('popup-status'), /can['’]t read this page/i);
      await expectText(popup.getByTestId('popup-status'), /protects this page/);
      expect(await popup.getByRole('button').count()).toBe(0);
    },
  );

  test("saves a PDF in the browser's viewer as a bookmark, with the reason", async () => {
    const { popup } = await openPopupFor(
      session.browser.context,
      session.browser.extensionId,
      `${session.server.origin}/protocol-appendix.pdf`,
    );
    await expectText(popup.getByTestId('popup-status'), /can['’]t read this page/i);
    await expectText(popup.getByTestId('popup-status'), 'PDF');
    await popup.getByRole('button', { name: 'Save as bookmark' }).click();
    await expectText(popup.getByTestId('popup-status'), 'Saved to your library');
    const options = await openOptions(session.browser.context, session.browser.extensionId, '#/');
    await expectText(options.getByTestId('source-row'), 'protocol-appendix.pdf');
    await expectText(options.getByTestId('source-row'), 'Bookmark');
  });
});

describe('the options page', () => {
  test('shows a clip saved in another tab without a reload, newest first', async () => {
    const older = readSamplePage('pubmed-abstract');
    const newer = readSamplePage('journal-article');
    const options = await openOptions(session.browser.context, session.browser.extensionId, '#/');
    await options.evaluate(() => {
      (window as unknown as { __notReloaded?: boolean }).__notReloaded = true;
    });

    await clipSample(older, 'Older clip.');
    await expectText(options.getByTestId('source-row'), older.title);
    await clipSample(newer, 'Newer clip.');
    await expectText(options.getByTestId('source-row').first(), newer.title);

    expect(await options.getByTestId('source-row').count()).toBe(2);
    const notReloaded = await options.evaluate(
      () => (window as unknown as { __notReloaded?: boolean }).__notReloaded,
    );
    expect(notReloaded, 'the options page was reloaded').toBe(true);
  });

  test('deletes a source after an in-page confirmation', async () => {
    const kept = readSamplePage('pubmed-abstract');
    const deleted = readSamplePage('congress-abstract');
    await clipSample(kept, 'Keep this one.');
    await clipSample(deleted, 'Delete this one.');
    const options = await openOptions(session.browser.context, session.browser.extensionId, '#/');
    const dialogs = watchDialogs(session.browser.context);

    await openDetailFromLibrary(options, deleted.title);
    await options.getByTestId('source-detail').getByRole('button', { name: 'Delete', exact: true }).click();
    const confirmation = options.getByRole('dialog');
    await confirmation.waitFor();
    await confirmation.getByRole('button', { name: 'Delete source' }).click();
    await confirmation.waitFor({ state: 'hidden' });

    if (!/#\/$/.test(options.url())) await options.evaluate(() => (location.hash = '#/'));
    await expectText(options.getByTestId('source-row'), kept.title);
    await expectNoText(options.getByTestId('source-row'), deleted.title);
    // Still gone after a reload: deleted from the database, not only from the view.
    await options.reload();
    await expectText(options.getByTestId('source-row'), kept.title);
    expect(await options.getByTestId('source-row').filter({ hasText: deleted.title }).count()).toBe(0);
    expect(dialogs.dialogs, 'the confirmation must be in the page, not window.confirm').toEqual([]);
  });
});

describe('a hostile page', () => {
  test('is clipped and shown in the popup and the options page without running any of its code', async () => {
    const sample = readSamplePage('hostile');
    const dialogs = watchDialogs(session.browser.context);
    // The note is untrusted input too: it must be shown as text.
    const note =
      'Note with markup <img src=x onerror="window.__xss=\'note\'"> <script>window.__xss="note"</script>';

    const { popup } = await openPopupFor(
      session.browser.context,
      session.browser.extensionId,
      session.server.origin + sample.path,
    );
    await waitForPreview(popup, sample.title);
    await saveWithNote(popup, note);
    const options = await openOptions(session.browser.context, session.browser.extensionId, '#/');
    await openDetailFromLibrary(options, sample.title);
    await expectText(options.getByTestId('source-detail'), 'Note with markup <img src=x');
    // Let any error/load handler that slipped through fire before looking for its traces.
    await options.waitForTimeout(500);

    // The hostile page's own scripts do alert in its own tab (that is the page, not us); none may reach our pages.
    const extensionDialogs = dialogs.dialogs.filter((dialog) =>
      dialog.pageUrl.startsWith('chrome-extension://'),
    );
    expect(extensionDialogs).toEqual([]);
    expect(await findInjectedCode(popup)).toEqual({ xss: undefined, elements: [] });
    expect(await findInjectedCode(options)).toEqual({ xss: undefined, elements: [] });
  });
});
