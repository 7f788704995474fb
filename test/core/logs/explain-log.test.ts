// The explanation: the same run asked of llmmem (checked against the buffers the log printed), what failed, and
// fixes that llmmem, asked again through the doors' own pipeline (answer()), says fit.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { answer } from '../../../src/answer.js';
import { askLlmmem } from '../../../src/core/logs/ask-llmmem.js';
import { explainLog, type LogExplanation } from '../../../src/core/logs/explain-log.js';
import type { LogFix } from '../../../src/core/logs/log-fix.js';
import { readTsv } from '../../helpers/published-data.js';
import { llamaCppLog, ollamaSystemMemoryLog, vllmContextLog } from '../../fixtures/log-builder.js';

const MIB = 1024 ** 2;
const GIB = 1024 ** 3;
const LOGS = fileURLToPath(new URL('../../fixtures/published/logs/', import.meta.url));
const explain = (text: string) => explainLog(text, askLlmmem);
const mib = (bytes: number) => Number((bytes / MIB).toFixed(2));

/** Asking a fix's command again through answer(): it fits, or for -ngl it offloads exactly that many layers. */
function expectAskedAgainToFit(fix: LogFix): void {
  if (!fix.command) throw new Error(`${fix.kind} has no command`);
  const reply = answer(fix.command);
  if (!reply.ok) throw new Error(`${fix.command}: ${reply.issues.map((i) => i.code).join(', ')}`);
  if (reply.kind !== 'estimate') throw new Error('no estimate');
  if (fix.kind === 'gpu_layers') expect(reply.estimate.fit?.gpuLayers).toBe(fix.value);
  else expect(reply.estimate.fit?.fits, fix.command).toBe(true);
}

const kinds = (e: LogExplanation) => e.fixes.map((f) => f.kind);
const fix = (e: LogExplanation, kind: string) => {
  const found = e.fixes.find((f) => f.kind === kind);
  if (!found) throw new Error(`no ${kind} fix among ${kinds(e).join(', ')}`);
  return found;
};

describe('the same run asked of llmmem, against the buffers the log printed (runtime-logs-2)', () => {
  const rows = readTsv('runtime-logs-2.sample.tsv').filter((r) => r.raw_excerpt && r.kv_MiB);
  const explained = rows.map((row) => [row.model_file ?? '', row, explain((row.raw_excerpt ?? '').split(' | ').join('\n'))] as const)
    .filter(([, , e]) => e.estimate !== null);

  it('reconstructs a run for the excerpts that name their model', () => {
    expect(explained.map(([name]) => name.split(' ')[0])).toEqual(
      expect.arrayContaining(['Phi-3-mini-4k-instruct-q4.gguf', 'Qwen3-30B-A3B-Q4_K_M.gguf', 'Qwen3-235B-A22B-128K-Q4_K_M-00001-of-00003.gguf']));
  });

  it.each(explained)('%s: llmmem sizes the KV cache the log printed', (_name, row, e) => {
    expect(mib(e.estimate?.kvCacheBytes ?? 0)).toBe(Number(row.kv_MiB));
    expect(mib(e.comparison.find((c) => c.key === 'kv_cache')?.logBytes ?? 0)).toBe(Number(row.kv_MiB));
  });

  it('Phi-3 at -ub 256 without flash attention: the 150.00 MiB compute buffer, from the settings read off the log', () => {
    const phi = explained.find(([name]) => name.startsWith('Phi-3'))?.[2];
    expect(phi?.command).toContain('ubatch:256');
    expect(phi?.command).toContain('fa:off');
    expect(mib(phi?.estimate?.computeBytes ?? 0)).toBe(150);
  });
});

describe('published logs (runtime-logs-3)', () => {
  const files = readdirSync(LOGS).filter((f) => f.endsWith('.log'));
  const explained = files.map((file) => [file, explain(readFileSync(LOGS + file, 'utf8'))] as const);

  it.each(explained)('%s: every fix checked by llmmem fits when asked again', (_file, e) => {
    for (const f of e.fixes.filter((f) => f.basis === 'llmmem' && f.command)) expectAskedAgainToFit(f);
  });

  it('vLLM refusing 262,144 tokens of Qwen3-Coder-30B-A3B on an RTX 5070 Ti + 5090 D: its own 34,736, which llmmem says fits', () => {
    const e = explained.find(([file]) => file === 'vllm-max-model-len-pp2.log')?.[1];
    if (!e) throw new Error('missing fixture');
    const length = fix(e, 'max_model_len');
    expect(length).toMatchObject({ flags: '--max-model-len 34736', basis: 'llmmem', fits: true });
    expectAskedAgainToFit(length);
    // the KV cache vLLM needed for one request, printed as 24.0 GiB, is llmmem's too
    const kv = e.comparison.find((c) => c.key === 'kv_cache');
    expect(Math.abs((kv?.llmmemBytes ?? 0) - 24 * GIB)).toBeLessThan(0.05 * GIB);
  });

  it('a log that names no model says so instead of guessing', () => {
    const e = explained.find(([file]) => file === 'llama-cpp-compute-docker-repeated.log')?.[1];
    expect(e?.estimate).toBeNull();
    expect(e?.notes.map((n) => n.code)).toEqual(['model_unknown']);
  });
});

const LLAMA_8B = { file: 'Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf', fileType: 'Q4_K - Medium', gpu: 'NVIDIA GeForce RTX 3060' };

describe('runs built in llama.cpp\'s line formats', () => {
  it('a 128k KV cache on a 12 GB card: a shorter -c and -ngl, both fitting when asked again', () => {
    const e = explain(llamaCppLog({ ...LLAMA_8B, nCtx: 131072,
      buffers: [{ device: 'CUDA0', kind: 'model', mib: 4403.49 }, { device: 'CPU_Mapped', kind: 'model', mib: 281.81 }],
      failure: { stage: 'kv_cache', mib: 16384 } }));
    expect(e.failure).toMatchObject({ code: 'gpu_alloc_failed', stage: 'kv_cache', device: 'CUDA0' });
    expect(e.command).toContain('gpu:rtx3060');
    expect(e.comparison.find((c) => c.key === 'kv_cache')).toMatchObject({ logBytes: 16384 * MIB, llmmemBytes: 16384 * MIB, source: 'failed' });
    const context = fix(e, 'context');
    expect(context.value).toBeLessThan(131072);
    expect((context.value ?? 0) % 1024).toBe(0);
    expect(context.flags).toBe(`-c ${context.value}`);
    for (const f of e.fixes) expectAskedAgainToFit(f);
  });

  it('a compute buffer that did not fit with flash attention off: -fa on first, then a smaller -ub', () => {
    const e = explain(llamaCppLog({ ...LLAMA_8B, nCtx: 32768, nUbatch: 4096, flashAttn: 'disabled',
      buffers: [{ device: 'CUDA0', kind: 'model', mib: 4403.49 }, { device: 'CUDA0', kind: 'KV', mib: 4096 }],
      failure: { stage: 'compute', mib: 9000 } }));
    expect(kinds(e).slice(0, 2)).toEqual(['flash_attention', 'ubatch']);
    expect(fix(e, 'flash_attention').flags).toBe('-fa on');
    for (const f of e.fixes) expectAskedAgainToFit(f);
  });

  it('MoE weights that do not fit: --n-cpu-moe N, N the fewest layers whose experts cover the shortfall', () => {
    const e = explain(llamaCppLog({ file: 'Qwen3-30B-A3B-Q4_K_M.gguf', fileType: 'Q4_K - Medium', gpu: 'NVIDIA GeForce RTX 4060 Ti 16GB', nCtx: 8192,
      buffers: [], failure: { stage: 'weights', mib: 17000 } }));
    const moe = fix(e, 'moe_offload');
    const fit = e.estimate?.fit;
    if (!fit || !e.estimate || moe.value === null || moe.bytes === null) throw new Error('no fit');
    const perLayer = e.estimate.weights.expertBytes / e.estimate.model.architecture.layers;
    expect(moe.bytes).toBeLessThanOrEqual(fit.usableBytes);
    expect(e.estimate.vramBytes - (moe.value - 1) * perLayer).toBeGreaterThan(fit.usableBytes);
    expect(moe.flags).toBe(`--n-cpu-moe ${moe.value}`);
  });

  it('llmmem expects it to fit, yet the KV cache failed after 4.3 GiB of weights: fixes sized to what the card held', () => {
    const e = explain(llamaCppLog({ ...LLAMA_8B, nCtx: 8192, buffers: [{ device: 'CUDA0', kind: 'model', mib: 4403.49 }], failure: { stage: 'kv_cache', mib: 1024 } }));
    expect(e.estimate?.fit?.fits).toBe(true);
    expect(e.notes.map((n) => n.code)).toEqual(expect.arrayContaining(['estimate_fits_but_log_failed', 'capacity_from_log']));
    expect(e.fixes.length).toBeGreaterThan(0);
    for (const f of e.fixes) expectAskedAgainToFit(f);
  });
});

describe('ollama and vLLM runs built in their formats', () => {
  it('ollama short of system memory for DeepSeek-R1 671B Q4_K_M: the first smaller quant within what was available', () => {
    const log = [
      ollamaSystemMemoryLog({ name: 'DeepSeek R1', fileType: 'Q4_K - Medium' }, 446.3, 251.3),
      // llama.cpp prints the shape: DeepSeek-V3/R1's config.json (61 layers, 7168 wide, 129,280 tokens)
      'print_info: n_layer          = 61', 'print_info: n_embd           = 7168', 'print_info: n_vocab          = 129280',
    ].join('\n');
    const e = explain(log);
    expect(e.failure).toMatchObject({ code: 'ollama_system_memory' });
    expect(e.estimate?.model.params).toBeGreaterThan(600e9);
    const quant = fix(e, 'smaller_quant');
    const reply = answer(quant.command ?? '');
    if (!reply.ok || reply.kind !== 'estimate') throw new Error('smaller quant does not answer');
    expect(reply.estimate.cpuOnlyRamBytes).toBeLessThanOrEqual(Math.round(251.3 * GIB));
    const larger = answer((quant.command ?? '').replace(/precision:\S+/, 'precision:q4_k_m'));
    expect(larger.ok && larger.kind === 'estimate' && larger.estimate.cpuOnlyRamBytes).toBeGreaterThan(251.3 * GIB);
  });

  it('vLLM refusing 128k tokens on an RTX 4090: --max-model-len no longer than its own estimate, fitting by llmmem', () => {
    const e = explain(vllmContextLog({ model: 'meta-llama/Llama-3.1-8B-Instruct', gpu: 'NVIDIA GeForce RTX 4090', totalGiB: 23.65, utilization: 0.9,
      maxModelLen: 131072, neededGiB: 16, availableGiB: 3.5, estimated: 28672 }));
    expect(e.command).toContain('gpu:rtx4090');
    const length = fix(e, 'max_model_len');
    expect(length.value).toBeLessThanOrEqual(28672);
    expectAskedAgainToFit(length);
  });

  it('vLLM a little short: the utilization that frees exactly what it lacked, from its own figures', () => {
    const e = explain(vllmContextLog({ model: 'meta-llama/Llama-3.1-8B-Instruct', gpu: 'NVIDIA GeForce RTX 4090', totalGiB: 23.65, utilization: 0.9,
      maxModelLen: 32768, neededGiB: 4, availableGiB: 3.5, estimated: 28672 }));
    // (0.9 × 23.65 + 4 − 3.5) / 23.65 = 0.9211… → 0.93
    expect(fix(e, 'gpu_memory_utilization')).toMatchObject({ flags: '--gpu-memory-utilization 0.93', basis: 'log', command: null });
  });
});
