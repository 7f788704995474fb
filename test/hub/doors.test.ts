// Hub look-ups through the doors: the CLI as a process, and Discord's defer-then-edit.
import { fileURLToPath } from 'node:url';
import type { Client } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { createHubClient } from '../../src/hub/hf.js';
import { startPlatforms } from '../../src/platforms/start-platforms.js';
import { startDiscordGateway } from '../../src/platforms/discord/gateway.js';
import { FakeDiscord, interactionPayload } from '../fakes/discord-api.js';
import { FakeHub, jsonFile } from '../fakes/hf-hub.js';
import { makeSigningKeys, signedHeaders } from '../fixtures/discord-signing.js';
import { buildGgufHeader, layoutBytes, tinyLlamaQ4_0 } from '../fixtures/gguf-builder.js';
import { run } from '../helpers/run.js';
import { silentLogger } from '../helpers/silent-log.js';

const BIN = fileURLToPath(new URL('../../bin/llmmem.js', import.meta.url));
const { metadata, tensors } = tinyLlamaQ4_0();
const file = buildGgufHeader(metadata, tensors, layoutBytes);
const hub = new FakeHub({
  'TheBloke/TinyLlama-1.1B-Chat-v1.0-GGUF': {
    files: {
      'config.json': jsonFile({}),
      'tinyllama-1.1b-chat-v1.0.Q4_0.gguf': { prefix: file.header, size: file.header.length + file.dataBytes },
    },
  },
});
const discord = new FakeDiscord();
let client: Client;

beforeAll(async () => {
  await Promise.all([hub.listen(), discord.listen()]);
  client = await startDiscordGateway({ token: 't', apiUrl: discord.apiUrl, log: silentLogger(), hub: createHubClient({ hubUrl: hub.url }) });
});

afterAll(async () => {
  await client?.destroy();
  await Promise.all([hub.close(), discord.close()]);
});

const GGUF_PATH = 'TheBloke/TinyLlama-1.1B-Chat-v1.0-GGUF/tinyllama-1.1b-chat-v1.0.Q4_0.gguf';

describe('Hub look-ups through the doors', () => {
  it('llmmem --json file:<hub path> answers with the exact GGUF tensor bytes', async () => {
    const result = await run(BIN, ['--json', `file:${GGUF_PATH}`], '', { HF_ENDPOINT: hub.url });
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).weightsBytes).toBe(635_990_016);
  });

  it('Discord defers a Hub answer, then edits the original message with it', async () => {
    const deferred = discord.nextRequest(/\/callback$/);
    const edited = discord.nextRequest(/\/webhooks\/\d+\/interaction-token\/messages\/@original$/);
    discord.dispatch('INTERACTION_CREATE', interactionPayload(2, { id: '1', type: 1, name: 'llmmem', options: [{ name: 'file', type: 3, value: GGUF_PATH }] }));
    expect(((await deferred).body as { type: number }).type).toBe(5);
    const edit = await edited;
    expect(edit.method).toBe('PATCH');
    // 635,990,016 bytes, the figure llama-bench printed for this file
    expect(JSON.stringify(edit.body)).toContain('606.53 MiB');
  });
});

describe('deferred errors', () => {
  it('an edit after a failed Hub look-up carries the message without the ephemeral flag', async () => {
    const edited = discord.nextRequest(/\/messages\/@original$/);
    discord.dispatch('INTERACTION_CREATE', interactionPayload(2, { id: '1', type: 1, name: 'llmmem', options: [{ name: 'model', type: 3, value: 'nobody/nothing-here' }] }));
    const body = (await edited).body as { content?: string; flags?: number };
    expect(body.content).toContain('nobody/nothing-here');
    expect(body.flags).toBeUndefined();
  });
});

describe('HTTP interactions door with the Hub', () => {
  it('answers a Hub command with a deferral, then edits the original through DISCORD_API_URL', async () => {
    const keys = makeSigningKeys();
    const config = parseConfig({ DISCORD_PUBLIC_KEY: keys.publicKeyHex, DISCORD_API_URL: discord.apiUrl, HF_ENDPOINT: hub.url, PORT: '0' });
    if (!config.ok) throw new Error(config.errors.join());
    const running = await startPlatforms(config.config, silentLogger());
    const edited = discord.nextRequest(/\/webhooks\/\d+\/interaction-token\/messages\/@original$/);
    const body = JSON.stringify(interactionPayload(2, { id: '1', type: 1, name: 'llmmem', options: [{ name: 'file', type: 3, value: GGUF_PATH }] }));
    const response = await fetch(`http://127.0.0.1:${running.port}/discord/interactions`, { method: 'POST', body, headers: signedHeaders(keys, body) });
    expect(((await response.json()) as { type: number }).type).toBe(5);
    expect(JSON.stringify((await edited).body)).toContain('606.53 MiB');
    await running.stop();
  });
});
