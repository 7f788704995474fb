// Decode speed against published llama-bench runs (decode-speed.sample.tsv): each run asked of llmmem as
// the same model file, quant, context depth and device, with every layer on the GPU.
import { describe, expect, it } from 'vitest';
import { answer } from '../../../src/answer.js';
import { findGpu } from '../../../src/core/catalog/find.js';
import { median, quantile, readTsv, type Row } from '../../helpers/published-data.js';

/** The file each run's model is published as, by what the row names (quant filled in). */
const FILES: readonly (readonly [RegExp, (quant: string) => string])[] = [
  [/LLaMA-2 7B|LLaMA 7B|Llama 2 7B|llama-2-7b/i, (q) => `llama-2-7b.${q}.gguf`],
  [/Meta-Llama-3-70B/i, (q) => `Meta-Llama-3-70B.${q}.gguf`],
  [/Meta-Llama-3-8B|Llama 3 8B/i, (q) => `Meta-Llama-3-8B.${q}.gguf`],
  [/Llama 3\.1 8B/i, (q) => `Meta-Llama-3.1-8B-Instruct-${q}.gguf`],
  [/Qwen2\.5-Coder-7B/i, (q) => `Qwen2.5-Coder-7B-${q}.gguf`],
  [/Mixtral 8x7B/i, (q) => `mixtral-8x7b-instruct-v0.1.${q}.gguf`],
  [/mistral-nemo-12b/i, (q) => `Mistral-Nemo-Instruct-2407-${q}.gguf`],
  [/Mistral-7B-Instruct-v0\.3/i, (q) => `Mistral-7B-Instruct-v0.3-${q}.gguf`],
  [/Qwen3-30B-A3B/i, () => 'Qwen3-30B-A3B-UD-Q4_K_XL.gguf'],
  [/tinyllama/i, (q) => `tinyllama-1.1b-chat-v1.0.${q}.gguf`],
  [/Llama-3\.2-3B/i, (q) => `Llama-3.2-3B-Instruct-${q}.gguf`],
  [/Qwen2\.5-32B/i, (q) => `Qwen2.5-32B-Instruct-${q}.gguf`],
  [/gpt-oss-20b/i, () => 'gpt-oss-20b-mxfp4.gguf'],
];

/** The device as llmmem names it: the printed name without its notes; Apple chips by chip and core count. */
function gpuOf(row: Row): string | undefined {
  const device = (row.device ?? '').replace(/\(.*$/, '').replace(/^"|"$/g, '').replace(/NVIDIA|Generation|Workstation Edition|SXM4-/gi, '').trim();
  const named = row.gpu_cores ? `${device} ${row.gpu_cores}-core` : device;
  return findGpu(named)?.id ?? findGpu(device)?.id;
}

/**
 * Runs measured in the pull requests that first brought a kernel in, before it was tuned: Mixtral support
 * (llama.cpp#4406, December 2023) and the early CUDA k-quant kernels (llama.cpp#4766). Today's builds decode
 * those models 1.6–2.3× faster, so they say nothing about the efficiency now.
 */
const BEFORE_TUNING = /pull\/(?:4406|4766)\b/;

function requestOf(row: Row): string | undefined {
  if (BEFORE_TUNING.test(row.source ?? '')) return undefined;
  if (!/^(CUDA|Metal|Vulkan|ROCm)/.test(row.backend ?? '') || Number(row.n_devices) !== 1) return undefined;
  const quant = (row.quant ?? '').split(' ')[0] ?? '';
  const file = FILES.find(([pattern]) => pattern.test(`${row.model} ${row.model_as_printed}`))?.[1](quant);
  const gpu = gpuOf(row);
  if (!file || !gpu || !/^tg/.test(row.test ?? '')) return undefined;
  const depth = Number(/@ d(\d+)/.exec(row.test ?? '')?.[1] ?? 0);
  return `file:${file} gpu:${gpu} ctx:${Math.max(512, depth)}`;
}

describe('decode speed on published llama-bench runs', () => {
  const runs = readTsv('decode-speed.sample.tsv').flatMap((row) => {
    const request = requestOf(row);
    if (!request) return [];
    const reply = answer(request);
    const ours = reply.ok && reply.kind === 'estimate' ? reply.report.speed?.tokensPerSecond : undefined;
    return ours === undefined ? [] : [{ request, published: Number(row.tokens_per_s), ours }];
  });
  const errors = runs.map((r) => Math.abs(r.ours - r.published) / r.published);

  it('answers most single-GPU runs of the sample', () => {
    expect(runs.length).toBeGreaterThanOrEqual(25);
  });

  it('is within 15 % at the median and 35 % at the 90th percentile', () => {
    expect(median(errors)).toBeLessThan(0.15);
    expect(quantile(errors, 0.9)).toBeLessThan(0.35);
  });
});
