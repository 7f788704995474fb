// A name neither the catalog nor its size places, found through the local fake Hub's search.
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerWithHub, needsHub } from '../../src/answer.js';
import { createHubClient } from '../../src/hub/hf.js';
import { FakeHub, jsonFile } from '../fakes/hf-hub.js';
import { buildGgufHeader, layoutBytes, tinyLlamaQ4_0 } from '../fixtures/gguf-builder.js';
import { buildSafetensors, TINYLLAMA_CONFIG, tinyLlamaSafetensors } from '../fixtures/safetensors-builder.js';
import { run } from '../helpers/run.js';

const BIN = fileURLToPath(new URL('../../bin/llmmem.js', import.meta.url));
const tensors = tinyLlamaSafetensors();
const full = buildSafetensors(tensors);
// a smaller copy under another name: if it were picked, the count would say so
const pruned = buildSafetensors(tensors.filter((t) => !t.name.includes('layers.21.')));
const gguf = (() => {
  const { metadata, tensors: ggufTensors } = tinyLlamaQ4_0();
  return buildGgufHeader(metadata, ggufTensors, layoutBytes);
})();

const hub = new FakeHub({
  // the most downloaded match is a GGUF repo, which has no safetensors to read: it is passed over
  'quant/Zephyrine-Instruct-GGUF': { downloads: 90_000, files: { 'zephyrine-instruct.Q4_0.gguf': { prefix: gguf.header, size: gguf.header.length + gguf.dataBytes } } },
  'acme/Zephyrine-Instruct': { downloads: 5_000, files: { 'config.json': jsonFile(TINYLLAMA_CONFIG), 'model.safetensors': { prefix: full.header, size: full.header.length + full.dataBytes } } },
  'fan/Zephyrine-Instruct-abliterated': { downloads: 40, files: { 'config.json': jsonFile(TINYLLAMA_CONFIG), 'model.safetensors': { prefix: pruned.header, size: pruned.header.length + pruned.dataBytes } } },
});

beforeAll(() => hub.listen());
afterAll(() => hub.close());

const client = () => createHubClient({ hubUrl: hub.url, timeoutMs: 5000 });

describe('Hub search for names nothing else places', () => {
  it('sizes Zephyrine-Instruct-Q4_K_M.gguf from the most downloaded safetensors repo matching it, and names it', async () => {
    const before = hub.requests.length;
    const reply = await answerWithHub('file:Zephyrine-Instruct-Q4_K_M.gguf', {}, client());
    if (!reply.ok) throw new Error(reply.issues.map((i) => i.code).join());
    if (reply.kind !== 'estimate') throw new Error('no estimate');
    // the generated TinyLlama-shaped headers: 1,100,048,384 parameters
    expect(reply.estimate.model.params).toBe(1_100_048_384);
    expect(reply.estimate.precision.id).toBe('q4_k_m');
    expect(reply.estimate.warnings[0]).toMatchObject({ code: 'hub_search_match', repoId: 'acme/Zephyrine-Instruct' });
    const search = hub.requests.slice(before).find((r) => r.path === '/api/models');
    expect(Object.fromEntries(new URLSearchParams(search?.query))).toMatchObject({ search: 'Zephyrine-Instruct', sort: 'downloads', direction: '-1' });
  });

  it('asks the Hub once for repeated searches of one name', async () => {
    const shared = client();
    await answerWithHub('file:Zephyrine-Instruct', {}, shared);
    const before = hub.requests.length;
    await answerWithHub('file:Zephyrine-Instruct ctx:8k', {}, shared);
    expect(hub.requests.length).toBe(before);
  });

  it('a name no repo matches says so, and what would place it', async () => {
    const reply = await answerWithHub('file:Nothingmatches-Instruct', {}, client());
    expect(!reply.ok && reply.issues).toEqual([{ code: 'hub_search_failed', input: 'Nothingmatches-Instruct', reason: 'not_found' }]);
  });

  it('without a reachable Hub the answer says what it would need', async () => {
    const down = createHubClient({ hubUrl: 'http://127.0.0.1:9', timeoutMs: 2000 });
    const reply = await answerWithHub('file:Zephyrine-Instruct', {}, down);
    expect(!reply.ok && reply.issues).toEqual([{ code: 'hub_search_failed', input: 'Zephyrine-Instruct', reason: 'unavailable' }]);
  });

  it('counts as a Hub look-up (deferred, rate-limited) only when nothing else places the name', () => {
    const hubClient = client();
    expect(needsHub('file:Zephyrine-Instruct', hubClient)).toBe(true);
    expect(needsHub('file:Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf', hubClient)).toBe(false);
    expect(needsHub('file:zephyrine-7b.gguf', hubClient)).toBe(false);
  });

  it('llmmem --json file:Zephyrine-Instruct finds it through HF_ENDPOINT', async () => {
    const result = await run(BIN, ['--json', 'file:Zephyrine-Instruct'], '', { HF_ENDPOINT: hub.url });
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).params).toBe(1_100_048_384);
  });
});
