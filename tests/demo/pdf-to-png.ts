// Draws the first page of a PDF to a PNG with pdf.js in a Chromium page: what the printed briefing looks like on paper.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { listenOnLoopback } from '../e2e/loopback';

const PDFJS_BUILD = join(
  dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')),
  'legacy',
  'build',
);

/** The page that renders `/document.pdf` page 1 onto a canvas at 2x, then sets `window.rendered`. */
const RENDER_PAGE = `<!doctype html><meta charset="utf-8"><title>PDF page 1</title>
<style>body { margin: 0; background: #777; } canvas { display: block; background: #fff; }</style>
<canvas id="page"></canvas>
<script type="module">
  import * as pdfjs from '/pdf.mjs';
  pdfjs.GlobalWorkerOptions.workerSrc = '/pdf.worker.mjs';
  try {
    const pdf = await pdfjs.getDocument('/document.pdf').promise;
    const page = await pdf.getPage(1);
    const viewport = page.getViewport({ scale: 2 });
    const canvas = document.getElementById('page');
    canvas.width = viewport.width;
    canvas.height = viewport.height;
    await page.render({ canvasContext: canvas.getContext('2d'), viewport }).promise;
    window.rendered = { pages: pdf.numPages };
  } catch (error) {
    window.rendered = { error: String(error) };
  }
</script>`;

/** Renders page 1 of `pdf` to `pngPath` and returns the document's page count. */
export async function renderFirstPdfPage(
  context: BrowserContext,
  pdf: Uint8Array,
  pngPath: string,
): Promise<number> {
  const files: Record<string, () => Promise<{ type: string; body: string | Uint8Array }>> = {
    '/render.html': async () => ({ type: 'text/html; charset=utf-8', body: RENDER_PAGE }),
    '/pdf.mjs': async () => ({ type: 'text/javascript', body: await readFile(join(PDFJS_BUILD, 'pdf.mjs')) }),
    '/pdf.worker.mjs': async () => ({
      type: 'text/javascript',
      body: await readFile(join(PDFJS_BUILD, 'pdf.worker.mjs')),
    }),
    '/document.pdf': async () => ({ type: 'application/pdf', body: pdf }),
  };
  const server = await listenOnLoopback(
    createServer((request, response) => {
      const serve = files[new URL(request.url ?? '/', 'http://127.0.0.1').pathname];
      if (!serve) {
        response.writeHead(404).end();
        return;
      }
      serve().then(
        ({ type, body }) => response.writeHead(200, { 'content-type': type }).end(body),
        () => response.writeHead(500).end(),
      );
    }),
  );
  const page = await context.newPage();
  try {
    await page.goto(`${server.origin}/render.html`);
    await page.waitForFunction(() => 'rendered' in window, undefined, { timeout: 30_000 });
    const result = await page.evaluate(
      () => (window as unknown as { rendered: { pages?: number; error?: string } }).rendered,
    );
    if (result.error) throw new Error(`pdf.js could not draw the PDF: ${result.error}`);
    await page.locator('#page').screenshot({ path: pngPath });
    return result.pages ?? 0;
  } finally {
    await page.close();
    await server.close();
  }
}
