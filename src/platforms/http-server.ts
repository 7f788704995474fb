// The one HTTP server on PORT: GET /healthz, and the platform routes that are configured.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import type { InFlight } from './in-flight.js';

export type RouteHandler = (request: IncomingMessage, response: ServerResponse) => Promise<void> | void;

export interface HttpServerOptions {
  /** POST routes by path: /discord/interactions, /slack/events */
  readonly routes: Readonly<Record<string, RouteHandler>>;
  /** true once every configured platform is connected */
  readonly isReady: () => boolean;
  readonly log: Logger;
  /** where each request's handling is tracked, so a stop lets it finish */
  readonly inFlight: InFlight;
}

export interface HttpServer {
  readonly server: Server;
  /** Stops accepting; drops idle and half-uploaded connections at once, the rest once `drained` settles. */
  close(drained: Promise<void>): Promise<void>;
}

export function createHttpServer({ routes, isReady, log, inFlight }: HttpServerOptions): HttpServer {
  const open = new Set<IncomingMessage>();
  const server = createServer((request, response) => {
    open.add(request);
    response.on('close', () => open.delete(request));
    const path = (request.url ?? '/').split('?')[0] ?? '/';
    if (request.method === 'GET' && path === '/healthz') {
      const ready = isReady();
      response.writeHead(ready ? 200 : 503, { 'content-type': 'application/json' }).end(JSON.stringify({ ready }));
      return;
    }
    const route = request.method === 'POST' ? routes[path] : undefined;
    if (!route) {
      response.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"not found"}');
      return;
    }
    inFlight.track(Promise.resolve().then(() => route(request, response)).catch((error: unknown) => {
      log.error({ err: error, path }, 'request failed');
      if (!response.headersSent) response.writeHead(500, { 'content-type': 'application/json' }).end('{"error":"internal error"}');
    }));
  });
  return {
    server,
    close: async (drained) => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      // an upload that has not arrived whole has no answer under way: nothing to wait for
      for (const request of open) if (!request.complete) request.socket.destroy();
      await drained;
      server.closeAllConnections();
      await closed;
    },
  };
}
