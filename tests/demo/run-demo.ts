// `npm run demo`: clips the sample pages with the built extension in headless Chromium, exports a briefing pack, writes it all to demo-output/.
import { readdirSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { relative } from 'node:path';
import type { Page } from 'playwright-core';
import {
  DEMO_OUTPUT_DIR,
  FIXTURE_PAGES_DIR,
  REPO_ROOT,
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
  type SamplePage,
} from '../e2e/harness';
import { exportBriefingPack, linkTrialToKol, logSampleMeeting } from './briefing-steps';

/** What the steps share: the running server and browser, and what they have done so far. */
interface Demo {
  server: FixtureServer;
  browser: ExtensionSession;
  /** Sample pages clipped, in order. */
  clipped: SamplePage[];
  /** Files written, for the summary. */
  files: string[];
}

/** One thing the demo shows; a new feature (e.g. a briefing export) is one more entry in STEPS. */
interface DemoStep {
  name: string;
  run: (demo: Demo) => Promise<void>;
}

/** Sample pages that are there to test edge cases, not to show the product. */
const SKIPPED_SAMPLES = new Set(['hostile', 'no-article']);

/** The note typed for each sample page; others get DEFAULT_NOTE. */
const NOTES: Record<string, string> = {
  'pubmed-abstract': 'Discuss the primary endpoint with the advisory board.',
  'journal-article': 'Compare the safety data with our label.',
  'trial-registry': 'Check recruiting sites near our KOLs.',
  'congress-abstract': 'Ask the presenter about the subgroup analysis.',
};
const DEFAULT_NOTE = 'Worth reading before the next KOL meeting.';

/** The sample whose detail view the demo shows: the richest record. */
const DETAIL_SAMPLE = 'pubmed-abstract';

/** The sample KOL and areas the demo sets up first, as an MSL would on day one. */
const SAMPLE_KOL = {
  name: 'Hanna Lindqvist',
  credentials: 'MD, PhD',
  specialty: 'Dermatology',
  institution: 'Karolinska Vale Institute',
  country: 'Sweden',
  tier: 'Tier 1',
  orcid: '0000-0002-7345-2185',
  variants: 'Lindqvist H',
  areas: ['Dermatology', 'Oncology'],
};
const SAMPLE_AREAS = [
  { name: 'Dermatology', keywords: 'psoriasis, atopic dermatitis, IL-23' },
  { name: 'Neurology', keywords: 'myasthenia gravis, multiple sclerosis' },
  { name: 'Oncology', keywords: 'cancer, NSCLC, tumour' },
];

const STEPS: DemoStep[] = [
  { name: 'set up a sample KOL and therapeutic areas', run: setUpKnowledgeBase },
  { name: 'clip each sample page through the popup, accepting the suggested links', run: clipSamplePages },
  { name: 'capture the options library', run: captureLibrary },
  { name: 'capture a detail view', run: captureDetail },
  { name: 'capture the sample KOL page', run: captureKolPage },
  {
    name: 'link the trial she runs a site of to the sample KOL, with an insight',
    run: (demo) => linkTrialToKol(demo, SAMPLE_KOL.name),
  },
  {
    name: 'log a meeting with the sample KOL, with follow-ups',
    run: (demo) => logSampleMeeting(demo, SAMPLE_KOL.name),
  },
  {
    name: "export the sample KOL's briefing pack in every format, print it to PDF and draw page 1",
    run: (demo) => exportBriefingPack(demo, SAMPLE_KOL.name),
  },
];

/** Creates the sample areas and KOL through the options page forms. */
async function setUpKnowledgeBase(demo: Demo): Promise<void> {
  const options = await openOptions(demo.browser.context, demo.browser.extensionId, '#/areas');
  for (const area of SAMPLE_AREAS) {
    await options.getByLabel('Name').fill(area.name);
    await options.getByLabel('Keywords').fill(area.keywords);
    await options.getByRole('button', { name: 'Add area' }).click();
    await options.getByTestId('area-row').filter({ hasText: area.name }).waitFor();
  }
  await options.goto(options.url().replace(/#.*$/, '#/kols/new'));
  await options.getByLabel('Name (required)').fill(SAMPLE_KOL.name);
  await options.getByLabel('Credentials').fill(SAMPLE_KOL.credentials);
  await options.getByLabel('Specialty').fill(SAMPLE_KOL.specialty);
  await options.getByLabel('Institution').fill(SAMPLE_KOL.institution);
  await options.getByLabel('Country').fill(SAMPLE_KOL.country);
  await options.getByLabel('Tier').fill(SAMPLE_KOL.tier);
  await options.getByLabel('ORCID iD').fill(SAMPLE_KOL.orcid);
  await options.getByLabel('Name variants in author lists').fill(SAMPLE_KOL.variants);
  const areaField = options.getByRole('combobox', { name: 'Therapeutic areas' });
  for (const area of SAMPLE_KOL.areas) {
    await areaField.fill(area);
    await options.getByRole('option', { name: new RegExp(area) }).waitFor();
    await areaField.press('Enter');
    await options.locator('.chip-selected', { hasText: area }).waitFor();
  }
  await options.getByRole('button', { name: 'Create KOL' }).click();
  await options.getByTestId('kol-detail').waitFor();
  await options.close();
}

/** Accepts every link the popup suggests (KOLs among the authors, areas named in the text). */
async function acceptSuggestions(popup: Page): Promise<void> {
  const suggestion = popup.locator('button.suggestion');
  for (let i = 0; i < 10 && (await suggestion.count()) > 0; i++) await suggestion.first().click();
}

/** Opens the popup on each sample page, screenshots the preview, types a note and saves. */
async function clipSamplePages(demo: Demo): Promise<void> {
  const names = readdirSync(FIXTURE_PAGES_DIR)
    .filter((file) => file.endsWith('.html'))
    .map((file) => file.slice(0, -'.html'.length))
    .filter((name) => !SKIPPED_SAMPLES.has(name))
    .sort();
  if (names.length === 0) throw new Error(`No sample pages in ${FIXTURE_PAGES_DIR}.`);
  for (const name of names) {
    const sample = readSamplePage(name);
    const { page, popup } = await openPopupFor(
      demo.browser.context,
      demo.browser.extensionId,
      demo.server.origin + sample.path,
    );
    try {
      await waitForPreview(popup, sample.title);
      await acceptSuggestions(popup);
      demo.files.push(await screenshot(popup, `popup-${name}`, { dir: DEMO_OUTPUT_DIR }));
      await saveWithNote(popup, NOTES[name] ?? DEFAULT_NOTE);
    } catch (error) {
      throw new Error(`${name}.html: ${describeError(error)}`);
    }
    demo.clipped.push(sample);
    await popup.close();
    await page.close();
  }
}

/** Screenshots the library with everything clipped. */
async function captureLibrary(demo: Demo): Promise<void> {
  const options = await openOptions(demo.browser.context, demo.browser.extensionId, '#/');
  const last = demo.clipped.at(-1);
  if (last) await options.getByTestId('source-row').filter({ hasText: last.title }).first().waitFor();
  demo.files.push(await screenshot(options, 'options-library', { dir: DEMO_OUTPUT_DIR }));
  await options.close();
}

/** Opens the PubMed sample (or else the first clip) from the library and screenshots its detail view. */
async function captureDetail(demo: Demo): Promise<void> {
  const first = demo.clipped.find((sample) => sample.name === DETAIL_SAMPLE) ?? demo.clipped[0];
  if (!first) throw new Error('Nothing was clipped, so there is no detail view to show.');
  const options = await openOptions(demo.browser.context, demo.browser.extensionId, '#/');
  const row = options.getByTestId('source-row').filter({ hasText: first.title }).first();
  await row.getByRole('link', { name: first.title }).first().click();
  await options.getByTestId('source-detail').waitFor();
  demo.files.push(await screenshot(options, 'options-detail', { dir: DEMO_OUTPUT_DIR }));
  await options.close();
}

/** Screenshots the sample KOL's page: linked sources and the ones they authored. */
async function captureKolPage(demo: Demo): Promise<void> {
  const options = await openOptions(demo.browser.context, demo.browser.extensionId, '#/kols');
  await options.getByRole('link', { name: SAMPLE_KOL.name }).click();
  await options
    .getByTestId('kol-detail')
    .getByText(/Linked sources \([1-9]/)
    .waitFor();
  demo.files.push(await screenshot(options, 'options-kol', { dir: DEMO_OUTPUT_DIR }));
  await options.close();
}

/** Runs every step in order; the first failure stops the demo with the step's name. */
async function runDemo(): Promise<void> {
  const started = Date.now();
  await rm(DEMO_OUTPUT_DIR, { recursive: true, force: true });
  await mkdir(DEMO_OUTPUT_DIR, { recursive: true });
  const server = await startFixtureServer();
  let browser: ExtensionSession | undefined;
  try {
    browser = await launchExtension();
    const demo: Demo = { server, browser, clipped: [], files: [] };
    for (const step of STEPS) {
      console.log(`- ${step.name}`);
      try {
        await step.run(demo);
      } catch (error) {
        const shots = await captureOpenPages(browser);
        const where = shots.length
          ? `\nScreenshots of the open tabs: ${shots.map((file) => relative(REPO_ROOT, file)).join(', ')}`
          : '';
        throw new Error(`Step "${step.name}" failed: ${describeError(error)}${where}`);
      }
    }
    console.log(
      `\nClipped ${demo.clipped.length} pages: ${demo.clipped.map((sample) => sample.name).join(', ')}`,
    );
    console.log(`Wrote ${demo.files.length} files:`);
    for (const file of demo.files) console.log(`  ${relative(REPO_ROOT, file)}`);
    console.log(`Done in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  } finally {
    await browser?.close();
    await server.close();
  }
}

/** Screenshots every open tab after a failure, so that the output shows what went wrong. */
async function captureOpenPages(browser: ExtensionSession): Promise<string[]> {
  const files: string[] = [];
  for (const [index, page] of browser.context.pages().entries()) {
    const file = await screenshot(page, `failed-${index}`, { dir: DEMO_OUTPUT_DIR }).catch(() => undefined);
    if (file) files.push(file);
  }
  return files;
}

/** An error's message, without a stack: the summary is for people. */
function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

runDemo().catch((error: unknown) => {
  console.error(`\nDemo failed. ${describeError(error)}`);
  process.exitCode = 1;
});
