// A local Slack: Web API under /api/, response_url endpoints under /response/, and a Socket Mode
// WebSocket at /socket, all on 127.0.0.1 port 0. It records what the app sends.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

export interface SlackCall {
  readonly path: string;
  readonly body: Record<string, unknown>;
}

/** Users and the locale users.info reports for them. */
export const USERS: Record<string, string> = { UEN: 'en-US', UJA: 'ja-JP' };

/** How the fake answers users.info: at once, never, or with a 429 asking to wait half a minute. */
export type UsersInfoMode = 'answer' | 'hang' | 'rate-limited';

export class FakeSlack {
  readonly calls: SlackCall[] = [];
  usersInfo: UsersInfoMode = 'answer';
  /** what auth.test answers: ok, or Slack's error code (invalid_auth) */
  authTestError: string | undefined;
  private readonly waiters: { match: RegExp; resolve: (call: SlackCall) => void }[] = [];
  private readonly acks: { envelopeId: string; resolve: (payload: unknown) => void }[] = [];
  private readonly server: Server;
  private readonly sockets: WebSocketServer;
  private socket: WebSocket | undefined;
  private connected: (() => void) | undefined;
  readonly socketConnected = new Promise<void>((resolve) => { this.connected = resolve; });

  constructor() {
    this.server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (c: Buffer) => chunks.push(c));
      request.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const body = parseBody(raw, request.headers['content-type'] ?? '');
        const call = { path: (request.url ?? '').split('?')[0] ?? '', body };
        this.calls.push(call);
        if (call.path === '/api/users.info' && this.usersInfo !== 'answer') {
          if (this.usersInfo === 'rate-limited') response.writeHead(429, { 'retry-after': '30', 'content-type': 'application/json' }).end('{"ok":false,"error":"ratelimited"}');
          const index = this.waiters.findIndex((w) => w.match.test(call.path));
          if (index >= 0) this.waiters.splice(index, 1)[0]?.resolve(call);
          return;
        }
        response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(this.reply(call)));
        const index = this.waiters.findIndex((w) => w.match.test(call.path));
        if (index >= 0) this.waiters.splice(index, 1)[0]?.resolve(call);
      });
    });
    this.sockets = new WebSocketServer({ server: this.server, path: '/socket' });
    this.sockets.on('connection', (socket) => {
      this.socket = socket;
      socket.send(JSON.stringify({ type: 'hello', num_connections: 1, connection_info: { app_id: 'A1' }, debug_info: { host: 'fake', approximate_connection_time: 3600 } }));
      socket.on('message', (data) => {
        const message = JSON.parse(data.toString()) as { envelope_id?: string; payload?: unknown };
        const index = this.acks.findIndex((a) => a.envelopeId === message.envelope_id);
        if (index >= 0) this.acks.splice(index, 1)[0]?.resolve(message.payload);
      });
      this.connected?.();
    });
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  get apiUrl(): string {
    return `${this.url}/api/`;
  }

  listen(): Promise<void> {
    return new Promise((resolve) => this.server.listen(0, '127.0.0.1', resolve));
  }

  close(): Promise<void> {
    for (const client of this.sockets.clients) client.terminate();
    this.sockets.close();
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  nextCall(path: RegExp): Promise<SlackCall> {
    return new Promise((resolve) => this.waiters.push({ match: path, resolve }));
  }

  /** Sends a Socket Mode envelope and resolves with the app's acknowledgement. */
  sendEnvelope(envelopeId: string, type: string, payload: unknown): Promise<unknown> {
    const acked = new Promise<unknown>((resolve) => this.acks.push({ envelopeId, resolve }));
    this.socket?.send(JSON.stringify({ envelope_id: envelopeId, type, payload, accepts_response_payload: type === 'slash_commands' }));
    return acked;
  }

  private reply(call: SlackCall): unknown {
    switch (call.path) {
      case '/api/auth.test':
        return this.authTestError ? { ok: false, error: this.authTestError } : { ok: true, user_id: 'UBOT', bot_id: 'BBOT', team_id: 'T1', user: 'llmmem' };
      case '/api/users.info': {
        const id = String(call.body.user);
        return { ok: true, user: { id, name: id, locale: USERS[id] ?? 'en-US' } };
      }
      case '/api/apps.connections.open': return { ok: true, url: `${this.url.replace('http', 'ws')}/socket` };
      default: return { ok: true };
    }
  }
}

function parseBody(raw: string, contentType: string): Record<string, unknown> {
  if (!raw) return {};
  if (contentType.includes('json')) return JSON.parse(raw) as Record<string, unknown>;
  return Object.fromEntries(new URLSearchParams(raw));
}
