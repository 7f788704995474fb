// The log reader against real pasted logs: every figure read back exactly as printed, the failure named with its
// stage and device, the settings the log printed. Expected values come from the published lines
// (runtime-logs-3.sample.tsv, read off by hand) and from the sample files' own columns.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { printedText } from '../../../src/core/logs/amounts.js';
import { decisiveFailure } from '../../../src/core/logs/explain-log.js';
import type { LogFacts, LogFailure } from '../../../src/core/logs/log-facts.js';
import { readLog } from '../../../src/core/logs/read-log.js';
import { readTsv, type Row } from '../../helpers/published-data.js';

const LOGS = fileURLToPath(new URL('../../fixtures/published/logs/', import.meta.url));
const logRows = readTsv('runtime-logs-3.sample.tsv');
const logOf = (row: Row) => readFileSync(LOGS + (row.file ?? ''), 'utf8');

/** `kv_total@=5120.00 MiB; output@CUDA_Host=0.49 MiB` → [key, device, printed] */
function expectedFigures(row: Row): [string, string, string][] {
  return (row.figures_as_printed ?? '').split(';').map((s) => s.trim()).filter((s) => s !== '').map((entry) => {
    const [head = '', printed = ''] = entry.split('=');
    const [key = '', device = ''] = head.split('@');
    return [key, device, printed];
  });
}

const figuresOf = (facts: LogFacts) => facts.figures.map((f) => [f.key, f.device ?? '', printedText(f.size)]);

function sizeOf(failure: LogFailure): string | undefined {
  if (failure.code === 'gpu_alloc_failed' || failure.code === 'host_alloc_failed') return failure.size ? printedText(failure.size) : undefined;
  if (failure.code === 'torch_oom') return printedText(failure.tried);
  if (failure.code === 'vllm_context_too_long') return failure.needed ? printedText(failure.needed) : undefined;
  return undefined;
}

describe.each(logRows.map((row) => [row.file ?? '', row] as const))('%s', (_file, row) => {
  const facts = readLog(logOf(row));

  it('is read as the runtime that printed it', () => {
    expect(facts.runtime).toBe(row.runtime);
  });

  it('reads every figure exactly as printed', () => {
    const read = figuresOf(facts);
    for (const figure of expectedFigures(row)) expect(read).toContainEqual(figure);
  });

  it('names what failed, where, and how much it asked for', () => {
    const failure = facts.failures[0];
    if (!row.failure_code) { expect(facts.failures).toEqual([]); return; }
    expect(failure?.code).toBe(row.failure_code);
    if (!failure) return;
    if (row.failure_stage) expect('stage' in failure ? failure.stage : undefined).toBe(row.failure_stage);
    if (row.failure_device) expect('device' in failure ? failure.device : undefined).toBe(row.failure_device);
    if (row.failure_size_as_printed) expect(sizeOf(failure)).toBe(row.failure_size_as_printed);
    if (row.recovered) expect('recovered' in failure && failure.recovered).toBe(row.recovered === 'yes');
  });
});

describe('details of particular logs', () => {
  const facts = (file: string) => readLog(readFileSync(LOGS + file, 'utf8'));

  it('a failure printed three times behind a docker prefix is one failure', () => {
    expect(facts('llama-cpp-compute-docker-repeated.log').failures).toHaveLength(1);
  });

  it('a retried compute buffer is not what stopped the run', () => {
    const f = facts('llama-server-retry-timestamps.log');
    expect(decisiveFailure(f)).toBeNull();
    expect(f.asked).toMatchObject({ contextTokens: 50000, ubatch: 2048, batch: 2048, flashAttention: 'on', typeK: 'q8_0', typeV: 'q8_0', requestedGpuLayers: 99 });
    expect(f.asked.modelPath).toBe('MiniMax-M3-IQ4_XS-00001-of-00006.gguf');
  });

  it('vLLM V1: max_model_len, the KV needed and available, and its own estimate of the length that fits', () => {
    const failure = facts('vllm-max-model-len-pp2.log').failures[0];
    expect(failure).toMatchObject({ code: 'vllm_context_too_long', maxModelLen: 262144, estimatedMaxLen: 34736 });
    expect(failure?.code === 'vllm_context_too_long' && failure.available ? printedText(failure.available) : '').toBe('3.18 GiB');
  });

  it('vLLM: a ValueError wrapped mid-word and cut short is still read', () => {
    const failure = facts('vllm-max-model-len-wrapped.log').failures[0];
    expect(failure).toMatchObject({ code: 'vllm_context_too_long', maxModelLen: 100000, estimatedMaxLen: null });
    expect(failure?.code === 'vllm_context_too_long' && failure.available ? printedText(failure.available) : '').toBe('4.25 GiB');
  });

  it('vLLM V0: the cache holds 3664 tokens, max_seq_len 4096', () => {
    const f = facts('vllm-v0-max-seq-len.log');
    expect(f.failures[0]).toMatchObject({ code: 'vllm_context_too_long', maxModelLen: 4096, kvTokens: 3664 });
    expect(f.settings).toMatchObject({ maxModelLen: 4096, gpuBlocks: 229, dtype: 'float16', tensorParallel: 1 });
  });

  it.each([
    ['pytorch-oom-rtx3090.log', '23.69 GiB', '3.09 GiB', '20.57 GiB'],
    ['pytorch-oom-legacy.log', '44.56 GiB', '565.31 MiB', '27.91 GiB'],
  ])('%s: total, free and in use as printed', (file, total, free, inUse) => {
    const failure = facts(file).failures[0];
    if (failure?.code !== 'torch_oom') throw new Error('no torch_oom');
    expect([failure.total, failure.free, failure.inUse].map((p) => (p ? printedText(p) : null))).toEqual([total, free, inUse]);
  });

  it('the memory breakdown: total = free + (self = model + context + compute) per device, and the host row', () => {
    const rows = facts('llama-cpp-memory-breakdown-fit.log').breakdown;
    expect(rows).toEqual([
      { device: 'CUDA0', totalMiB: 32606, freeMiB: 30991, selfMiB: 4205, modelMiB: 0, contextMiB: 0, computeMiB: 4205 },
      { device: 'CUDA1', totalMiB: 24575, freeMiB: 23332, selfMiB: 17829, modelMiB: 1177, contextMiB: 15360, computeMiB: 1292 },
      { device: 'Host', totalMiB: null, freeMiB: null, selfMiB: 25094, modelMiB: 1502, contextMiB: 21504, computeMiB: 2088 },
    ]);
  });

  it('--fit: its projection in its own format (src/llama.cpp), and the margin it could not keep (published in llama.cpp PR #16653)', () => {
    const f = readLog([
      'llama_params_fit_impl: projected to use 25934 MiB of device memory vs. 23600 MiB of free device memory',
      'llama_params_fit_impl: cannot fulfill margin of 1024 MiB on all devices',
    ].join('\n'));
    expect(figuresOf(f)).toEqual([['fit_projected', '', '25934 MiB'], ['fit_free', '', '23600 MiB']]);
    expect(f.failures.map((x) => x.code)).toEqual(['fit_failed']);
  });

  it('ollama: the runner command gives the context of all slots and their number', () => {
    expect(facts('ollama-estimate-parallel-4.log').asked).toMatchObject({ contextTokens: 8192, sequences: 4, batch: 512, requestedGpuLayers: 41 });
  });

  it('four slots of 2048 tokens as llama.cpp printed them', () => {
    expect(facts('llama-cpp-timestamps-kv-split.log').settings).toMatchObject({ contextTokens: 8192, contextPerSequence: 2048, sequences: 4, ubatch: 512, flashAttention: 'off', typeK: 'f16' });
  });

  it('the 2025 format: n_ctx_seq, flash_attn = enabled, a q8_0 cache', () => {
    expect(facts('llama-cpp-kv-partial-q8.log').settings).toMatchObject({ contextPerSequence: 20224, kvUnified: true, flashAttention: 'on', typeK: 'q8_0', typeV: 'q8_0' });
  });
});

// The sample files' own columns (filled in by their authors from the same lines): every figure whose text is in
// the excerpt is read, on a device of the right kind.
const SAMPLE_COLUMNS = ['weights_gpu_MiB', 'weights_cpu_MiB', 'kv_MiB', 'compute_gpu_MiB', 'compute_host_MiB'] as const;
const samples = readTsv('runtime-logs-2.sample.tsv').filter((row) => row.raw_excerpt);
const excerptOf = (row: Row) => (row.raw_excerpt ?? '').split(' | ').join('\n');

describe.each(samples.map((row) => [row.model_file ?? '', row] as const))('runtime-logs-2: %s', (_name, row) => {
  const facts = readLog(excerptOf(row));
  const values = new Set(facts.figures.map((f) => f.size.value));

  it.each(SAMPLE_COLUMNS.filter((c) => row[c]))('reads %s as printed', (column) => {
    for (const part of (row[column] ?? '').split('+')) {
      if (excerptOf(row).includes(part)) expect(values).toContain(part);
    }
  });

  it('reads n_ctx, n_ubatch and flash_attn where the excerpt prints them', () => {
    const text = excerptOf(row);
    if (/n_ctx += +\d/.test(text)) expect(facts.settings.contextTokens).toBe(Number(row.n_ctx));
    if (/n_ubatch += +\d/.test(text)) expect(facts.settings.ubatch).toBe(Number(row.n_ubatch));
    if (/flash_attn += +[01]/.test(text)) expect(facts.settings.flashAttention).toBe(row.flash_attn?.startsWith('1') ? 'on' : 'off');
  });
});

// runtime-logs.sample.tsv: the figures its columns quote, wherever the raw line prints them too.
const FIGURE_IN_TEXT = /(-?\d+(?:\.\d+)?) ?(GiB|MiB|GB|MB)\b/g;
const firstRows = readTsv('runtime-logs.sample.tsv').filter((row) => readLog(row.raw_line ?? '').runtime !== null);

describe.each(firstRows.map((row) => [row.model ?? '', row] as const))('runtime-logs: %s', (_name, row) => {
  it('reads every figure its columns quote from the raw line', () => {
    const raw = (row.raw_line ?? '').split(' | ').join('\n');
    const facts = readLog(raw);
    const read = [...facts.figures.map((f) => printedText(f.size)), ...facts.failures.flatMap((f) => (sizeOf(f) ?? (f.code === 'ollama_system_memory' ? printedText(f.required) : [])))];
    const quoted = ['weights_as_published', 'kv_as_published', 'compute_as_published', 'total_reported']
      .flatMap((c) => [...(row[c] ?? '').matchAll(FIGURE_IN_TEXT)].map((m): [string, string] => [m[1] ?? '', m[2] ?? '']));
    const inRaw = quoted.filter(([value, unit]) => new RegExp(`${value.replace('.', '\\.')} ?${unit}`).test(raw));
    expect(inRaw.length).toBeGreaterThan(0);
    for (const [value, unit] of inRaw) expect(read).toContain(`${value} ${unit}`);
  });
});
