// Buffers llama.cpp and vLLM printed in real runs (runtime-logs-2.sample.tsv), against the same run asked of
// llmmem: each row's llmmem_request plus its ubatch and flash-attention settings.
import { describe, expect, it } from 'vitest';
import { estimateOf } from '../helpers/reply.js';
import { readTsv, type Row } from '../helpers/published-data.js';

const MIB = 1024 ** 2;
const rows = readTsv('runtime-logs-2.sample.tsv');

function rowFor(file: string): Row {
  const row = rows.find((r) => r.model_file?.startsWith(file));
  if (!row) throw new Error(`no row for ${file}`);
  return row;
}

/** The row's request with the settings llama.cpp printed: `-ub`, flash attention. */
function requestOf(row: Row): string {
  const ubatch = Number(row.n_ubatch) || 512;
  const fa = row.flash_attn?.startsWith('1') ? 'on' : 'off';
  return `${row.llmmem_request} ubatch:${ubatch} fa:${fa}`;
}

const mib = (bytes: number) => Number((bytes / MIB).toFixed(2));
/** A figure as printed: MiB with two decimals, several devices joined with `+`. */
const printed = (text: string | undefined) => (text ?? '').split('+').reduce((sum, part) => sum + Number(part), 0);

describe('KV cache buffers llama.cpp printed', () => {
  it.each([
    ['Phi-3-mini-4k-instruct-q4.gguf'], ['not named in excerpt (Llama-3-8B-class'], ['model.gguf (general.name = Llama Hf'],
    ['Qwen3-30B-A3B-Q4_K_M.gguf'], ['Qwen3-235B-A22B-mix-IQ3_K'], ['Qwen3-235B-A22B-128K-Q4_K_M'],
  ])('%s: exactly the printed KV buffer', (file) => {
    const row = rowFor(file);
    expect(mib(estimateOf(requestOf(row)).kvCacheBytes)).toBe(printed(row.kv_MiB));
  });
});

describe('compute buffers llama.cpp printed', () => {
  it('Llama-3-8B on Metal at n_ctx 2048 without flash attention: the logits-bound 258.50 MiB', () => {
    const row = rowFor('not named in excerpt (Llama-3-8B-class');
    expect(mib(estimateOf(requestOf(row)).computeBytes)).toBe(printed(row.compute_gpu_MiB));
  });

  it('Llama-3.1-70B Q4_0 at n_ctx 4096 without flash attention: the attention-bound 588.01 MiB on each RPC worker', () => {
    const row = rowFor('model.gguf (general.name = Llama Hf');
    const each = Number(/RPC compute buffer size = ([\d.]+) MiB/.exec(row.other_as_published ?? '')?.[1]);
    expect(Math.abs(mib(estimateOf(requestOf(row)).computeBytes) - each)).toBeLessThan(0.02);
  });
});

describe('token embeddings llama.cpp keeps in host memory', () => {
  it.each([['Phi-3-mini-4k-instruct-q4.gguf'], ['model.gguf (general.name = Llama Hf']])('%s: the CPU model buffer is the embedding table', (file) => {
    const row = rowFor(file);
    expect(Math.abs(mib(estimateOf(requestOf(row)).weights.tokenEmbeddingBytes) - printed(row.weights_cpu_MiB))).toBeLessThan(0.01);
  });
});

describe('vLLM', () => {
  it('Hermes-3-Llama-3.1-8B: a 30,960-token cache is the 3.78 GiB vLLM had for it', () => {
    const row = rowFor('NousResearch/Hermes-3-Llama-3.1-8B');
    const gib = estimateOf(`${row.llmmem_request} runtime:vllm`).kvCacheBytes / 1024 ** 3;
    expect(Math.abs(gib - 3.78)).toBeLessThan(0.005);
  });
});

describe('host compute buffers llama.cpp printed ("CUDA_Host compute buffer size")', () => {
  // Builds differ: since August 2025 (set_rows) the V-cache row indices live on the host without flash
  // attention, and since January 2026 the embeddings are looked up into a second host tensor. llmmem sizes
  // today's build; each older row is short by exactly what its build did not have yet.
  it.each([
    ['not named in excerpt (Llama-3-8B-class', 'a 2024 Metal build: no row indices, one embedding tensor', true],
    ['model.gguf (general.name = Llama Hf', 'a late-2025 build: row indices, one embedding tensor', false],
  ] as const)('%s (%s)', (file, _build, beforeSetRows) => {
    const row = rowFor(file);
    const e = estimateOf(requestOf(row));
    const a = e.model.architecture;
    const ubatch = Number(row.n_ubatch) || 512;
    const secondEmbedding = (4 * ubatch * a.hiddenSize) / MIB;
    const rowIndices = beforeSetRows ? (8 * ubatch * a.kvHeads * a.headDim) / MIB : 0;
    // the output buffer (one logits row) is printed on a line of its own
    const output = (4 * a.vocabSize) / MIB;
    const host = mib(e.ramBytes - e.weights.tokenEmbeddingBytes) - output;
    expect(Math.abs(host - secondEmbedding - rowIndices - printed(row.compute_host_MiB))).toBeLessThan(0.05);
  });
});
