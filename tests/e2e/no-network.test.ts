// End to end: Liaison sends nothing over the network while clipping and browsing; every request stays in the extension or on loopback.
//
// The shared hook (fresh-browser.ts) records the requests of the extension's pages and service worker in every
// e2e test and fails a test that sent one elsewhere; this suite walks the whole clip-and-browse flow under it,
// checks what it saw, and shows with a second browser that the recorder does catch a page's and the worker's request.
import { describe, expect, test } from 'vitest';
import {
  launchExtension,
  openOptions,
  openPopupFor,
  readSamplePage,
  saveWithNote,
  waitForPreview,
  useFreshBrowserPerTest,
} from './harness';
import { watchExtensionRequests } from './network-watch';
import { expectText } from './page-checks';

const session = useFreshBrowserPerTest();

/** An address reserved for documentation (RFC 5737): a request to it can only be a leak, and never reaches anyone. */
const OUTSIDE = 'http://192.0.2.1/liaison-leak-probe';

describe('no network', () => {
  test('clip, save, library, detail, KOL pages and settings make no request beyond the extension and loopback', async () => {
    const { context, extensionId } = session.browser;
    const options = await openOptions(context, extensionId, '#/kols/new');
    await options.getByLabel('Name (required)').fill('Hanna Lindqvist');
    await options.getByLabel('Name variants in author lists').fill('Lindqvist H');
    await options.getByRole('button', { name: 'Create KOL' }).click();
    await expectText(options.getByTestId('kol-detail'), 'Hanna Lindqvist');

    for (const name of ['pubmed-abstract', 'journal-article', 'hostile']) {
      const sample = readSamplePage(name);
      const { popup, page } = await openPopupFor(context, extensionId, session.server.origin + sample.path);
      await waitForPreview(popup, sample.title);
      const suggestion = popup.getByRole('button', { name: /Hanna Lindqvist/ });
      if (await suggestion.count()) await suggestion.click();
      await saveWithNote(popup, `Network check note for ${name}.`);
      await popup.close();
      await page.close();
    }

    await options.goto(options.url().replace(/#.*$/, '#/'));
    await expectText(options.getByTestId('source-row'), readSamplePage('pubmed-abstract').title);
    await options.getByLabel('Search the library').fill('psoriasis');
    await expectText(options.getByTestId('source-row'), readSamplePage('pubmed-abstract').title);
    await options.getByTestId('source-row').getByRole('link').first().click();
    await options.getByTestId('source-detail').waitFor();
    await options.goto(options.url().replace(/#.*$/, '#/kols'));
    await options.getByRole('link', { name: 'Hanna Lindqvist' }).click();
    await expectText(options.getByTestId('kol-detail'), 'Linked sources');
    await options.goto(options.url().replace(/#.*$/, '#/areas'));
    await options.goto(options.url().replace(/#.*$/, '#/settings'));
    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.getByRole('button', { name: 'Download a backup' }).click(),
    ]);
    await download.path();
    await expectText(options.getByTestId('backup-result'), 'Backup downloaded');

    const { requests, leaks } = session.network;
    expect(requests.length, 'the recorder saw the extension load its own files').toBeGreaterThan(5);
    expect(requests.some((r) => r.url.startsWith(`chrome-extension://${extensionId}/`))).toBe(true);
    expect(leaks()).toEqual([]);
  });

  test('the recorder catches a request from an extension page and from the service worker', async () => {
    const other = await launchExtension();
    try {
      const watch = watchExtensionRequests(other.context, other.extensionId, [session.server.origin]);
      const page = await openOptions(other.context, other.extensionId, '#/');
      await page.evaluate((url) => fetch(`${url}?from=page`).catch(() => undefined), OUTSIDE);
      await other.serviceWorker.evaluate(
        (url) => fetch(`${url}?from=worker`).catch(() => undefined),
        OUTSIDE,
      );
      for (let i = 0; i < 50 && watch.leaks().length < 2; i++) await page.waitForTimeout(100);
      expect(
        watch
          .leaks()
          .map((r) => r.url)
          .sort(),
      ).toEqual([`${OUTSIDE}?from=page`, `${OUTSIDE}?from=worker`]);
    } finally {
      await other.close();
    }
  });
});
