// A tiny static HTTP server on 127.0.0.1 that serves the sample pages to the browser under test.
import { createServer } from 'node:http';
import { listenOnLoopback, type LoopbackServer } from './loopback';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { FIXTURE_PAGES_DIR } from './paths';

/** A running server; `origin` is `http://127.0.0.1:<port>`. */
export type FixtureServer = LoopbackServer;

/** Content types of the files a sample page may use; anything else is a 404. */
const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
  '.pdf': 'application/pdf',
};

/** Serves `root` (the sample pages by default) on a random free port, so tests never clash over a port. */
export async function startFixtureServer(options: { root?: string } = {}): Promise<FixtureServer> {
  const root = normalize(options.root ?? FIXTURE_PAGES_DIR);
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    const file = normalize(join(root, pathname));
    const type = CONTENT_TYPES[extname(file).toLowerCase()];
    if (request.method !== 'GET' || !type || !file.startsWith(root + sep)) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    readFile(file).then(
      (body) => response.writeHead(200, { 'content-type': type }).end(body),
      () => response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found'),
    );
  });
  return listenOnLoopback(server);
}
