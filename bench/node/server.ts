// A tiny HTTP server on 127.0.0.1 for the benchmark page and its bundle, cross-origin isolated for fine-grained timers.
import { createServer } from 'node:http';
import { listenOnLoopback, type LoopbackServer } from '../../tests/e2e/loopback';

/** A running server; `origin` is `http://127.0.0.1:<port>`. */
export type BenchServer = LoopbackServer;

const PAGE =
  '<!doctype html><meta charset="utf-8"><title>Liaison benchmark</title><script src="/bench.js"></script>';

/**
 * Serves the page and the bundled script. COOP and COEP make the page cross-origin isolated, which
 * gives `performance.now()` 5 µs resolution instead of 100 µs: index updates take well under a millisecond.
 */
export async function startServer(script: string): Promise<BenchServer> {
  const headers = {
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-embedder-policy': 'require-corp',
    'cache-control': 'no-store',
  };
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    if (path === '/bench.html')
      response.writeHead(200, { ...headers, 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
    else if (path === '/bench.js')
      response.writeHead(200, { ...headers, 'content-type': 'text/javascript; charset=utf-8' }).end(script);
    else response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
  });
  return listenOnLoopback(server);
}
