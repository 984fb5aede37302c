// End to end: KOLs and areas created in the options page are suggested in the popup, linked, and found on their pages.
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import {
  openOptions,
  openPopupFor,
  readSamplePage,
  screenshot,
  waitForPreview,
  useFreshBrowserPerTest,
} from './harness';
import { expectText } from './page-checks';

// A fresh profile, hence an empty library, for every test: no test depends on another's clips.
const session = useFreshBrowserPerTest();

/** Creates a KOL through the form, as a user would. */
async function createKol(options: Page, name: string, variants: string, institution: string): Promise<void> {
  await options.goto(options.url().replace(/#.*$/, '#/kols/new'));
  await options.getByLabel('Name (required)').fill(name);
  await options.getByLabel('Institution').fill(institution);
  await options.getByLabel('Name variants in author lists').fill(variants);
  await options.getByRole('button', { name: 'Create KOL' }).click();
  await expectText(options.getByTestId('kol-detail'), name);
}

describe('linking at capture', () => {
  test('suggests an author who is a KOL and an area named in the abstract; accepted links show on the KOL page', async () => {
    const sample = readSamplePage('pubmed-abstract');
    const options = await openOptions(session.browser.context, session.browser.extensionId, '#/areas');
    await options.getByLabel('Name').fill('Dermatology');
    await options.getByLabel('Keywords').fill('psoriasis, atopic dermatitis');
    await options.getByRole('button', { name: 'Add area' }).click();
    await expectText(options.getByTestId('area-row'), 'Dermatology');
    await createKol(options, 'Hanna Lindqvist', 'Lindqvist H', 'Karolinska Vale Institute');
    await createKol(options, 'Wei Zhang', 'Zhang W', 'Fudan');

    const { popup } = await openPopupFor(
      session.browser.context,
      session.browser.extensionId,
      session.server.origin + sample.path,
    );
    await waitForPreview(popup, sample.title);
    const kolSuggestion = popup.getByRole('button', { name: /Hanna Lindqvist/ });
    await expectText(kolSuggestion, 'name match: Hanna Lindqvist · co-author');
    await expectText(popup.getByRole('button', { name: /Dermatology/ }), 'psoriasis');
    expect(await popup.getByRole('button', { name: /Wei Zhang/ }).count()).toBe(0);
    await screenshot(popup, 'popup-suggestions');

    await kolSuggestion.click();
    // Keyboard: type an area's name, pick it with Enter; Backspace on the empty field removes the last chip.
    const areaField = popup.getByRole('combobox', { name: 'Therapeutic areas' });
    await areaField.fill('derm');
    // As a user does, wait for the match to be listed before pressing Enter (the options load live).
    await expectText(popup.getByRole('option', { name: /Dermatology/ }), 'Dermatology');
    await areaField.press('Enter');
    await expectText(popup.locator('.chip-selected'), 'Dermatology');
    await areaField.press('Backspace');
    expect(await popup.locator('.chip-selected', { hasText: 'Dermatology' }).count()).toBe(0);
    await popup.getByRole('button', { name: /Dermatology/ }).click();
    await popup.getByLabel('Insight category').selectOption('perception-of-data');
    await popup.getByLabel('Note').fill('Co-author; ask about the PASI 90 durability.');
    await popup.getByRole('button', { name: 'Save to library' }).click();
    await expectText(popup.getByTestId('popup-status'), 'Saved to your library');

    await options.goto(options.url().replace(/#.*$/, '#/kols'));
    await options.getByRole('link', { name: 'Hanna Lindqvist' }).click();
    const detail = options.getByTestId('kol-detail');
    await expectText(detail, 'Linked sources (1)');
    await expectText(detail, 'Authored, in your library (1)');
    await expectText(detail, 'Co-author');
    await expectText(detail, sample.title);
    await screenshot(options, 'options-kol-page');
  });

  test('links and notes are edited later in the detail view', async () => {
    const sample = readSamplePage('journal-article');
    const options = await openOptions(session.browser.context, session.browser.extensionId, '#/');
    await createKol(options, 'Priya Raman', 'Raman P', 'Northbridge University Hospital');
    const { popup } = await openPopupFor(
      session.browser.context,
      session.browser.extensionId,
      session.server.origin + sample.path,
    );
    await waitForPreview(popup, sample.title);
    await popup.getByLabel('Note').fill('Real-world persistence is higher than in the trials.');
    await popup.getByRole('button', { name: 'Save to library' }).click();
    await expectText(popup.getByTestId('popup-status'), 'Saved to your library');

    await options.goto(options.url().replace(/#.*$/, '#/'));
    await options.getByTestId('source-row').getByRole('link').first().click();
    const detail = options.getByTestId('source-detail');
    const kolField = detail.getByRole('combobox', { name: 'KOLs' });
    await kolField.fill('raman');
    await expectText(detail.getByRole('option', { name: /Priya Raman/ }), 'Priya Raman');
    await kolField.press('Enter');
    await expectText(detail.locator('.links-grid .chip-selected'), 'Priya Raman');
    await expectText(detail, 'Priya Raman: linked by you');

    await detail.getByTestId('source-note').getByRole('button', { name: 'Edit note' }).click();
    await detail.getByLabel('Insight category').selectOption('treatment-patterns');
    await detail.getByRole('button', { name: 'Save note' }).click();
    await expectText(detail.getByTestId('source-note'), 'Treatment patterns');
    await screenshot(options, 'options-detail-links');

    await options.goto(options.url().replace(/#.*$/, '#/kols'));
    await expectText(options.getByTestId('kol-row'), 'Priya Raman');
    await expect
      .poll(async () => (await options.getByTestId('kol-row').locator('td.num').textContent())?.trim())
      .toBe('1');
  });

  test('a note with patient details or an adverse event is held back until the user edits or confirms it', async () => {
    const sample = readSamplePage('pubmed-abstract');
    const { popup } = await openPopupFor(
      session.browser.context,
      session.browser.extensionId,
      session.server.origin + sample.path,
    );
    await waitForPreview(popup, sample.title);
    await popup
      .getByLabel('Note')
      .fill('Dr Okafor said her patient (DOB 03/14/1951) developed hepatitis after the second dose.');
    await popup.getByRole('button', { name: 'Save to library' }).click();
    const warning = popup.getByTestId('compliance-warning');
    await expectText(warning, '03/14/1951');
    await expectText(warning, /pharmacovigilance/i);
    expect(await popup.getByTestId('popup-status').filter({ hasText: 'Saved' }).count()).toBe(0);
    await screenshot(popup, 'popup-compliance');

    await popup.getByLabel('Note').fill('Dr Okafor questioned the durability of PASI 90 beyond week 52.');
    expect(await warning.count()).toBe(0);
    await popup.getByRole('button', { name: 'Save to library' }).click();
    await expectText(popup.getByTestId('popup-status'), 'Saved to your library');
  });
});
