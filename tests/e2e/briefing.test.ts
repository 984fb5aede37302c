// End to end: a KOL, a linked clip and a logged meeting become a briefing pack, previewed and downloaded as Markdown and DOCX.
import { readFile } from 'node:fs/promises';
import JSZip from 'jszip';
import type { Download, Locator, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { join } from 'node:path';
import {
  SCREENSHOT_DIR,
  openOptions,
  openPopupFor,
  readSamplePage,
  screenshot,
  useFreshBrowserPerTest,
  waitForPreview,
} from './harness';
import { expectText, normalizeText } from './page-checks';

const session = useFreshBrowserPerTest();

const KOL = 'Hanna Lindqvist';
const TAKEAWAY = 'Ask about the PASI 90 durability beyond week 52.';
const FOLLOW_UP = 'Send the ORCHID-2 long-term extension poster';
const MARKING = 'Medical - internal use only - non-promotional';

/** Clicks a download button and waits for the browser's download of it. */
async function downloadFrom(page: Page, button: Locator): Promise<{ download: Download; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const path = await download.path();
  return { download, bytes: await readFile(path) };
}

describe('briefing pack', () => {
  test('a KOL with a linked clip and a follow-up: preview, Markdown and DOCX, then listed on the KOL page', async () => {
    const sample = readSamplePage('pubmed-abstract');
    const options = await openOptions(session.browser.context, session.browser.extensionId, '#/kols/new');
    await options.getByLabel('Name (required)').fill(KOL);
    await options.getByLabel('Credentials').fill('MD, PhD');
    await options.getByLabel('Institution').fill('Karolinska Vale Institute');
    await options.getByLabel('Name variants in author lists').fill('Lindqvist H');
    await options.getByRole('button', { name: 'Create KOL' }).click();
    await expectText(options.getByTestId('kol-detail'), KOL);

    const { popup } = await openPopupFor(
      session.browser.context,
      session.browser.extensionId,
      session.server.origin + sample.path,
    );
    await waitForPreview(popup, sample.title);
    await popup.getByRole('button', { name: new RegExp(KOL) }).click();
    await popup.getByLabel('Note').fill(TAKEAWAY);
    await popup.getByRole('button', { name: 'Save to library' }).click();
    await expectText(popup.getByTestId('popup-status'), 'Saved to your library');

    // Log a meeting with a follow-up; a patient detail in the summary is held back until edited.
    await options.reload();
    const meetings = options.getByTestId('meetings-panel');
    await meetings.getByRole('button', { name: 'Log a meeting' }).click();
    await meetings.getByLabel('Meeting date').fill('2025-01-15');
    await meetings.getByLabel('Channel').selectOption('virtual');
    await meetings.getByLabel('Summary').fill('Her patient (DOB 03/14/1951) asked about the trial.');
    await meetings.getByRole('button', { name: '+ Add a follow-up' }).click();
    await meetings.getByLabel('Follow-up 1', { exact: true }).fill(FOLLOW_UP);
    await meetings.getByLabel('Due').fill('2025-02-01');
    await meetings.getByRole('button', { name: 'Log meeting' }).click();
    await expectText(meetings.getByTestId('compliance-warning'), '03/14/1951');
    expect(await meetings.getByTestId('meeting').count()).toBe(0);
    await meetings.getByLabel('Summary').fill('Discussed ORCHID-2 durability and the long-term extension.');
    await meetings.getByRole('button', { name: 'Log meeting' }).click();
    await expectText(meetings.getByTestId('meeting'), 'Discussed ORCHID-2 durability');
    await expectText(meetings.getByTestId('follow-up'), /overdue, due (1 Feb 2025|Feb 1, 2025)/);
    await screenshot(options, 'briefing-kol-page-meeting');

    // Brief me: the preview is the exported HTML, sandboxed.
    await options.getByRole('link', { name: 'Brief me' }).click();
    const builder = options.getByTestId('briefing-builder');
    await expectText(builder, `Briefing pack: ${KOL}`);
    await expectText(builder.getByTestId('briefing-window'), /Since the last meeting/);
    await builder.getByLabel('Objectives (one per line)').fill('Hear her view of the 52-week data');
    await builder.getByLabel('Questions to ask (one per line)').fill('Which patients would she not treat?');
    const preview = builder.getByTestId('briefing-preview');
    expect(await preview.getAttribute('sandbox')).toBe('');
    const shown = options.frameLocator('[data-testid="briefing-preview"]').locator('body');
    for (const text of [
      KOL,
      sample.title,
      TAKEAWAY,
      FOLLOW_UP,
      MARKING,
      'Which patients would she not treat?',
    ])
      await expectText(shown, text);
    await screenshot(options, 'briefing-builder');
    // A full-page screenshot leaves the sandboxed frame blank (it is painted in its own process): shoot the viewport on it.
    await options.setViewportSize({ width: 1280, height: 1100 });
    await preview.evaluate((frame) =>
      window.scrollTo(0, frame.getBoundingClientRect().top + window.scrollY - 120),
    );
    await options.screenshot({ path: join(SCREENSHOT_DIR, 'briefing-preview.png') });

    const markdown = await downloadFrom(options, builder.getByRole('button', { name: 'Markdown' }));
    expect(markdown.download.suggestedFilename()).toMatch(/^briefing-hanna-lindqvist-\d{4}-\d{2}-\d{2}\.md$/);
    const text = markdown.bytes.toString('utf8');
    for (const expected of [KOL, MARKING, TAKEAWAY, FOLLOW_UP, 'Hear her view of the 52-week data'])
      expect(text).toContain(expected);
    expect(normalizeText(text)).toContain(normalizeText(sample.title));
    await expectText(builder.getByTestId('briefing-download-status'), 'Downloaded briefing-hanna-lindqvist');

    const docx = await downloadFrom(options, builder.getByRole('button', { name: 'Word (DOCX)' }));
    expect(docx.download.suggestedFilename()).toMatch(/\.docx$/);
    const zip = await JSZip.loadAsync(docx.bytes);
    const documentXml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    const wordText = documentXml.replace(/<[^>]+>/g, '');
    for (const expected of [KOL, TAKEAWAY, FOLLOW_UP]) expect(wordText).toContain(expected);
    const headers = await Promise.all(
      Object.keys(zip.files)
        .filter((name) => /^word\/(header|footer)\d*\.xml$/.test(name))
        .map((name) => zip.file(name)!.async('string')),
    );
    expect(headers.some((xml) => xml.includes(MARKING))).toBe(true);

    // The KOL page lists both exports, with the window and the number of sources.
    await options.getByRole('link', { name: `← ${KOL}` }).click();
    const history = options.getByTestId('briefing-history');
    await expectText(history, 'Past briefings (2)');
    await expectText(history.getByTestId('briefing-record'), 'Word (DOCX)');
    await expectText(history.getByTestId('briefing-record'), 'Markdown');
    await expectText(history.getByTestId('briefing-record'), /15 Jan 2025|Jan 15, 2025/);
    await screenshot(options, 'briefing-kol-page-history');

    // A follow-up ticked off no longer appears in the next pack.
    await meetings.getByTestId('follow-up').getByRole('checkbox').check();
    await expectText(options.locator('.follow-up-done'), FOLLOW_UP);
    await options.getByRole('link', { name: 'Brief me' }).click();
    await expectText(options.frameLocator('[data-testid="briefing-preview"]').locator('body'), KOL);
    expect(
      await options
        .frameLocator('[data-testid="briefing-preview"]')
        .locator('body', { hasText: FOLLOW_UP })
        .count(),
    ).toBe(0);
  });
});
