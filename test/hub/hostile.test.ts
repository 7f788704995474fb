// What a hostile name or a broken Hub can do to a look-up, tried from outside against the local fake
// Hub through the real client: climb out of the repo, send endless bodies, claim absurd shapes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerWithHub } from '../../src/answer.js';
import { createHubClient } from '../../src/hub/hf.js';
import { FakeHub, type HubFile, jsonFile } from '../fakes/hf-hub.js';
import { buildGgufHeader, layoutBytes, tinyLlamaQ4_0, type GgufValue } from '../fixtures/gguf-builder.js';
import { buildSafetensors, TINYLLAMA_CONFIG, tinyLlamaSafetensors } from '../fixtures/safetensors-builder.js';

const MiB = 1024 ** 2;
const safetensors = (() => {
  const built = buildSafetensors(tinyLlamaSafetensors());
  return { prefix: built.header, size: built.header.length + built.dataBytes };
})();
const ggufWith = (extra: Record<string, GgufValue>): HubFile => {
  const { metadata, tensors } = tinyLlamaQ4_0();
  const built = buildGgufHeader({ ...metadata, ...extra }, tensors, layoutBytes);
  return { prefix: built.header, size: built.header.length + built.dataBytes };
};
const withConfig = (config: HubFile): Record<string, HubFile> => ({ 'config.json': config, 'model.safetensors': safetensors });

/** A GGUF whose one metadata array claims 50 million u32 entries (200 MB), followed by nothing but zeros. */
const endlessArray: HubFile = (() => {
  const u32 = (n: number) => { const b = Buffer.alloc(4); b.writeUInt32LE(n); return b; };
  const u64 = (n: number) => { const b = Buffer.alloc(8); b.writeBigUInt64LE(BigInt(n)); return b; };
  const prefix = Buffer.concat([Buffer.from('GGUF'), u32(3), u64(1), u64(1), u64(1), Buffer.from('x'), u32(9), u32(4), u64(50_000_000)]);
  return { prefix, size: 400 * MiB };
})();

const repos = {
  'org/name': { files: { 'model.Q4_0.gguf': ggufWith({}) } },
  'big/Config-7B': { files: withConfig({ prefix: Buffer.from('{"a":"'), size: 256 * MiB, fill: 0x61, chunked: true }) },
  'big/Declared-7B': { files: withConfig({ prefix: Buffer.from('{"a":"'), size: 10 * 1024 ** 3, fill: 0x61 }) },
  'big/Index-7B': {
    files: { 'config.json': jsonFile(TINYLLAMA_CONFIG), 'model.safetensors.index.json': { prefix: Buffer.from('{"weight_map":{"'), size: 128 * MiB, fill: 0x61, chunked: true } },
  },
  'absurd/Layers-7B': { files: withConfig(jsonFile({ ...TINYLLAMA_CONFIG, num_hidden_layers: 1e300 })) },
  'absurd/Heads-7B': { files: withConfig(jsonFile({ ...TINYLLAMA_CONFIG, num_attention_heads: -8, num_key_value_heads: -8 })) },
  'null/Config-7B': { files: withConfig(jsonFile(null)) },
  'deep/Config-7B': { files: withConfig({ prefix: Buffer.from(`${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`), size: 600_001 }) },
  'gguf/Tokenizer': {
    files: {
      'tokenizer-1.1b.Q4_0.gguf': ggufWith({
        'tokenizer.ggml.tokens': { type: 'string-array', values: Array.from({ length: 300_000 }, (_, i) => `token-${i}`) },
        'tokenizer.ggml.token_type': { type: 'u32-array', values: { length: 1_000_000, fill: 1 } },
      }),
      'absurd-layers-1.1b.Q4_0.gguf': ggufWith({ 'llama.block_count': { type: 'f64', value: 1e300 } }),
      'negative-heads-1.1b.Q4_0.gguf': ggufWith({ 'llama.attention.head_count': { type: 'i32', value: -8 } }),
      'endless-array-1.1b.Q4_0.gguf': endlessArray,
    },
  },
};
const hub = new FakeHub(repos);
const mirror = new FakeHub(repos, '/mirror/hf');

beforeAll(() => Promise.all([hub.listen(), mirror.listen()]));
afterAll(() => Promise.all([hub.close(), mirror.close()]));

const ask = (text: string, on = hub) => answerWithHub(text, {}, createHubClient({ hubUrl: on.url, token: 'hf_secret', timeoutMs: 20_000 }));
const since = (on: FakeHub, before: number) => on.requests.slice(before);

describe('paths stay inside the repo and under HF_ENDPOINT', () => {
  it.each([
    'file:org/name/.%2e/.%2e/.%2e/.%2e/secret.gguf',
    'file:org/name/..%2F..%2F..%2F..%2Fsecret.gguf',
    'file:org/name/%2e%2e/%2e%2e/secret.gguf',
    'model:org/name/../../api/whoami-v2',
  ])('%s reaches nothing outside org/name (the Hub search aside)', async (text) => {
    const before = hub.requests.length;
    await ask(text);
    const outside = since(hub, before).filter((r) => !r.path.startsWith('/org/name/') && r.path !== '/api/models');
    expect(outside.map((r) => r.rawPath)).toEqual([]);
  });

  it('a Hub URL with ..%2F reaches neither /api/whoami-v2 nor anything else outside the repo', async () => {
    const before = hub.requests.length;
    await ask(`file:${hub.url}/org/name/resolve/main/..%2F..%2F..%2F..%2Fapi%2Fwhoami-v2.gguf`);
    await ask(`model:${hub.url}/org/name/resolve/main/..%2F..%2F..%2F..%2Fapi/whoami-v2`);
    expect(since(hub, before).filter((r) => !r.path.startsWith('/org/name/') && r.path !== '/api/models').map((r) => r.rawPath)).toEqual([]);
  });

  it('a prefixed HF_ENDPOINT keeps every request under its prefix, token or not', async () => {
    const before = mirror.requests.length;
    for (const text of ['file:org/name/.%2e/.%2e/.%2e/.%2e/secret.gguf', `file:${mirror.url}/../../secret.gguf`, `file:${mirror.url}/org/name/resolve/main/..%2F..%2F..%2F..%2F..%2Fsecret.gguf`]) {
      await ask(text, mirror);
    }
    const reply = await ask('file:org/name/model.Q4_0.gguf', mirror);
    expect(reply.ok && reply.kind === 'estimate' && reply.estimate.weightsBytes).toBe(635_990_016);
    expect(since(mirror, before).filter((r) => !r.rawPath.startsWith('/mirror/hf/')).map((r) => r.rawPath)).toEqual([]);
  });
});

describe('bodies are cut while they stream', () => {
  it.each([
    ['a 256 MiB config.json sent without a length', 'big/Config-7B', 'config.json', 16 * MiB],
    ['a 10 GB config.json', 'big/Declared-7B', 'config.json', 16 * MiB],
    ['a 128 MiB sharded index', 'big/Index-7B', 'model.safetensors.index.json', 40 * MiB],
  ])('%s: refused as malformed after a bounded read', async (_what, repo, file, bound) => {
    const reply = await ask(`model:${repo}`);
    expect(reply.ok && reply.kind === 'estimate' && reply.estimate.warnings[0]).toMatchObject({ code: 'hub_fallback', reason: 'malformed' });
    const sent = hub.requestsFor(repo).filter((r) => r.path.endsWith(file)).map((r) => r.bytesSent);
    expect(sent.length).toBeGreaterThan(0);
    // what the fake wrote includes the loopback socket's buffers (a few MiB) past the cap
    for (const bytes of sent) expect(bytes).toBeLessThan(bound);
  });

  it('a GGUF with a 300k-token vocabulary and a 1M-entry array is read to the byte', async () => {
    const reply = await ask('file:gguf/Tokenizer/tokenizer-1.1b.Q4_0.gguf');
    // TinyLlama Q4_0's tensors: 635,990,016 bytes, as llama-bench printed for the real file
    expect(reply.ok && reply.kind === 'estimate' && reply.estimate.weightsBytes).toBe(635_990_016);
  });

  it('a GGUF array claiming 50 million entries is refused within the header budget', async () => {
    const reply = await ask('file:gguf/Tokenizer/endless-array-1.1b.Q4_0.gguf');
    expect(reply.ok && reply.kind === 'estimate' && reply.estimate.warnings[0]).toMatchObject({ code: 'hub_fallback', reason: 'malformed' });
    const sent = hub.requestsFor('gguf/Tokenizer').filter((r) => r.path.includes('endless')).reduce((n, r) => n + r.bytesSent, 0);
    expect(sent).toBeLessThan(40 * MiB);
  });

  it('a config.json nested 100,000 levels deep is malformed, not a crash', async () => {
    const reply = await ask('model:deep/Config-7B');
    expect(reply.ok && reply.kind === 'estimate' && reply.estimate.warnings[0]).toMatchObject({ code: 'hub_fallback', reason: 'malformed' });
  });
});

describe('absurd shapes are refused, never sized', () => {
  it.each([
    ['1e300 layers in config.json', 'model:absurd/Layers-7B'],
    ['−8 heads in config.json', 'model:absurd/Heads-7B'],
    ['a config.json of null', 'model:null/Config-7B'],
    ['1e300 blocks in a GGUF header', 'file:gguf/Tokenizer/absurd-layers-1.1b.Q4_0.gguf'],
    ['−8 heads in a GGUF header', 'file:gguf/Tokenizer/negative-heads-1.1b.Q4_0.gguf'],
  ])('%s: malformed, and the answer from the name has finite, positive figures', async (_what, text) => {
    const reply = await ask(text);
    if (!reply.ok) throw new Error(reply.issues.map((i) => i.code).join());
    if (reply.kind !== 'estimate') throw new Error('no estimate');
    expect(reply.estimate.warnings[0]).toMatchObject({ code: 'hub_fallback', reason: 'malformed' });
    for (const bytes of [reply.estimate.kvCacheBytes, reply.estimate.weightsBytes, reply.estimate.vramBytes]) {
      expect(Number.isSafeInteger(bytes) && bytes > 0, String(bytes)).toBe(true);
    }
  });
});
