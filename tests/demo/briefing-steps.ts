// The demo's last act: log a meeting with the sample KOL, then export their briefing pack in every format and print it.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { localDay } from '../../lib/calendar-day';
import {
  DEMO_OUTPUT_DIR,
  openOptions,
  readSamplePage,
  screenshot,
  type ExtensionSession,
} from '../e2e/harness';
import { renderFirstPdfPage } from './pdf-to-png';

/** What these steps need from the demo. */
interface BriefingDemo {
  browser: ExtensionSession;
  files: string[];
}

const DAY = 86_400_000;
const dayFromToday = (days: number): string => localDay(Date.now() + days * DAY);

/** Each download button of the builder and the file the demo writes from it. */
const EXPORTS: { button: string; file: string }[] = [
  { button: 'Markdown', file: 'briefing.md' },
  { button: 'HTML (print to PDF)', file: 'briefing.html' },
  { button: 'Word (DOCX)', file: 'briefing.docx' },
  { button: 'RIS', file: 'references.ris' },
  { button: 'BibTeX', file: 'references.bib' },
  { button: 'CSL-JSON', file: 'references.json' },
];

async function openKolPage(demo: BriefingDemo, kolName: string): Promise<Page> {
  const options = await openOptions(demo.browser.context, demo.browser.extensionId, '#/kols');
  await options.getByRole('link', { name: kolName }).click();
  await options.getByTestId('kol-detail').waitFor();
  return options;
}

/** Links the trial registry record to the KOL in its detail view, with an insight about her, as an MSL does after a call. */
export async function linkTrialToKol(demo: BriefingDemo, kolName: string): Promise<void> {
  const trial = readSamplePage('trial-registry');
  const options = await openOptions(demo.browser.context, demo.browser.extensionId, '#/');
  await options
    .getByTestId('source-row')
    .filter({ hasText: trial.title })
    .first()
    .getByRole('link', { name: trial.title })
    .first()
    .click();
  const detail = options.getByTestId('source-detail');
  const kolField = detail.getByRole('combobox', { name: 'KOLs', exact: true });
  await kolField.fill(kolName.split(' ')[1] ?? kolName);
  await detail.getByRole('option', { name: new RegExp(kolName) }).waitFor();
  await kolField.press('Enter');
  await detail.getByText(`${kolName}: linked by you`).waitFor();
  await detail.getByRole('button', { name: 'Add a note' }).click();
  await detail
    .getByLabel('Note', { exact: true })
    .last()
    .fill(
      'Site PI for ORCHID-2 in Stockholm; says recruitment is slower than planned because of the washout period.',
    );
  await detail.getByLabel('Insight category').last().selectOption('trial-design');
  const about = detail.getByRole('combobox', { name: 'About KOLs' }).last();
  await about.fill(kolName.split(' ')[1] ?? kolName);
  await detail.getByRole('option', { name: new RegExp(kolName) }).waitFor();
  await about.press('Enter');
  await detail.getByRole('button', { name: 'Add note' }).click();
  await detail.getByTestId('source-note').filter({ hasText: 'Site PI for ORCHID-2' }).waitFor();
  await options.close();
}

/** Logs a meeting six weeks ago with two follow-ups, one of them overdue, on the KOL's page. */
export async function logSampleMeeting(demo: BriefingDemo, kolName: string): Promise<void> {
  const options = await openKolPage(demo, kolName);
  const panel = options.getByTestId('meetings-panel');
  await panel.getByRole('button', { name: 'Log a meeting' }).click();
  await panel.getByLabel('Meeting date').fill(dayFromToday(-42));
  await panel.getByLabel('Channel').selectOption('in-person');
  await panel
    .getByLabel('Summary')
    .fill(
      'Advisory board debrief: she sees IL-23 durability beyond week 52 as the open question, and wants real-world persistence data before changing practice.',
    );
  const followUps = [
    { text: 'Send the ORCHID-2 long-term extension poster', due: dayFromToday(-14) },
    { text: 'Share the real-world persistence analysis when published', due: dayFromToday(21) },
  ];
  for (const [index, followUp] of followUps.entries()) {
    await panel.getByRole('button', { name: '+ Add a follow-up' }).click();
    await panel.getByLabel(`Follow-up ${index + 1}`, { exact: true }).fill(followUp.text);
    await panel.getByLabel('Due').nth(index).fill(followUp.due);
  }
  await panel.getByRole('button', { name: 'Log meeting' }).click();
  await panel.getByTestId('meeting').first().waitFor();
  await options.close();
}

/**
 * Opens "Brief me", asks for everything since the start of 2024 (the sample papers' years) with objectives and
 * questions, downloads each format into demo-output/, prints the HTML to PDF and draws its first page to a PNG.
 */
export async function exportBriefingPack(demo: BriefingDemo, kolName: string): Promise<void> {
  const options = await openKolPage(demo, kolName);
  await options.getByRole('link', { name: 'Brief me' }).click();
  const builder = options.getByTestId('briefing-builder');
  await builder.getByLabel('Custom dates').check();
  await builder.getByLabel('From', { exact: true }).fill('2024-01-01');
  await builder.getByLabel('To', { exact: true }).fill(dayFromToday(0));
  await builder.getByLabel('Meeting date').fill(dayFromToday(7));
  await builder
    .getByLabel('Objectives (one per line)')
    .fill(
      'Hear her view of the 52-week ORCHID-2 data\nAgree on the long-term extension poster she asked for',
    );
  await builder
    .getByLabel('Questions to ask (one per line)')
    .fill(
      'Which patients would she not switch to an IL-23 inhibitor?\nWhat would convince her of durability beyond week 52?',
    );
  await options
    .frameLocator('[data-testid="briefing-preview"]')
    .locator('body')
    .filter({ hasText: 'What would convince her of durability beyond week 52?' })
    .waitFor();
  demo.files.push(await screenshot(options, 'options-briefing-builder', { dir: DEMO_OUTPUT_DIR }));
  // A full-page screenshot leaves the sandboxed preview blank (its own process paints it): shoot the viewport on it.
  await options.setViewportSize({ width: 1280, height: 1100 });
  await options
    .getByTestId('briefing-preview')
    .evaluate((frame) => window.scrollTo(0, frame.getBoundingClientRect().top + window.scrollY - 120));
  const previewShot = join(DEMO_OUTPUT_DIR, 'options-briefing-preview.png');
  await options.screenshot({ path: previewShot });
  demo.files.push(previewShot);

  for (const { button, file } of EXPORTS) {
    const [download] = await Promise.all([
      options.waitForEvent('download'),
      builder.getByRole('button', { name: button, exact: true }).click(),
    ]);
    const path = join(DEMO_OUTPUT_DIR, file);
    await download.saveAs(path);
    demo.files.push(path);
  }
  await options.close();

  const printed = await demo.browser.context.newPage();
  await printed.setContent(await readFile(join(DEMO_OUTPUT_DIR, 'briefing.html'), 'utf8'));
  const pdf = await printed.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
  await printed.close();
  const pdfPath = join(DEMO_OUTPUT_DIR, 'briefing.pdf');
  await writeFile(pdfPath, pdf);
  const pngPath = join(DEMO_OUTPUT_DIR, 'briefing-page1.png');
  const pages = await renderFirstPdfPage(demo.browser.context, pdf, pngPath);
  console.log(`  printed briefing.html to a ${pages}-page PDF; page 1 drawn with pdf.js`);
  demo.files.push(pdfPath, pngPath);

  const kolPage = await openKolPage(demo, kolName);
  await kolPage.getByTestId('briefing-record').first().waitFor();
  demo.files.push(await screenshot(kolPage, 'options-kol-after-briefing', { dir: DEMO_OUTPUT_DIR }));
  await kolPage.close();
}
