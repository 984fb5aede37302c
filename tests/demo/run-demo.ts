// `npm run demo`: clips the sample pages with the built extension in headless Chromium and writes screenshots to demo-output/.
import { readdirSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { relative } from 'node:path';
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

const STEPS: DemoStep[] = [
  { name: 'clip each sample page through the popup', run: clipSamplePages },
  { name: 'capture the options library', run: captureLibrary },
  { name: 'capture a detail view', run: captureDetail },
];

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
        const where = shots.length ? `\nScreenshots of the open tabs: ${shots.map((file) => relative(REPO_ROOT, file)).join(', ')}` : '';
        throw new Error(`Step "${step.name}" failed: ${describeError(error)}${where}`);
      }
    }
    console.log(`\nClipped ${demo.clipped.length} pages: ${demo.clipped.map((sample) => sample.name).join(', ')}`);
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
