// The HTTP server's edges, from outside: a body past the cap gets 413 and the connection is closed
// (not left hanging), and a handler that throws gets 500 and a logged, scrubbed error.
import { type AddressInfo, connect } from 'node:net';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { createLogger } from '../../src/log.js';
import { MAX_BODY_BYTES } from '../../src/platforms/http-body.js';
import { createHttpServer } from '../../src/platforms/http-server.js';
import { InFlight } from '../../src/platforms/in-flight.js';
import { startPlatforms, type RunningPlatforms } from '../../src/platforms/start-platforms.js';
import { FakeSlack } from '../fakes/slack-api.js';
import { makeSigningKeys } from '../fixtures/discord-signing.js';
import { SIGNING_SECRET } from '../fixtures/slack-signing.js';
import { silentLogger } from '../helpers/silent-log.js';

const keys = makeSigningKeys();
const slack = new FakeSlack();
let running: RunningPlatforms;

beforeAll(async () => {
  await slack.listen();
  const config = parseConfig({ DISCORD_PUBLIC_KEY: keys.publicKeyHex, SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: slack.apiUrl, PORT: '0' });
  if (!config.ok) throw new Error(config.errors.join());
  running = await startPlatforms(config.config, silentLogger());
});

afterAll(async () => {
  await running?.stop();
  await slack.close();
});

/** Sends one keep-alive request by hand and resolves with everything received once the server closes the socket. */
function rawRequest(path: string, bodyBytes: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(running.port ?? 0, '127.0.0.1');
    let received = '';
    socket.on('data', (chunk) => { received += chunk.toString('latin1'); });
    socket.on('close', () => resolve(received));
    socket.on('error', reject);
    socket.write(`POST ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: keep-alive\r\nContent-Type: application/json\r\nContent-Length: ${bodyBytes}\r\n\r\n`);
    socket.write(Buffer.alloc(bodyBytes, 0x20));
  });
}

describe('body limits', () => {
  it.each(['/discord/interactions', '/slack/events'])('%s: a body past the cap gets 413 and the connection is closed', async (path) => {
    const received = await rawRequest(path, MAX_BODY_BYTES + 100_000);
    expect(received).toMatch(/^HTTP\/1\.1 413 /);
    expect(received.toLowerCase()).toContain('connection: close');
  });
});

describe('a handler that throws', () => {
  it('gets 500 with a generic body, and the error is logged without secrets', async () => {
    let logged = '';
    const log = createLogger('error', new Writable({ write(chunk, _encoding, done) { logged += chunk.toString(); done(); } }));
    const http = createHttpServer({
      routes: { '/boom': () => { throw new Error('failed calling https://discord.com/api/v10/webhooks/1/aW50ZXJhY3Rpb25Ub2tlblNlY3JldA/messages/@original'); } },
      isReady: () => true, log, inFlight: new InFlight(),
    });
    await new Promise<void>((resolve) => http.server.listen(0, '127.0.0.1', resolve));
    const { port } = http.server.address() as AddressInfo;
    const response = await fetch(`http://127.0.0.1:${port}/boom`, { method: 'POST', body: '{}' });
    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({ error: 'internal error' });
    expect(logged).toContain('request failed');
    expect(logged).not.toContain('aW50ZXJhY3Rpb25Ub2tlblNlY3JldA');
    await http.close(Promise.resolve());
  });
});
