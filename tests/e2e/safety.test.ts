// End to end: with a product list and a PV contact set, an adverse event is prompted, reported, marked Safety and audited.
import { describe, expect, test } from 'vitest';
import {
  openOptions,
  openPopupFor,
  readSamplePage,
  screenshot,
  waitForPreview,
  useFreshBrowserPerTest,
} from './harness';
import { expectText } from './page-checks';

const session = useFreshBrowserPerTest();

describe('adverse-event prompt', () => {
  test('names the product and the PV contact, saves as Safety, filters in the library and audits without the text', async () => {
    const settings = await openOptions(session.browser.context, session.browser.extensionId, '#/settings');
    await settings.getByLabel('Products', { exact: true }).fill('Zentrivo, zentrisumab\nCardexa');
    await settings.getByRole('button', { name: 'Save products' }).click();
    await expectText(settings.getByRole('status').filter({ hasText: 'Saved.' }), 'Saved.');
    await settings.getByLabel('Email', { exact: true }).fill('drug.safety@company.example');
    await settings.getByLabel('Phone', { exact: true }).fill('+44 20 7946 0000');
    await settings.getByRole('button', { name: 'Save contact' }).click();
    await screenshot(settings, 'settings-compliance');

    const sample = readSamplePage('pubmed-abstract');
    const { popup } = await openPopupFor(
      session.browser.context,
      session.browser.extensionId,
      session.server.origin + sample.path,
    );
    await waitForPreview(popup, sample.title);
    await popup
      .getByLabel('Note')
      .fill("Dr Okafor's 63-y/o patient on zentrisumab was admitted with pancreatitis, lipase 1,870 U/L.");
    await popup.getByRole('button', { name: 'Save to library' }).click();
    const safety = popup.getByTestId('compliance-safety');
    await expectText(safety, 'Possible adverse event with Zentrivo');
    await expectText(safety, 'within 24 hours');
    await expectText(popup.getByTestId('pv-contact'), 'drug.safety@company.example');
    await expectText(popup.getByTestId('compliance-text').locator('mark').first(), /admitted|pancreatitis/);
    await popup.getByTestId('copy-safety-report').click();
    await expectText(popup.locator('.compliance-copied'), /Copied|did not allow/);
    await screenshot(popup, 'popup-adverse-event');
    await popup.getByRole('button', { name: 'I will report it: save and mark as Safety' }).click();
    await expectText(popup.getByTestId('popup-status'), 'Saved to your library');

    const library = await openOptions(session.browser.context, session.browser.extensionId, '#/');
    await library.getByTestId('filter-safety').check();
    await expectText(library.getByTestId('source-row'), sample.title);
    await library.getByTestId('source-row').getByRole('link').first().click();
    await expectText(library.getByTestId('safety-badge'), 'Safety');
    await screenshot(library, 'detail-safety-badge');

    await library.goto(library.url().replace(/#.*$/, '#/settings'));
    const audit = library.getByTestId('audit-log');
    await expectText(audit, 'Adverse-event prompt confirmed');
    await expectText(audit, 'Zentrivo');
    expect(await audit.textContent()).not.toContain('pancreatitis');
  });
});
