// A stand-in for the internet: Firefox's proxy for every address but loopback, recording each request and answering none.
import { createServer } from 'node:http';
import type { Socket } from 'node:net';
import { listenOnLoopback } from '../e2e/loopback';

/** One request that tried to leave the machine: `CONNECT host:port` for HTTPS, the full URL for HTTP. */
export interface OutsideRequest {
  method: string;
  target: string;
}

/** The running recorder; `port` goes into Firefox's proxy preferences. */
export interface OutsideRecorder {
  port: number;
  requests: OutsideRequest[];
  close: () => Promise<void>;
}

/**
 * Starts the recorder. Firefox sends every non-loopback request of every context (web pages, extension
 * pages, the background page, content scripts and Firefox itself) to its proxy, so what reaches this server
 * is exactly what would have left the machine. It answers 502 and closes, so nothing is ever fetched.
 */
export async function startOutsideRecorder(): Promise<OutsideRecorder> {
  const requests: OutsideRequest[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((request, response) => {
    requests.push({ method: request.method ?? 'GET', target: request.url ?? '' });
    response.writeHead(502, { connection: 'close' }).end();
  });
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.on('connect', (request, socket: Socket) => {
    requests.push({ method: 'CONNECT', target: request.url ?? '' });
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  const listening = await listenOnLoopback(server);
  return {
    port: Number(new URL(listening.origin).port),
    requests,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await listening.close();
    },
  };
}
