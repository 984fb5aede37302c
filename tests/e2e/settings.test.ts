// End to end: backup download and restore with a preview, a corrupt file refused, restricted words flagged.
import { readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import {
  openOptions,
  openPopupFor,
  readSamplePage,
  saveWithNote,
  screenshot,
  waitForPreview,
  useFreshBrowserPerTest,
} from './harness';
import { expectText } from './page-checks';

// A fresh profile, hence an empty library, for every test: no test depends on another's clips.
const session = useFreshBrowserPerTest();

describe('settings', () => {
  test('a backup downloads, a corrupt file is refused, and the backup restores into an emptied library', async () => {
    const sample = readSamplePage('journal-article');
    const { popup } = await openPopupFor(
      session.browser.context,
      session.browser.extensionId,
      session.server.origin + sample.path,
    );
    await waitForPreview(popup, sample.title);
    await saveWithNote(popup, 'Compare persistence with our registry data.');

    // No reminder minutes after the first clip; one when the library has gone 30 days without a backup.
    const today = await openOptions(session.browser.context, session.browser.extensionId, '#/');
    await today.getByTestId('source-row').first().waitFor();
    // The reminder is a live query of its own: give it time to answer before checking it stays away.
    await today.waitForTimeout(1000);
    expect(await today.getByTestId('backup-reminder').count()).toBe(0);
    await today.close();
    const library = await openOptions(
      session.browser.context,
      session.browser.extensionId,
      '#/',
      Date.now() + 31 * 24 * 60 * 60 * 1000,
    );
    await expectText(library.getByTestId('backup-reminder'), 'not made a backup');
    const options = await openOptions(session.browser.context, session.browser.extensionId, '#/settings');
    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.getByRole('button', { name: 'Download a backup' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^liaison-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const json = await readFile((await download.path())!, 'utf8');
    expect(JSON.parse(json)).toMatchObject({ format: 'liaison-backup', counts: { sources: 1, notes: 1 } });
    await expectText(options.getByTestId('backup-result'), 'Backup downloaded');
    await expectText(options.locator('#backup-title + p'), 'Last backup');
    expect(await library.getByTestId('backup-reminder').count()).toBe(0);

    await options.locator('#backup-file').setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from(json.slice(0, json.length / 2)),
    });
    await expectText(options.getByTestId('backup-result'), 'cut off');

    // Empty the library, then restore.
    await library.getByTestId('source-row').getByRole('link').first().click();
    await library.getByTestId('source-detail').getByRole('button', { name: 'Delete', exact: true }).click();
    await library.getByRole('dialog').getByRole('button', { name: 'Delete source' }).click();
    await expectText(library.locator('body'), 'Your library is empty');
    await options
      .locator('#backup-file')
      .setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(json) });
    await expectText(options.getByTestId('import-preview'), 'Sources');
    await screenshot(options, 'options-settings-restore');
    await options.getByRole('button', { name: 'Restore', exact: true }).click();
    await expectText(options.getByTestId('backup-result'), 'Backup restored');
    await expectText(library.getByTestId('source-row'), sample.title);
  });

  test('restricted words from settings are flagged in a note', async () => {
    const options = await openOptions(session.browser.context, session.browser.extensionId, '#/settings');
    await options.getByLabel('One per line').fill('miracle cure\noff-label');
    await options.getByRole('button', { name: 'Save words' }).click();
    await expectText(options.getByRole('status').filter({ hasText: 'Saved.' }), 'Saved.');
    const sample = readSamplePage('pubmed-abstract');
    const { popup } = await openPopupFor(
      session.browser.context,
      session.browser.extensionId,
      session.server.origin + sample.path,
    );
    await waitForPreview(popup, sample.title);
    await popup.getByLabel('Note').fill('KOL asked about Off-Label use in children.');
    await popup.getByRole('button', { name: 'Save to library' }).click();
    await expectText(popup.getByTestId('compliance-warning'), 'Off-Label');
    await popup.getByRole('button', { name: "It's fine, save anyway" }).click();
    await expectText(popup.getByTestId('popup-status'), 'Saved to your library');
  });
});
