// End to end: every XSS payload of the corpus, in a page, notes, KOL fields, a KOL CSV and a backup, is shown by Liaison and never runs.
//
// The payloads (tests/fixtures/xss-payloads.ts) would, if run, set `window.__xss`, set the title to "pwned" and
// fetch this test's /xss beacon. The fixture page is served with a CSP that keeps its own payloads inert in its
// tab, so a beacon hit can only come from an extension page. The test also listens for any dialog.
import { createServer, type IncomingHttpHeaders } from 'node:http';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import {
  buildHostileBackup,
  buildHostileKolCsv,
  buildHostilePage,
  HOSTILE_TITLE,
  INERT_PAGE_CSP,
} from '../fixtures/hostile-corpus';
import { renderPayloads, XSS_PAYLOADS, xssAction } from '../fixtures/xss-payloads';
import { buildBriefing } from '../../lib/briefing/build-briefing';
import { renderHtml } from '../../lib/briefing/render-html';
import type { BriefingData } from '../../lib/briefing/model';
import {
  SAMPLE_BRIEFING_DATA,
  SAMPLE_BRIEFING_REQUEST,
  SAMPLE_NOW,
} from '../fixtures/briefing/sample-knowledge-base';
import {
  launchExtension,
  openOptions,
  openPopupFor,
  screenshot,
  waitForPreview,
  watchDialogs,
  type ExtensionSession,
} from './harness';
import { listenOnLoopback, type LoopbackServer } from './loopback';
import { expectText, findInjectedCode } from './page-checks';

interface Hit {
  path: string;
  headers: IncomingHttpHeaders;
}

/** Serves the hostile page (inert under its CSP) and the beacon, recording every beacon hit. */
async function startHostileServer(): Promise<
  LoopbackServer & { hits: Hit[]; beacon: () => string; files: Map<string, string> }
> {
  const hits: Hit[] = [];
  /** Other pages to serve as they are (no CSP of ours), by path. */
  const files = new Map<string, string>();
  let origin = '';
  const server = createServer((request, response) => {
    const path = request.url ?? '/';
    if (path.startsWith('/xss')) {
      hits.push({ path, headers: request.headers });
      response.writeHead(204).end();
    } else if (path === '/hostile-corpus.html') {
      response
        .writeHead(200, {
          'content-type': 'text/html; charset=utf-8',
          'content-security-policy': INERT_PAGE_CSP,
        })
        .end(buildHostilePage(`${origin}/xss`));
    } else if (files.has(path)) {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(files.get(path));
    } else {
      response.writeHead(404).end();
    }
  });
  const listening = await listenOnLoopback(server);
  origin = listening.origin;
  return { ...listening, hits, files, beacon: () => `${origin}/xss` };
}

/** What the payloads would leave in an extension page had any of them run: the marker, the title, injected elements. */
async function tracesIn(
  page: Page,
): Promise<{ url: string; xss: unknown; title: string; elements: string[] }> {
  const { xss, elements } = await findInjectedCode(page);
  return {
    url: page.url().replace(/^chrome-extension:\/\/[^/]+/, ''),
    xss: xss === undefined ? undefined : String(xss),
    title: await page.title(),
    elements,
  };
}

/** Saves a form that the compliance guard may stop (payloads look like nothing a guard knows, but markup may trip it). */
async function submitPastGuard(page: Page, submit: () => Promise<void>): Promise<void> {
  await submit();
  // The check loads on the first save, so its warning may come a moment after the click: wait for it a little.
  const guard = page.locator('.compliance-confirm');
  const shown = await guard.waitFor({ state: 'visible', timeout: 3_000 }).then(
    () => true,
    () => false,
  );
  if (shown) await guard.click();
}

describe('hostile input', () => {
  test(
    'not one payload runs in the popup, the library, the detail view, the KOL list and pages, after a clip, forms, a CSV and a backup',
    { timeout: 240_000 },
    async () => {
      const server = await startHostileServer();
      let browser: ExtensionSession | undefined;
      try {
        browser = await launchExtension();
        const { context, extensionId } = browser;
        const dialogs = watchDialogs(context);
        const beaconRequests: string[] = [];
        // Requests the served page itself tries (and its CSP blocks) are the page's, not Liaison's: the server sees none.
        context.on('request', (request) => {
          const from = request.serviceWorker() ? 'service worker' : request.frame().url();
          if (request.url().startsWith(server.beacon()) && !from.startsWith(server.origin))
            beaconRequests.push(`${from} -> ${request.url()}`);
        });
        const payloads = renderPayloads(server.beacon());
        const joined = payloads.map((x) => x.text).join('\n');
        const pages: Page[] = [];

        // KOL fields typed through the form: one payload in each line field, all of them as name variants, interests and notes.
        const options = await openOptions(context, extensionId, '#/kols/new');
        pages.push(options);
        const line = (i: number) => payloads[i % payloads.length]!.text;
        await options.getByLabel('Name (required)').fill(`Form KOL ${line(0)}`);
        for (const [i, label] of [
          'Credentials',
          'Specialty',
          'Institution',
          'Country',
          'Tier',
          'CRM id',
        ].entries())
          await options.getByLabel(label, { exact: true }).fill(line(i + 1));
        await options.getByLabel('Name variants in author lists').fill(joined);
        await options.getByLabel('Scientific interests').fill(joined);
        await options.getByLabel('Notes', { exact: true }).fill(joined);
        await submitPastGuard(options, () => options.getByRole('button', { name: 'Create KOL' }).click());
        await expectText(options.getByTestId('kol-detail'), 'Form KOL');

        // The page: payloads in its title, authors, journal, abstract and article; a note with all of them, typed in the popup.
        const { popup } = await openPopupFor(context, extensionId, `${server.origin}/hostile-corpus.html`);
        pages.push(popup);
        await waitForPreview(popup, HOSTILE_TITLE);
        await screenshot(popup, 'hostile-popup-preview');
        await popup.getByLabel('Note').fill(`Popup note ${joined}`);
        await submitPastGuard(popup, () => popup.getByRole('button', { name: 'Save to library' }).click());
        await expectText(popup.getByTestId('popup-status'), 'Saved to your library');

        // A KOL CSV with a payload in every cell, through the import tool.
        await options.goto(options.url().replace(/#.*$/, '#/kols'));
        await options.locator('#kol-csv-file').setInputFiles({
          name: 'kols.csv',
          mimeType: 'text/csv',
          buffer: Buffer.from(buildHostileKolCsv(server.beacon())),
        });
        await expectText(options.getByTestId('csv-preview'), `${XSS_PAYLOADS.length} to add`);
        await options.getByRole('button', { name: `Import ${XSS_PAYLOADS.length} KOLs` }).click();
        await expectText(options.getByRole('status').or(options.getByRole('alert')), 'imported');

        // A backup whose every string carries payloads, restored through the settings page.
        const settings = await openOptions(context, extensionId, '#/settings');
        pages.push(settings);
        await settings.locator('#backup-file').setInputFiles({
          name: 'backup.json',
          mimeType: 'application/json',
          buffer: Buffer.from(buildHostileBackup(server.beacon(), Date.now())),
        });
        await expectText(settings.getByTestId('import-preview'), 'Sources');
        await settings.getByRole('button', { name: 'Restore', exact: true }).click();
        await expectText(settings.getByTestId('backup-result'), 'Backup restored');

        // Render every view over the hostile records.
        const library = await openOptions(context, extensionId, '#/');
        pages.push(library);
        await expectText(library.getByTestId('source-row'), 'from a backup');
        await screenshot(library, 'hostile-library');
        for (const fromBackup of [false, true]) {
          await library.goto(library.url().replace(/#.*$/, '#/'));
          const rows = library.getByTestId('source-row');
          const row = fromBackup
            ? rows.filter({ hasText: 'from a backup' })
            : rows.filter({ hasNotText: 'from a backup' });
          await row.getByRole('link').first().click();
          await expectText(library.getByTestId('source-detail'), fromBackup ? 'Backup note' : 'Popup note');
          await screenshot(library, `hostile-detail-${fromBackup ? 'backup' : 'clip'}`);
          pages.push(await openOptions(context, extensionId, new URL(library.url()).hash));
        }
        await options.goto(options.url().replace(/#.*$/, '#/kols'));
        await expectText(options.locator('body'), 'CSV KOL script-tag');
        await screenshot(options, 'hostile-kol-list');
        for (const name of ['Form KOL', 'CSV KOL img-onerror', 'Backup KOL']) {
          const kolPage = await openOptions(context, extensionId, '#/kols');
          await kolPage
            .getByRole('link', { name: new RegExp(`^${name}`) })
            .first()
            .click();
          await expectText(kolPage.getByTestId('kol-detail'), name);
          pages.push(kolPage);
        }
        await screenshot(pages.at(-1)!, 'hostile-kol-page');
        // Let any load or error handler that slipped through fire before looking for its traces.
        await library.waitForTimeout(1000);

        const traces = await Promise.all(pages.map(tracesIn));
        expect(
          traces.filter((t) => t.xss !== undefined || t.title === 'pwned' || t.elements.length > 0),
        ).toEqual([]);
        expect(
          dialogs.dialogs.filter((d) => d.pageUrl.startsWith('chrome-extension://') || d.pageUrl === ''),
        ).toEqual([]);
        expect(beaconRequests).toEqual([]);
        expect(server.hits.map((h) => h.path)).toEqual([]);

        // Control: the same payloads written raw into an extension page are caught by these checks, so they can fail.
        const control = await openOptions(context, extensionId, '#/settings');
        await control.evaluate((html) => document.body.insertAdjacentHTML('beforeend', html), joined);
        await expectText(control.locator('body'), 'overlay');
        const caught = await tracesIn(control);
        expect(caught.elements.length).toBeGreaterThan(10);
        expect(caught.xss).toBeDefined();
        for (let i = 0; i < 50 && server.hits.length === 0; i++) await control.waitForTimeout(100);
        expect(server.hits.map((h) => h.path)).toContain('/xss/img-remote.gif');
      } finally {
        await browser?.close();
        await server.close();
      }
    },
  );

  test(
    'the briefing pack as HTML, with payloads in titles, authors, journals, notes, meetings and the KOL, runs nothing when opened',
    { timeout: 120_000 },
    async () => {
      const server = await startHostileServer();
      let browser: ExtensionSession | undefined;
      try {
        const payloads = renderPayloads(server.beacon()).map((x) => x.text);
        const pick = (i: number) => payloads[i % payloads.length]!;
        const data: BriefingData = {
          ...SAMPLE_BRIEFING_DATA,
          kol: {
            ...SAMPLE_BRIEFING_DATA.kol,
            institution: pick(0),
            specialty: pick(1),
            credentials: pick(2),
          },
          areas: SAMPLE_BRIEFING_DATA.areas.map((a, i) => ({ ...a, name: `${a.name} ${pick(i + 3)}` })),
          sources: SAMPLE_BRIEFING_DATA.sources.map((s, i) => ({
            ...s,
            title: `${s.title} ${pick(i)}`,
            journal: s.journal && `${s.journal} ${pick(i + 7)}`,
            authors: s.authors.map((a, j) =>
              j === 1
                ? { ...a, name: `${a.name} ${pick(i + j)}`, family: `${a.family ?? 'X'}${pick(i + 11)}` }
                : a,
            ),
            ...(i === 0
              ? {
                  url: `javascript:${xssAction('source-url', server.beacon())}`,
                  doi: `10.1/"><img src=x onerror="${xssAction('doi', server.beacon())}">`,
                }
              : {}),
          })),
          notes: SAMPLE_BRIEFING_DATA.notes.map((n, i) => ({ ...n, text: `${n.text} ${pick(i + 13)}` })),
          highlights: SAMPLE_BRIEFING_DATA.highlights.map((h, i) => ({
            ...h,
            exact: `${h.exact} ${pick(i + 17)}`,
            note: `${h.note ?? ''} ${pick(i + 19)}`,
          })),
          meetings: SAMPLE_BRIEFING_DATA.meetings.map((m, i) => ({
            ...m,
            summary: `${m.summary} ${pick(i + 23)}`,
            followUps: m.followUps.map((f, j) => ({ ...f, text: `${f.text} ${pick(i + j + 29)}` })),
          })),
        };
        const html = renderHtml(buildBriefing(data, SAMPLE_BRIEFING_REQUEST, SAMPLE_NOW));
        expect(
          payloads.filter((p) => html.includes(p)),
          'no payload may appear unescaped in the HTML',
        ).toEqual([]);
        server.files.set('/briefing.html', html);

        browser = await launchExtension();
        const dialogs = watchDialogs(browser.context);
        const page = await browser.context.newPage();
        await page.goto(`${server.origin}/briefing.html`);
        await expectText(page.locator('body'), 'References');
        await screenshot(page, 'hostile-briefing-html');
        await page.waitForTimeout(1000);
        const traces = await tracesIn(page);
        expect(traces).toMatchObject({ xss: undefined, elements: [] });
        expect(traces.title).not.toBe('pwned');
        expect(dialogs.dialogs).toEqual([]);
        expect(server.hits.map((h) => h.path)).toEqual([]);
      } finally {
        await browser?.close();
        await server.close();
      }
    },
  );
});
