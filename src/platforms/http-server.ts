// The one HTTP server on PORT: GET /healthz, and the platform routes that are configured.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Logger } from 'pino';

export type RouteHandler = (request: IncomingMessage, response: ServerResponse) => Promise<void> | void;

export interface HttpServerOptions {
  /** POST routes by path: /discord/interactions, /slack/events */
  readonly routes: Readonly<Record<string, RouteHandler>>;
  /** true once every configured platform is connected */
  readonly isReady: () => boolean;
  readonly log: Logger;
}

export function createHttpServer({ routes, isReady, log }: HttpServerOptions): Server {
  return createServer((request, response) => {
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
    Promise.resolve(route(request, response)).catch((error: unknown) => {
      log.error({ err: error, path }, 'request failed');
      if (!response.headersSent) response.writeHead(500, { 'content-type': 'application/json' }).end('{"error":"internal error"}');
    });
  });
}
