// "Ask llmmem" on a message, through the signed HTTP interactions door: a question is answered with its facts,
// a pasted llama.cpp out-of-memory log is explained, a message with neither gets the usage hint privately.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { startPlatforms, type RunningPlatforms } from '../../src/platforms/start-platforms.js';
import { interactionPayload } from '../fakes/discord-api.js';
import { makeSigningKeys, signedHeaders } from '../fixtures/discord-signing.js';
import { llamaCppLog } from '../fixtures/log-builder.js';
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

interface Reply {
  type: number;
  data: { embeds?: { title?: string; description?: string; fields?: { name: string; value: string }[] }[]; flags?: number; content?: string };
}

/** A message command on someone's message, as Discord sends it (type 2, data.type 3 with the resolved message). */
async function askOn(content: string): Promise<Reply> {
  const message = { id: '888888888888888888', channel_id: '444444444444444444', content, author: { id: '222222222222222222', username: 'someone' } };
  const body = JSON.stringify(interactionPayload(2, { id: '9', type: 3, name: 'Ask llmmem', target_id: message.id, resolved: { messages: { [message.id]: message } } }));
  const response = await fetch(`http://127.0.0.1:${running.port}/discord/interactions`, { method: 'POST', body, headers: signedHeaders(keys, body) });
  expect(response.status).toBe(200);
  return (await response.json()) as Reply;
}

const text = (reply: Reply) => JSON.stringify(reply.data.embeds ?? []).replace(/\\\\/g, '');

describe('Ask llmmem on a Discord message', () => {
  it('answers the question in it with its facts: model, quant, context and the card', async () => {
    const reply = await askOn('can I run Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf on my 3060 with 32k context?');
    expect(reply.type).toBe(4);
    expect(text(reply)).toContain('Q4_K_M');
    expect(text(reply)).toContain('32,768');
    expect(text(reply)).toContain('RTX 3060');
  });

  it('explains a pasted llama.cpp out-of-memory log: its KV buffer, what failed, and a fix', async () => {
    const log = llamaCppLog({
      file: 'Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf', fileType: 'Q4_K - Medium', gpu: 'NVIDIA GeForce RTX 3060', nCtx: 131072,
      buffers: [{ device: 'CUDA0', kind: 'model', mib: 4403.49 }, { device: 'CPU_Mapped', kind: 'model', mib: 281.81 }],
      failure: { stage: 'kv_cache', mib: 16384 },
    });
    const reply = await askOn(`why does this run out of memory?\n\`\`\`\n${log}\n\`\`\``);
    expect(reply.type).toBe(4);
    const embed = reply.data.embeds?.[0];
    expect(embed?.title).toMatch(/^❌/);
    expect(text(reply)).toContain('16384.00 MiB');
    expect(text(reply)).toContain('-c ');
  });

  it('gives the usage hint, privately, for a message that names no model', async () => {
    const reply = await askOn('thanks, that helped a lot!');
    expect([reply.type, reply.data.flags]).toEqual([4, 64]);
    expect(reply.data.content).toContain('/llmmem');
  });
});
