// End to end: axe-core finds no serious or critical accessibility violation in the popup and the options pages.
//
// Each page is audited in a realistic state (a KOL, an area, a clip with a note and a highlight), because
// an empty page hides most of the UI. Every audit goes to test-output/accessibility.json, which is where
// the README's list of what remains (moderate and minor findings, and what axe could not decide) comes from.
import { afterAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import {
  openOptions,
  openPopupFor,
  readSamplePage,
  saveWithNote,
  useFreshBrowserPerTest,
  waitForPreview,
} from './harness';
import { auditPage, blockingViolations, writeAuditReport, type AxeAudit } from './axe-audit';
import { expectText } from './page-checks';
import { selectFirstOccurrence } from './text-selection';

const session = useFreshBrowserPerTest();
const audits: AxeAudit[] = [];

const KOL = 'Hanna Lindqvist';
const PASSAGE = 'Interleukin-23 drives the pathogenic Th17 pathway in plaque psoriasis.';

/** Audits `page` as `name`, keeps the audit for the report, and returns its blocking violations. */
async function audit(page: Page, name: string): Promise<string[]> {
  const result = await auditPage(page, name);
  audits.push(result);
  return blockingViolations(result);
}

/** Goes to a hash route of the options page and waits for the element with test id `ready`. */
async function goTo(options: Page, hash: string, ready: string): Promise<void> {
  await options.goto(options.url().replace(/#.*$/, hash));
  await options.getByTestId(ready).first().waitFor();
}

afterAll(async () => {
  const file = await writeAuditReport(audits);
  const counts = audits.map(
    (a) => `${a.page}: ${a.violations.length} violated rules, ${a.needsReview.length} to review`,
  );
  console.log(`axe-core audits written to ${file}\n  ${counts.join('\n  ')}`);
});

describe('accessibility', () => {
  test('popup, library, detail view, KOL page, briefing builder and settings have no serious or critical axe violation', async () => {
    const { context, extensionId } = session.browser;
    const blocking: string[] = [];

    const options = await openOptions(context, extensionId, '#/areas');
    await options.getByLabel('Name').fill('Dermatology');
    await options.getByLabel('Keywords').fill('psoriasis');
    await options.getByRole('button', { name: 'Add area' }).click();
    await expectText(options.getByTestId('area-row'), 'Dermatology');
    blocking.push(...(await audit(options, 'therapeutic areas')));
    await options.goto(options.url().replace(/#.*$/, '#/kols/new'));
    await options.getByLabel('Name (required)').fill(KOL);
    await options.getByLabel('Name variants in author lists').fill('Lindqvist H');
    blocking.push(...(await audit(options, 'KOL form')));
    await options.getByRole('button', { name: 'Create KOL' }).click();
    await expectText(options.getByTestId('kol-detail'), KOL);

    // The popup: a preview with link suggestions, then saved.
    const sample = readSamplePage('pubmed-abstract');
    const { popup, page, tabId } = await openPopupFor(
      context,
      extensionId,
      session.server.origin + sample.path,
    );
    await waitForPreview(popup, sample.title);
    await popup.getByRole('button', { name: new RegExp(KOL) }).waitFor();
    blocking.push(...(await audit(popup, 'popup: preview with suggestions')));
    await popup.getByRole('button', { name: new RegExp(KOL) }).click();
    await saveWithNote(popup, 'Ask about durability beyond week 52.');
    blocking.push(...(await audit(popup, 'popup: saved')));
    await popup.close();

    // The popup's highlight form, on a passage selected on the page (the popup reads the selection as it opens).
    expect(await page.evaluate(selectFirstOccurrence, PASSAGE)).toBe(true);
    const highlighting = await context.newPage();
    await highlighting.setViewportSize({ width: 380, height: 900 });
    await highlighting.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
    await highlighting.getByTestId('highlight-passage').waitFor();
    blocking.push(...(await audit(highlighting, 'popup: highlight with note')));
    await highlighting.getByLabel('Note').fill('The mechanism she asked about.');
    await highlighting.getByRole('button', { name: 'Save highlight' }).click();
    await highlighting.getByTestId('highlight-status').waitFor();
    blocking.push(...(await audit(highlighting, 'popup: highlight saved')));

    await goTo(options, '#/', 'source-row');
    blocking.push(...(await audit(options, 'library')));
    await options.getByLabel('Search the library').fill('psoriasis');
    await expectText(options.getByTestId('source-row'), 'psoriasis');
    blocking.push(...(await audit(options, 'library: search results')));
    await options.getByTestId('source-row').getByRole('link').first().click();
    await options.getByTestId('source-highlight').waitFor();
    blocking.push(...(await audit(options, 'detail view')));

    await goTo(options, '#/kols', 'kol-row');
    blocking.push(...(await audit(options, 'KOL list')));
    await options.getByRole('link', { name: KOL }).click();
    await expectText(options.getByTestId('kol-detail'), 'Linked sources');
    blocking.push(...(await audit(options, 'KOL page')));
    await options.getByTestId('meetings-panel').getByRole('button', { name: 'Log a meeting' }).click();
    blocking.push(...(await audit(options, 'KOL page: meeting form')));

    await options.getByRole('link', { name: 'Brief me' }).click();
    await expectText(options.getByTestId('briefing-builder'), `Briefing pack: ${KOL}`);
    await options.getByTestId('briefing-preview').waitFor();
    blocking.push(...(await audit(options, 'briefing builder')));
    // The preview frame is sandboxed with scripts off, so axe cannot enter it: audit the same HTML on its own page.
    const packHtml = await options.getByTestId('briefing-preview').getAttribute('srcdoc');
    expect(packHtml).toContain(KOL);
    const pack = await context.newPage();
    await pack.setContent(packHtml ?? '');
    blocking.push(...(await audit(pack, 'briefing pack (the HTML the preview shows)')));

    await goTo(options, '#/settings', 'recognition-settings');
    await options.getByLabel('One per line').waitFor();
    blocking.push(...(await audit(options, 'settings')));

    expect(blocking).toEqual([]);
    expect(audits.length).toBeGreaterThanOrEqual(12);
  });

  test('the audit does fail a page with an unlabelled field and unreadable text', async () => {
    const options = await openOptions(session.browser.context, session.browser.extensionId, '#/');
    await options.evaluate(() => {
      const main = document.querySelector('main')!;
      main.insertAdjacentHTML(
        'beforeend',
        '<input type="text" data-probe="unlabelled"><p data-probe="faint" style="color:#ccc;background:#fff">Faint</p>',
      );
    });
    const found = blockingViolations(await auditPage(options, 'probe'));
    expect(found.some((line) => line.includes('[critical] label'))).toBe(true);
    expect(found.some((line) => line.includes('[serious] color-contrast'))).toBe(true);
  });
});
