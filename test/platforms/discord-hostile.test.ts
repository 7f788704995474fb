// What a hostile user or a broken peer can do to the Discord doors, tried from outside: replayed and
// malformed signed requests, bare commands, links and split emoji in echoed names, a flood of deferred
// answers, failed follow-ups whose URLs carry the interaction token.
import { Writable } from 'node:stream';
import type { Client } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { createHubClient } from '../../src/hub/hf.js';
import { createLogger } from '../../src/log.js';
import { startDiscordGateway } from '../../src/platforms/discord/gateway.js';
import { startPlatforms, type RunningPlatforms } from '../../src/platforms/start-platforms.js';
import { FakeDiscord, interactionPayload } from '../fakes/discord-api.js';
import { FakeHub, jsonFile } from '../fakes/hf-hub.js';
import { makeSigningKeys, signedHeaders } from '../fixtures/discord-signing.js';
import { buildSafetensors, TINYLLAMA_CONFIG, tinyLlamaSafetensors } from '../fixtures/safetensors-builder.js';
import { silentLogger } from '../helpers/silent-log.js';

const keys = makeSigningKeys();
const discord = new FakeDiscord();
const st = buildSafetensors(tinyLlamaSafetensors());
const hub = new FakeHub({ 'TinyLlama/TinyLlama-1.1B-Chat-v1.0': { files: { 'config.json': jsonFile(TINYLLAMA_CONFIG), 'model.safetensors': { prefix: st.header, size: st.header.length + st.dataBytes } } } });
let logged = '';
let running: RunningPlatforms;
let gateway: Client;

beforeAll(async () => {
  await Promise.all([discord.listen(), hub.listen()]);
  const config = parseConfig({ DISCORD_PUBLIC_KEY: keys.publicKeyHex, DISCORD_API_URL: discord.apiUrl, HF_ENDPOINT: hub.url, PORT: '0' });
  if (!config.ok) throw new Error(config.errors.join());
  const log = createLogger('info', new Writable({ write(chunk, _encoding, done) { logged += chunk.toString(); done(); } }));
  running = await startPlatforms(config.config, log);
  gateway = await startDiscordGateway({ token: 't', apiUrl: discord.apiUrl, log: silentLogger(), hub: createHubClient({ hubUrl: hub.url }) });
});

afterAll(async () => {
  await gateway?.destroy();
  await running?.stop();
  await Promise.all([discord.close(), hub.close()]);
});

async function post(text: string, headers = signedHeaders(keys, text)) {
  const response = await fetch(`http://127.0.0.1:${running.port}/discord/interactions`, { method: 'POST', body: text, headers });
  const body = await response.text();
  return { status: response.status, json: body ? (JSON.parse(body) as { type: number; data?: Record<string, unknown> }) : undefined };
}

let askers = 0;
/** A slash command from its own user in its own channel, so no rate limit is shared between tests. */
function slash(options: unknown[] | undefined, token?: string) {
  askers++;
  const user = `6000000000${String(askers).padStart(8, '0')}`;
  const channel = `7000000000${String(askers).padStart(8, '0')}`;
  return {
    ...interactionPayload(2, { id: '1', type: 1, name: 'llmmem', ...(options ? { options } : {}) }, 'en-US', token),
    user: { id: user, username: 'u', discriminator: '0', global_name: null, avatar: null }, channel_id: channel, channel: { id: channel, type: 1 },
  };
}

/** Every string Discord would show in a payload: button custom_ids are hidden state, never rendered. */
const strings = (value: unknown): string[] =>
  typeof value === 'string' ? [value]
    : value && typeof value === 'object' ? Object.entries(value).flatMap(([key, v]) => (key === 'custom_id' ? [] : strings(v))) : [];
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

describe('replay window', () => {
  const now = Math.floor(Date.now() / 1000);
  it.each([['ten minutes old', now - 600], ['ten minutes ahead', now + 600]])('refuses a valid signature %s with 401', async (_when, at) => {
    const text = JSON.stringify({ type: 1 });
    expect((await post(text, signedHeaders(keys, text, String(at)))).status).toBe(401);
  });

  it('accepts one signed four minutes ago', async () => {
    const text = JSON.stringify({ type: 1 });
    expect((await post(text, signedHeaders(keys, text, String(now - 240)))).status).toBe(200);
  });
});

describe('malformed signed bodies', () => {
  it.each([
    ['a body of 42', '42'],
    ['data: null', JSON.stringify({ ...slash(undefined), data: null })],
    ['a command without data', JSON.stringify({ type: 2, id: '1', application_id: '2', token: 't' })],
    ['options that are not a list', JSON.stringify({ ...slash(undefined), data: { name: 'llmmem', options: 'x' } })],
    ['not JSON', '{"type":'],
  ])('%s gets 400, not 500', async (_what, text) => {
    expect((await post(text)).status).toBe(400);
  });
});

describe('bare /llmmem (Discord sends no options)', () => {
  it('the HTTP door answers with usage, privately', async () => {
    const { status, json } = await post(JSON.stringify(slash(undefined)));
    expect(status).toBe(200);
    expect(json?.data?.flags).toBe(64);
    expect(String(json?.data?.content)).toContain('/llmmem params:');
  });

  it('the gateway answers it too', async () => {
    const callback = discord.nextRequest(/\/callback$/);
    discord.dispatch('INTERACTION_CREATE', slash(undefined));
    const body = (await callback).body as { data: { content: string; flags: number } };
    expect(body.data.flags).toBe(64);
    expect(body.data.content).toContain('/llmmem params:');
  });
});

describe('echoed text never forms a link nor breaks the payload', () => {
  it.each([
    'https://evil.example/llama-7b.Q4_K_M.gguf free download',
    'see [click here](https://evil.example) llama-7b.Q4_K_M.gguf',
    'llama-7b <https://evil.example> .Q4_K_M.gguf',
  ])('%s', async (name) => {
    // ctx:lots makes the error path echo the name too; both paths are checked
    for (const options of [[{ name: 'file', type: 3, value: name }], [{ name: 'file', type: 3, value: name }, { name: 'ctx', type: 3, value: 'lots' }]]) {
      const { json } = await post(JSON.stringify(slash(options)));
      const shown = strings(json?.data).join('\n');
      expect(shown).not.toMatch(/https?:\/\//i);
      // a masked link needs markdown: inside a code span (the example command) it is plain text
      expect(shown.replace(/`[^`]*`/g, '')).not.toMatch(/\]\(/);
    }
  });

  it.each([0, 1])('a name of emoji cut at a limit keeps every pair whole (offset %i)', async (offset) => {
    const name = `${'a'.repeat(offset)}${'😀'.repeat(140)}-7b.Q4_K_M.gguf`;
    const { json } = await post(JSON.stringify(slash([{ name: 'file', type: 3, value: name }])));
    const shown = strings(json?.data);
    expect(shown.join('')).toContain('😀');
    for (const text of shown) expect(LONE_SURROGATE.test(text), text.slice(-20)).toBe(false);
  });

  it('a lone surrogate in the input is not echoed', async () => {
    const { json } = await post(JSON.stringify(slash([{ name: 'file', type: 3, value: 'x\ud800-7b.gguf' }, { name: 'ctx', type: 3, value: 'lots' }])));
    for (const text of strings(json?.data)) expect(LONE_SURROGATE.test(text)).toBe(false);
  });
});

describe('deferred answers', () => {
  it('sends 60 follow-up edits at once: none waits behind the global REST limit or another edit', async () => {
    // the fake answers no edit until 60 are waiting together; queued edits would never get there
    const released = discord.holdUntilConcurrent(/\/webhooks\/\d+\/[^/]+\/messages\/@original$/, 60);
    const replies = await Promise.all(Array.from({ length: 60 }, () => post(JSON.stringify(slash([{ name: 'model', type: 3, value: 'TinyLlama/TinyLlama-1.1B-Chat-v1.0' }])))));
    expect(replies.map((r) => r.json?.type)).toEqual(Array(60).fill(5));
    await released;
  });

  it('a failed follow-up is logged without the interaction token', async () => {
    const token = 'aW50ZXJhY3Rpb246OTk5OTk5OTk5OTk5OTk5OTk5OnNlY3JldA';
    discord.fail(/\/webhooks\//, 404, { message: 'Unknown Webhook', code: 10015 });
    await post(JSON.stringify(slash([{ name: 'model', type: 3, value: 'TinyLlama/TinyLlama-1.1B-Chat-v1.0' }], token)));
    // the handler logs once the edit has failed: wait for that line
    const line = await (async () => {
      for (;;) {
        const found = logged.split('\n').find((l) => l.includes('interaction follow-up failed'));
        if (found) return found;
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    expect(line).toContain('404');
    expect(logged).not.toContain(token);
  });
});
