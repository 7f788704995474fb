// Weights and KV cache against figures that llama.cpp and model publishers printed (../shared/data).
import { describe, expect, it } from 'vitest';
import { median, readTsv } from '../helpers/shared-data.js';
import { estimateOf } from '../helpers/reply.js';

const MIB = 1024 ** 2;

describe('GGUF file sizes published for 7B models', () => {
  // TheBloke's 2023 Q2_K and Q3_K_S files predate llama.cpp's 2024 re-mix of those presets (Q2_K then
  // used Q4_K for attention V and Q3_K_S Q5_0 in places), so today's preset sizes do not describe them.
  const rows = readTsv('gguf-sizes.sample.tsv').filter(
    (row) => /llama-2-7b-chat|mistral-7b-openorca/.test(row.file ?? '') && !['Q2_K', 'Q3_K_S'].includes(row.quant ?? ''),
  );
  const errors = rows.map((row) => {
    const published = Number(row.size_as_published) * 1e9; // model cards write decimal GB
    return { file: row.file ?? '', error: (estimateOf(`file:${row.file}`).weightsBytes - published) / published };
  });

  it('covers every quant of both repos but the two old presets', () => {
    expect(rows).toHaveLength(20);
  });

  it.each(errors.map((e) => [e.file, e.error] as const))('%s within 3 %% of its published size', (_file, error) => {
    expect(Math.abs(error)).toBeLessThan(0.03);
  });

  it('has a median error under 2 %', () => {
    expect(median(errors.map((e) => Math.abs(e.error)))).toBeLessThan(0.02);
  });
});

describe('KV cache as llama.cpp allocates it', () => {
  it('Mistral-7B-Instruct-v0.2 at n_ctx 32000 with f16 is the 4000.00 MiB llama.cpp prints', () => {
    expect(estimateOf('file:mistral-7b-instruct-v0.2.Q4_K_M.gguf ctx:32000').kvCacheBytes).toBe(4000 * MIB);
  });

  it('Llama-3.1-8B at ctx 8192 with f16 is 1024 MiB', () => {
    expect(estimateOf('file:Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf ctx:8192').kvCacheBytes).toBe(1024 * MIB);
  });

  it('q8_0 KV cache is 34/64 of f16 (34-byte blocks of 32 values)', () => {
    const f16 = estimateOf('file:Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf ctx:8192').kvCacheBytes;
    expect(estimateOf('file:Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf ctx:8192 kv:q8_0').kvCacheBytes).toBe((f16 * 34) / 64);
  });

  it('batch multiplies the cache: 4 sequences of 2048 equal one of 8192', () => {
    const one = estimateOf('file:Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf ctx:8192').kvCacheBytes;
    expect(estimateOf('file:Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf ctx:2048 batch:4').kvCacheBytes).toBe(one);
  });
});

describe('compute buffer', () => {
  it('Llama-3-8B at n_ctx 8192 needs the 560.00 MiB "CUDA0 compute buffer size" llama.cpp prints', () => {
    // llama.cpp prints MiB with two decimals
    expect((estimateOf('file:Meta-Llama-3-8B-Instruct.Q4_K_M.gguf ctx:8192').computeBytes / MIB).toFixed(2)).toBe('560.00');
  });
});

describe('runtime measurements (runtime-logs.sample.tsv)', () => {
  const logs = readTsv('runtime-logs.sample.tsv');
  const smi = (runtime: string) => Number(/(\d+)MiB/.exec(logs.find((r) => r.runtime === runtime)?.total_reported ?? '')?.[1]) * MIB;

  it('Llama-2-7b fp16 weights fit under the 13213 MiB FastChat measured, within 5 %', () => {
    const measured = smi('transformers (FastChat), no quantization');
    const weights = estimateOf('model:meta-llama/Llama-2-7b-hf precision:fp16').weightsBytes;
    expect(weights).toBeLessThan(measured);
    expect((measured - weights) / measured).toBeLessThan(0.05);
  });

  it('the int8 answer for Llama-2-7b stays below the 7843 MiB measured for 8-bit, whose CUDA context comes on top', () => {
    const measured = smi('transformers (FastChat), 8-bit');
    expect(estimateOf('model:meta-llama/Llama-2-7b-hf precision:int8').weightsBytes).toBeLessThan(measured);
  });
});
