// A local Discord: REST under /api/v10 and a plain-JSON gateway (no compression) on 127.0.0.1, port 0.
// It records what the bot sends and can answer the next call with a 429 to exercise retries.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: IncomingMessage['headers'];
  readonly body: unknown;
}

export const BOT_USER = { id: '111111111111111111', username: 'llmmem', discriminator: '0', global_name: null, avatar: null, bot: true };
export const APPLICATION_ID = '222222222222222222';

export class FakeDiscord {
  readonly requests: RecordedRequest[] = [];
  /** the `shard` each IDENTIFY asked for, in order */
  readonly identifies: unknown[] = [];
  private readonly waiters: { match: (r: RecordedRequest) => boolean; resolve: (r: RecordedRequest) => void }[] = [];
  private readonly server: Server;
  private readonly gateway: WebSocketServer;
  private socket: WebSocket | undefined;
  private sequence = 0;
  private rateLimitNext = 0;
  private held: { match: RegExp; count: number; waiting: (() => void)[]; released: () => void } | undefined;
  private failing: { match: RegExp; status: number; body: unknown } | undefined;
  /** requests answered with neither status nor body, ever: a REST call that hangs */
  private hangPattern: RegExp | undefined;
  private identified: (() => void) | undefined;
  readonly identifiedOnce: Promise<void>;

  constructor() {
    this.identifiedOnce = new Promise((resolve) => { this.identified = resolve; });
    this.server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (c: Buffer) => chunks.push(c));
      request.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        const recorded: RecordedRequest = {
          method: request.method ?? '', path: (request.url ?? '').split('?')[0] ?? '', headers: request.headers,
          body: text ? (JSON.parse(text) as unknown) : null,
        };
        this.requests.push(recorded);
        if (recorded.path === '/api/v10/gateway/bot') {
          response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({
            url: `ws://127.0.0.1:${this.port}`, shards: 1,
            session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 1 },
          }));
          return;
        }
        if (this.hangPattern?.test(recorded.path)) return void this.notify(recorded);
        if (this.failing?.match.test(recorded.path)) {
          response.writeHead(this.failing.status, { 'content-type': 'application/json' }).end(JSON.stringify(this.failing.body));
          this.notify(recorded);
          return;
        }
        const held = this.held;
        if (held?.match.test(recorded.path)) {
          held.waiting.push(() => response.writeHead(204).end());
          this.notify(recorded);
          if (held.waiting.length >= held.count) {
            for (const release of held.waiting) release();
            this.held = undefined;
            held.released();
          }
          return;
        }
        if (this.rateLimitNext > 0) {
          this.rateLimitNext--;
          response.writeHead(429, { 'content-type': 'application/json', 'retry-after': '0.05', 'x-ratelimit-scope': 'user' })
            .end(JSON.stringify({ message: 'You are being rate limited.', retry_after: 0.05, global: false }));
          this.notify(recorded);
          return;
        }
        // interaction callbacks answer 204 No Content, without a body or content type, as Discord does
        if (recorded.method === 'POST' && recorded.path.endsWith('/callback')) response.writeHead(204).end();
        else response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(recorded.body ?? {}));
        this.notify(recorded);
      });
    });
    this.gateway = new WebSocketServer({ server: this.server });
    this.gateway.on('connection', (socket) => this.onConnection(socket));
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  listen(): Promise<void> {
    return new Promise((resolve) => this.server.listen(0, '127.0.0.1', resolve));
  }

  close(): Promise<void> {
    for (const client of this.gateway.clients) client.terminate();
    this.gateway.close();
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  /** The next request whose path matches, recorded after this call. */
  nextRequest(pattern: RegExp): Promise<RecordedRequest> {
    return new Promise((resolve) => this.waiters.push({ match: (r) => pattern.test(r.path), resolve }));
  }

  /**
   * Holds the answers to requests matching `pattern` until `count` of them are waiting at once, then
   * answers them all: resolves then. Calls sent one after another never get there.
   */
  holdUntilConcurrent(pattern: RegExp, count: number): Promise<void> {
    return new Promise((released) => { this.held = { match: pattern, count, waiting: [], released }; });
  }

  /** Answers every request matching `pattern` with this status and body. */
  fail(pattern: RegExp, status: number, body: unknown): void {
    this.failing = { match: pattern, status, body };
  }

  /** Never answers requests matching `pattern`. */
  hang(pattern: RegExp): void {
    this.hangPattern = pattern;
  }

  rateLimitNextRequests(count: number): void {
    this.rateLimitNext = count;
  }

  dispatch(event: string, data: unknown): void {
    this.socket?.send(JSON.stringify({ op: 0, t: event, s: ++this.sequence, d: data }));
  }

  private notify(recorded: RecordedRequest): void {
    const index = this.waiters.findIndex((w) => w.match(recorded));
    if (index >= 0) this.waiters.splice(index, 1)[0]?.resolve(recorded);
  }

  private onConnection(socket: WebSocket): void {
    this.socket = socket;
    socket.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 41_250 } }));
    socket.on('message', (raw) => {
      const message = JSON.parse(raw.toString()) as { op: number; d?: { shard?: [number, number] } };
      if (message.op === 1) socket.send(JSON.stringify({ op: 11 }));
      if (message.op === 2) {
        this.identifies.push(message.d?.shard ?? null);
        socket.send(JSON.stringify({ op: 0, t: 'READY', s: ++this.sequence, d: {
          v: 10, user: BOT_USER, guilds: [], session_id: 'session', resume_gateway_url: `ws://127.0.0.1:${this.port}`,
          application: { id: APPLICATION_ID, flags: 0 }, shard: message.d?.shard ?? [0, 1],
        } }));
        this.identified?.();
      }
    });
  }
}

let interactionCount = 0;

/** An interaction as Discord sends it, in a DM, from a user with the given locale. */
export function interactionPayload(type: number, data: unknown, locale = 'en-US', token = 'interaction-token') {
  interactionCount++;
  return {
    id: String(3_000_000_000_000_000 + interactionCount),
    application_id: APPLICATION_ID, type, data, token, version: 1, locale,
    channel_id: '444444444444444444', channel: { id: '444444444444444444', type: 1 },
    user: { id: '555555555555555555', username: 'asker', discriminator: '0', global_name: 'Asker', avatar: null },
    app_permissions: '0', entitlements: [], authorizing_integration_owners: { 1: '555555555555555555' }, context: 1,
    attachment_size_limit: 10_485_760,
  };
}
