// The HTML pack printed to PDF by Chromium: the marking is on every page, a section starts a page, nothing loads.
// Needs no extension build: the page is the renderer's output, opened as a file. Run under the Chromium lock:
//   flock /tmp/liaison-chromium.lock npx vitest run --config vitest.e2e.config.ts tests/e2e/briefing-print.test.ts
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { buildBriefing } from '../../lib/briefing/build-briefing';
import { BRIEFING_MARKING } from '../../lib/briefing/model';
import { renderHtml } from '../../lib/briefing/render-html';
import {
  SAMPLE_BRIEFING_DATA,
  SAMPLE_BRIEFING_REQUEST,
  SAMPLE_NOW,
} from '../fixtures/briefing/sample-knowledge-base';
import { QUIET_CHROMIUM_ARGS } from './launch-extension';
import { CHROMIUM_PATH } from './paths';

/** The text of each page of a PDF. */
async function pageTexts(pdf: Uint8Array): Promise<string[]> {
  const doc = await pdfjs.getDocument({ data: pdf }).promise;
  const texts: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    texts.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  return texts;
}

describe('briefing HTML printed to PDF', () => {
  it('shows the marking at the top and bottom of every page, and starts the main sections on new pages', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'liaison-briefing-'));
    const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: QUIET_CHROMIUM_ARGS });
    try {
      const file = join(dir, 'briefing.html');
      await writeFile(
        file,
        renderHtml(buildBriefing(SAMPLE_BRIEFING_DATA, SAMPLE_BRIEFING_REQUEST, SAMPLE_NOW)),
      );
      const page = await browser.newPage();
      const requests: string[] = [];
      page.on('request', (request) => requests.push(request.url()));
      await page.goto(pathToFileURL(file).href);
      const texts = await pageTexts(
        new Uint8Array(await page.pdf({ preferCSSPageSize: true, printBackground: true })),
      );
      expect(requests).toEqual([pathToFileURL(file).href]);
      expect(texts.length).toBeGreaterThanOrEqual(6);
      const marking = new RegExp(BRIEFING_MARKING.replace(/-/g, '\\-'), 'gi');
      for (const [index, text] of texts.entries()) {
        expect(text.match(marking), `page ${index + 1}`).toHaveLength(2);
        expect(text, `page ${index + 1}`).toContain(`${index + 1} / ${texts.length}`);
      }
      const starts = [
        'Own work in the period',
        'Sources linked to the KOL',
        'Insights and notes',
        'References',
      ];
      for (const heading of starts)
        expect(
          texts.some((text) =>
            text
              .replace(marking, '')
              .replace(/\d+ \/ \d+/, '')
              .trim()
              .startsWith(heading),
          ),
        ).toBe(true);
    } finally {
      await browser.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
