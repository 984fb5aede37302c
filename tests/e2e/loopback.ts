// Starts a node:http server on a free port of 127.0.0.1 and gives back its origin and a close that ends open connections.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A running loopback server; `origin` is `http://127.0.0.1:<port>`. */
export interface LoopbackServer {
  origin: string;
  close: () => Promise<void>;
}

/** Listens on a random free port, so that test and benchmark servers never clash over a port. */
export async function listenOnLoopback(server: Server): Promise<LoopbackServer> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
