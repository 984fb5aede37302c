// Records every request made by the extension's pages and service worker, to prove Liaison sends nothing over the network.
import type { BrowserContext, Request } from 'playwright-core';

/** One request an extension context made: where from (page or worker URL) and where to. */
export interface ExtensionRequest {
  from: string;
  url: string;
}

/** Where an extension page may send a request: its own files, blob and data URLs, and the given loopback origins. */
function isLocal(url: string, allowedOrigins: readonly string[]): boolean {
  if (/^(chrome-extension|blob:chrome-extension|data):/.test(url)) return true;
  return allowedOrigins.some((origin) => url === origin || url.startsWith(`${origin}/`));
}

/** The page or worker that made a request; a web page's own requests (the fixture tab) are not Liaison's. */
function requester(request: Request): string {
  const worker = request.serviceWorker();
  if (worker) return worker.url();
  try {
    return request.frame().url();
  } catch {
    return '';
  }
}

/**
 * Starts recording the requests of Liaison's pages and service worker in `context` (not those of Chromium's own
 * component extensions, such as the PDF viewer). `leaks()` lists those that went anywhere but the extension
 * itself and `allowedOrigins` (the loopback fixture server).
 */
export function watchExtensionRequests(
  context: BrowserContext,
  extensionId: string,
  allowedOrigins: readonly string[],
): { requests: ExtensionRequest[]; leaks: () => ExtensionRequest[]; stop: () => void } {
  const requests: ExtensionRequest[] = [];
  const ours = `chrome-extension://${extensionId}/`;
  const onRequest = (request: Request): void => {
    const from = requester(request);
    if (from.startsWith(ours)) requests.push({ from, url: request.url() });
  };
  context.on('request', onRequest);
  return {
    requests,
    leaks: () => requests.filter((r) => !isLocal(r.url, allowedOrigins)),
    stop: () => context.off('request', onRequest),
  };
}
