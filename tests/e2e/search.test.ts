// End to end: the library's search box and filters over clipped samples, with matches highlighted.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  launchExtension,
  openOptions,
  openPopupFor,
  readSamplePage,
  saveWithNote,
  screenshot,
  startFixtureServer,
  waitForPreview,
  type ExtensionSession,
  type FixtureServer,
} from './harness';
import { expectText } from './page-checks';

let server: FixtureServer;
let browser: ExtensionSession;
const SAMPLES = ['pubmed-abstract', 'journal-article', 'trial-registry'];

beforeAll(async () => {
  server = await startFixtureServer();
  browser = await launchExtension();
  for (const [i, name] of SAMPLES.entries()) {
    const sample = readSamplePage(name);
    const { popup, page } = await openPopupFor(
      browser.context,
      browser.extensionId,
      server.origin + sample.path,
    );
    await waitForPreview(popup, sample.title);
    await saveWithNote(popup, i === 1 ? 'Ask about thymectomy and discontinuation.' : '');
    await popup.close();
    await page.close();
  }
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('library search', () => {
  test('finds by word prefix with matches marked, by note text, and narrows by kind and "has notes"', async () => {
    const options = await openOptions(browser.context, browser.extensionId, '#/');
    const rows = options.getByTestId('source-row');
    await expect.poll(() => rows.count()).toBe(3);
    const search = options.getByLabel('Search the library');

    await search.fill('zeraf');
    await expect.poll(() => rows.count()).toBe(2);
    await expectText(rows.first().locator('mark').first(), /zeraf/i);
    await screenshot(options, 'options-search');

    await search.fill('thymectomy');
    await expectText(rows.first(), readSamplePage('journal-article').title);

    await search.fill('');
    await options.getByLabel('Kind').selectOption('trial-registry');
    await expect.poll(() => rows.count()).toBe(1);
    await expectText(rows.first(), readSamplePage('trial-registry').title);

    await options.getByLabel('Kind').selectOption('');
    await options.getByLabel('Has notes').check();
    await expect.poll(() => rows.count()).toBe(1);
    await expectText(options.getByTestId('library-count'), '1 of 3 sources');

    await options.getByRole('button', { name: 'Clear' }).click();
    await expect.poll(() => rows.count()).toBe(3);
    await search.fill('nosuchwordanywhere');
    await expectText(options.locator('body'), 'Nothing matches');
  });
});
