// POST /discord/interactions on a real port with Ed25519-signed requests.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { startPlatforms, type RunningPlatforms } from '../../src/platforms/start-platforms.js';
import { interactionPayload } from '../fakes/discord-api.js';
import { makeSigningKeys, signedHeaders } from '../fixtures/discord-signing.js';
import { silentLogger } from '../helpers/silent-log.js';

const keys = makeSigningKeys();
let running: RunningPlatforms;

beforeAll(async () => {
  const config = parseConfig({ DISCORD_PUBLIC_KEY: keys.publicKeyHex, PORT: '0' });
  if (!config.ok) throw new Error(config.errors.join());
  running = await startPlatforms(config.config, silentLogger());
});

afterAll(async () => {
  await running?.stop();
});

interface InteractionReply {
  type: number;
  data: { embeds?: unknown[]; allowed_mentions?: unknown; flags?: number; content?: string };
}

async function post(body: unknown, headers?: Record<string, string>) {
  const text = JSON.stringify(body);
  const response = await fetch(`http://127.0.0.1:${running.port}/discord/interactions`, {
    method: 'POST', body: text, headers: headers ?? signedHeaders(keys, text),
  });
  return { status: response.status, json: (await response.json()) as InteractionReply };
}

const slash = (options: unknown[]) => interactionPayload(2, { id: '1', type: 1, name: 'llmmem', options });

describe('Discord HTTP interactions door', () => {
  it('answers PING with PONG', async () => {
    expect(await post({ type: 1 })).toEqual({ status: 200, json: { type: 1 } });
  });

  it('answers /llmmem params:7 precision:int8 with an embed showing 6.52 GiB', async () => {
    const { status, json } = await post(slash([{ name: 'params', type: 10, value: 7 }, { name: 'precision', type: 3, value: 'int8' }]));
    expect(status).toBe(200);
    expect(json.type).toBe(4);
    expect(JSON.stringify(json.data.embeds)).toContain('6.52 GiB');
    expect(json.data.allowed_mentions).toEqual({ parse: [] });
  });

  it('refuses a forged signature with 401 and processes nothing', async () => {
    const text = JSON.stringify({ type: 1 });
    const forged = { ...signedHeaders(keys, text), 'x-signature-ed25519': 'ab'.repeat(64) };
    expect((await post({ type: 1 }, forged)).status).toBe(401);
  });

  it('refuses a body changed after signing', async () => {
    const headers = signedHeaders(keys, JSON.stringify({ type: 1 }));
    expect((await post({ type: 1, extra: true }, headers)).status).toBe(401);
  });

  it('refuses a request without signature headers', async () => {
    expect((await post({ type: 1 }, { 'content-type': 'application/json' })).status).toBe(401);
  });

  it('answers bad input privately (flags 64) with a working example', async () => {
    const { json } = await post(slash([{ name: 'file', type: 3, value: '@everyone <@123> model.gguf' }, { name: 'ctx', type: 3, value: 'lots' }]));
    expect(json.data.flags).toBe(64);
    expect(json.data.content).toContain('/llmmem');
    expect(json.data.content).not.toMatch(/@everyone|<@123>/);
    expect(json.data.allowed_mentions).toEqual({ parse: [] });
  });

  it('reports ready on /healthz', async () => {
    const response = await fetch(`http://127.0.0.1:${running.port}/healthz`);
    expect(response.status).toBe(200);
  });
});
