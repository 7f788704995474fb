// Hugging Face look-ups against a local fake Hub, through the real @huggingface/hub and @huggingface/gguf.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerWithHub } from '../../src/answer.js';
import { createHubClient } from '../../src/hub/hf.js';
import { FakeHub, jsonFile } from '../fakes/hf-hub.js';
import { buildGgufHeader, layoutBytes, tinyLlamaQ4_0 } from '../fixtures/gguf-builder.js';
import { buildSafetensors, TINYLLAMA_CONFIG, tinyLlamaSafetensors } from '../fixtures/safetensors-builder.js';

const tensors = tinyLlamaSafetensors();
const half = Math.ceil(tensors.length / 2);
const shard1 = buildSafetensors(tensors.slice(0, half));
const shard2 = buildSafetensors(tensors.slice(half));
const index = {
  metadata: { total_size: shard1.dataBytes + shard2.dataBytes },
  weight_map: Object.fromEntries(tensors.map((t, i) => [t.name, i < half ? 'model-00001-of-00002.safetensors' : 'model-00002-of-00002.safetensors'])),
};
const gguf = (() => {
  const { metadata, tensors: ggufTensors } = tinyLlamaQ4_0();
  return buildGgufHeader(metadata, ggufTensors, layoutBytes);
})();

const safetensorsRepo = {
  'config.json': jsonFile(TINYLLAMA_CONFIG),
  'model.safetensors.index.json': jsonFile(index),
  'model-00001-of-00002.safetensors': { prefix: shard1.header, size: shard1.header.length + shard1.dataBytes },
  'model-00002-of-00002.safetensors': { prefix: shard2.header, size: shard2.header.length + shard2.dataBytes },
};

const hub = new FakeHub({
  'TinyLlama/TinyLlama-1.1B-Chat-v1.0': { files: safetensorsRepo },
  'meta-llama/Gated-Model-7B': { files: safetensorsRepo, gatedToken: 'hf_good' },
  'TheBloke/TinyLlama-1.1B-Chat-v1.0-GGUF': {
    files: { 'tinyllama-1.1b-chat-v1.0.Q4_0.gguf': { prefix: gguf.header, size: gguf.header.length + gguf.dataBytes } },
  },
  'broken/Truncated-7B': {
    files: { 'config.json': jsonFile(TINYLLAMA_CONFIG), 'model.safetensors': { prefix: Buffer.from([0xff, 0xff, 0xff, 0x7f, 0, 0, 0, 0, 0x7b]), size: 9 } },
  },
});

beforeAll(() => hub.listen());
afterAll(() => hub.close());

const client = () => createHubClient({ hubUrl: hub.url, timeoutMs: 5000 });
const ask = (text: string, hubClient = client()) => answerWithHub(text, {}, hubClient);

describe('model: safetensors repos', () => {
  it('reads the exact parameter count from the sharded safetensors headers (1,100,048,384)', async () => {
    const reply = await ask('model:TinyLlama/TinyLlama-1.1B-Chat-v1.0');
    expect(reply.ok && reply.kind === 'estimate' && reply.estimate.model.params).toBe(1_100_048_384);
  });

  it('weighs the BF16 checkpoint as stored and takes the KV cache from config.json', async () => {
    const reply = await ask('model:TinyLlama/TinyLlama-1.1B-Chat-v1.0 ctx:2048');
    if (!reply.ok || reply.kind !== 'estimate') throw new Error('no answer');
    expect(reply.estimate.precision.id).toBe('bf16');
    expect(reply.estimate.weightsBytes).toBe(2 * 1_100_048_384);
    // TinyLlama's published config: 2 × 22 layers × 4 KV heads × 64 dims × 2048 tokens × 2 bytes = 44 MiB
    expect(reply.estimate.kvCacheBytes).toBe(44 * 1024 ** 2);
  });

  it('a gated repo without a token falls back with the gated reason; with the token it is exact', async () => {
    const refused = await ask('model:meta-llama/Gated-Model-7B');
    expect(refused.ok && refused.kind === 'estimate' && refused.estimate.warnings[0]).toMatchObject({ code: 'hub_fallback', reason: 'gated' });
    const allowed = await ask('model:meta-llama/Gated-Model-7B', createHubClient({ hubUrl: hub.url, token: 'hf_good' }));
    expect(allowed.ok && allowed.kind === 'estimate' && allowed.estimate.model.params).toBe(1_100_048_384);
  });

  it('a missing repo whose name tells nothing gives the not-found message', async () => {
    const reply = await ask('model:nobody/nothing-here');
    expect(!reply.ok && reply.issues[0]).toMatchObject({ code: 'hub_failed', reason: 'not_found' });
  });

  it('a truncated header gives the malformed-header reason', async () => {
    const reply = await ask('model:broken/Truncated-7B');
    expect(reply.ok && reply.kind === 'estimate' && reply.estimate.warnings[0]).toMatchObject({ code: 'hub_fallback', reason: 'malformed' });
  });

  it('falls back to the catalog with a warning when the Hub is down', async () => {
    const down = createHubClient({ hubUrl: 'http://127.0.0.1:9', timeoutMs: 2000 });
    const reply = await ask('model:meta-llama/Llama-3.1-8B', down);
    expect(reply.ok && reply.kind === 'estimate' && reply.estimate.model.params).toBe(8_030_261_248);
    expect(reply.ok && reply.kind === 'estimate' && reply.estimate.warnings[0]).toMatchObject({ code: 'hub_fallback', reason: 'unavailable' });
  });
});

describe('file: GGUF on the Hub', () => {
  it('gives the exact tensor bytes from the GGUF header: 635,990,016 as llama-bench printed', async () => {
    const reply = await ask('file:TheBloke/TinyLlama-1.1B-Chat-v1.0-GGUF/tinyllama-1.1b-chat-v1.0.Q4_0.gguf');
    if (!reply.ok) throw new Error(reply.issues.map((i) => i.code).join());
    if (reply.kind !== 'estimate') throw new Error('no estimate');
    if (reply.kind !== 'estimate') throw new Error('no estimate');
    expect(reply.estimate.weightsBytes).toBe(635_990_016);
    expect(reply.estimate.precision.id).toBe('q4_0');
    expect(reply.estimate.model.params).toBe(1_100_048_384);
  });

  it('reads a Hub URL to the same file', async () => {
    const reply = await ask(`file:${hub.url}/TheBloke/TinyLlama-1.1B-Chat-v1.0-GGUF/resolve/main/tinyllama-1.1b-chat-v1.0.Q4_0.gguf`);
    expect(reply.ok && reply.kind === 'estimate' && reply.estimate.weightsBytes).toBe(635_990_016);
  });

  it('refuses a URL to another host without any request', async () => {
    const before = hub.requests.length;
    const reply = await ask('file:http://10.1.2.3/evil/model-7b.gguf');
    expect(!reply.ok && reply.issues[0]).toMatchObject({ code: 'hub_host_refused', host: '10.1.2.3' });
    expect(hub.requests.length).toBe(before);
  });
});

describe('cache', () => {
  it('asks the Hub once for concurrent and repeated look-ups of a repo', async () => {
    const shared = client();
    const before = hub.requests.length;
    await Promise.all([ask('model:TinyLlama/TinyLlama-1.1B-Chat-v1.0', shared), ask('model:TinyLlama/TinyLlama-1.1B-Chat-v1.0 ctx:8k', shared)]);
    const once = hub.requests.length - before;
    await ask('model:TinyLlama/TinyLlama-1.1B-Chat-v1.0 precision:int4', shared);
    expect(once).toBeGreaterThan(0);
    expect(hub.requests.length - before).toBe(once);
  });

  it('asks again once the TTL has passed on the injected clock, not before', async () => {
    let now = 1_000_000;
    const timed = createHubClient({ hubUrl: hub.url, cacheTtlMs: 60_000, now: () => now });
    const start = hub.requestsFor('TinyLlama/TinyLlama-1.1B-Chat-v1.0').length;
    const count = () => hub.requestsFor('TinyLlama/TinyLlama-1.1B-Chat-v1.0').length - start;
    await ask('model:TinyLlama/TinyLlama-1.1B-Chat-v1.0', timed);
    const first = count();
    now += 59_999;
    await ask('model:TinyLlama/TinyLlama-1.1B-Chat-v1.0', timed);
    expect(count()).toBe(first);
    now += 1;
    const reply = await ask('model:TinyLlama/TinyLlama-1.1B-Chat-v1.0', timed);
    expect(count()).toBe(2 * first);
    expect(reply.ok && reply.kind === 'estimate' && reply.estimate.model.params).toBe(1_100_048_384);
  });
});
