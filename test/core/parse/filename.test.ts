// Real names from filenames.sample.tsv: sizes and precisions read as the name means them.
import { describe, expect, it } from 'vitest';
import { answer } from '../../../src/answer.js';
import { parseModelName } from '../../../src/core/parse/filename.js';
import { EXACT_COUNT_DIFFERS, readTsv } from '../../helpers/published-data.js';

// precision_family as the TSV writes it → our canonical id (variants counted as their base type;
// unsloth's -bnb-4bit repos are saved with double quantization, hence nf4_dq)
const FAMILY: Record<string, string> = {
  'mlx-4bit': 'mlx_4bit', 'mlx-8bit': 'mlx_8bit', 'bnb-4bit': 'nf4_dq', 'awq-4bit': 'awq', gptq: 'gptq', 'gptq-4bit': 'gptq',
  'gptq-8bit': 'gptq_int8', w8a16: 'gptq_int8', w4a16: 'gptq', exl2: 'exl2', q6_k_l: 'q6_k', q3_k_xl: 'q3_k_l',
  'ud-q2_k_xl': 'q2_k', 'ud-q8_k_xl': 'q8_0', 'ud-iq2_xxs': 'iq2_xxs', q4_k: 'q4_k_m', q5_k: 'q5_k_m',
};
const expectedPrecision = (family: string) => FAMILY[family.toLowerCase()] ?? family.toLowerCase();

const rows = readTsv('filenames.sample.tsv');
const sized = rows.filter((r) => r.params_billions !== '');
const withPrecision = rows.filter((r) => r.precision_family !== '' && r.precision_family !== 'unknown');

/** Names the parser is known to read differently from the TSV, and why. */
const KNOWN_SIZE_MISSES: Record<string, string> = {};

describe('sizes in real names', () => {
  const results = sized.map((row) => {
    const name = row.name ?? '';
    const reply = answer(`file:"${name}"`);
    const params = reply.ok && reply.kind === 'estimate' ? reply.estimate.model.params : Number.NaN;
    const expected = Number(row.params_billions) * 1e9;
    // nominal sizes round the exact count (Mistral "7B" is 7.24 B, Llama-2 "70B" 68.98 B)
    const ok = name in EXACT_COUNT_DIFFERS ? params === EXACT_COUNT_DIFFERS[name] : Math.abs(params - expected) / expected <= 0.1;
    return { name, ok };
  });

  it('reads at least 97 % of the published sizes', () => {
    const share = results.filter((r) => r.ok).length / results.length;
    expect(share).toBeGreaterThanOrEqual(0.97);
  });

  it('misses only the names explained in KNOWN_SIZE_MISSES', () => {
    expect(results.filter((r) => !r.ok).map((r) => r.name)).toEqual(Object.keys(KNOWN_SIZE_MISSES));
  });
});

describe('precisions in real names', () => {
  it.each(withPrecision.map((r) => [r.name ?? '', r.precision_family ?? ''] as const))('%s → %s', (name, family) => {
    expect(parseModelName(name).precision?.id).toBe(expectedPrecision(family));
  });
});

describe('precision spellings from other toolchains', () => {
  it.each([
    // GGML .bin files of April 2023 (llama.cpp's q4_2/q4_3, removed in May 2023) and their 32-weight siblings
    ['ggml-model-q4_2.bin', 'q4_2', undefined], ['ggml-vicuna-13b-1.1-q4_3.bin', 'q4_3', undefined], ['llama-7b.ggmlv3.q5_1.bin', 'q5_1', undefined],
    // MLC-LLM presets (mlc-ai/mlc-llm quantization.py): q4f16_1 is int4 in groups of 32 with fp16 scales, q0 is unquantized
    ['mlc-ai/Llama-3-8B-Instruct-q4f16_1-MLC', 'mlc_q4f16', undefined], ['mlc-ai/Llama-2-7b-chat-hf-q0f32-MLC', 'fp32', undefined],
    ['mlc-ai/Mistral-7B-Instruct-v0.3-q3f16_1-MLC', 'mlc_q3f16', undefined], ['mlc-ai/phi-2-q4f32_1-MLC', 'mlc_q4f32', undefined],
    // EXL2 bits as repos and branches spell them
    ['turboderp/Llama-3-70B-exl2:4_625-bpw', 'exl2', 4.625], ['LoneStriker/Mixtral-8x7B-Instruct-v0.1-2.5bpw-h6-exl2', 'exl2', 2.5],
    ['bartowski/Meta-Llama-3-8B-Instruct-exl2_6_5', 'exl2', 6.5],
    // compressed-tensors schemes (Red Hat / Neural Magic repos) and NVIDIA's FP4
    ['RedHatAI/Meta-Llama-3.1-8B-Instruct-quantized.w4a16', 'gptq', undefined], ['RedHatAI/Llama-3.1-8B-Instruct-quantized.w8a16', 'gptq_int8', undefined],
    ['neuralmagic/Meta-Llama-3.1-70B-Instruct-quantized.w8a8', 'w8a8', undefined], ['RedHatAI/Qwen3-32B-NVFP4', 'nvfp4', undefined],
    ['nvidia/DeepSeek-R1-FP4', 'nvfp4', undefined],
    // a bare i-quant family, read as its middle type
    ['Qwen3-32B-IQ2.gguf', 'iq2_xs', undefined], ['Llama-3.3-70B-Instruct-IQ3.gguf', 'iq3_xs', undefined],
    // ARM repacks of Q4_0 hold Q4_0's bytes
    ['Qwen2.5-0.5B-Instruct-Q4_0_4_8.gguf', 'q4_0', undefined],
    // mlx-community's other widths (mlx.core.quantize bits 2-8); a codebook 2-bit (AQLM) is no width we size
    ['mlx-community/Qwen3-30B-A3B-3bit', 'mlx_3bit', undefined], ['mlx-community/Qwen3-14B-6bit', 'mlx_6bit', undefined],
    ['mlx-community/Mistral-Small-3.1-24B-Instruct-2503-5bit', 'mlx_5bit', undefined],
    ['ISTA-DASLab/Meta-Llama-3.1-70B-Instruct-AQLM-PV-2Bit-1x16', undefined, undefined],
  ] as const)('%s is %s', (name, id, bits) => {
    const precision = parseModelName(name).precision;
    expect(precision?.id).toBe(id);
    expect(precision?.bitsPerWeight).toBe(bits);
  });
});

describe('numbers that are not sizes', () => {
  it.each([
    ['unsloth/Qwen3-32B-128K-GGUF', 32e9],
    ['Phi-3-mini-4k-instruct-q4.gguf', undefined],
    ['Mistral-Small-24B-Instruct-2501-Q4_K_M.gguf', 24e9],
    ['TinyLlama-1.1B-intermediate-step-1431k-3T', 1.1e9],
    ['mistral-7b-instruct-v0.2.Q4_K_M.gguf', 7e9],
    // a point written as `_` (Stability's repo names); `_` between a version and a size stays a separator
    ['stablelm-2-zephyr-1_6b-Q4_K_M.gguf', 1.6e9], ['qwen1_5-7b-chat-q4_k_m.gguf', 7e9], ['open_llama_7b_v2.Q4_K_M.gguf', 7e9],
  ])('%s has size %s', (name, params) => {
    expect(parseModelName(name).size?.params).toBe(params);
  });
});

describe('sizes glued to the family word', () => {
  it.each([
    // GPT4All's LLaMA-13B fine-tune (nomic-ai/pygpt4all#107), LAVIS's Vicuna checkpoints (blip2_vicuna_instruct)
    ['ggml-gpt4all-l13b-snoozy.bin', 13e9], ['blip2_instruct_vicuna13b', 13e9], ['vicuna7b', 7e9], ['alpaca7b-q4_0.bin', 7e9],
    // a separated size wins; a, e and v glue numbers that are not the size
    ['Qwen3-30B-A3B-Q4_K_M.gguf', 30e9], ['gemma-3n-E4B-it-Q4_K_M.gguf', undefined], ['ggml-model-v2b.bin', undefined],
  ])('%s has size %s', (name, params) => {
    expect(parseModelName(name).size?.params).toBe(params);
  });
});

describe('mixture-of-experts names', () => {
  it('reads 8x7b as 8 experts of 7 B', () => {
    expect(parseModelName('mixtral-8x7b-v0.1.Q2_K.gguf').size?.experts).toEqual({ count: 8, expertParams: 7e9 });
  });

  it('answers Mixtral 8x7B with its published 46.7 B total, not 56', () => {
    const reply = answer('file:mixtral-8x7b-instruct-v0.1.Q5_K_M.gguf');
    expect(reply.ok && reply.kind === 'estimate' && reply.estimate.model.params).toBe(46_702_792_704);
  });

  it('reads 30B-A3B as 30 B total with 3 B active', () => {
    const size = parseModelName('Qwen3-30B-A3B-Q4_K_M.gguf').size;
    expect([size?.params, size?.activeParams]).toEqual([30e9, 3e9]);
  });

  it('reads Llama-4-Scout-17B-16E as the catalogued Scout with 16 experts, 108.6 B in all, not 17 B', () => {
    const reply = answer('file:Llama-4-Scout-17B-16E-Instruct-Q4_K_S.gguf');
    expect(reply.ok && reply.kind === 'estimate' && reply.estimate.model.params).toBe(108_641_793_536);
  });

  it('warns that an unknown 17B-16E name states an active size', () => {
    const reply = answer('file:SomeLab-17B-16E-Instruct-Q4_K_S.gguf');
    expect(reply.ok && reply.kind === 'estimate' && reply.estimate.warnings.map((w) => w.code)).toEqual(['moe_active_only', 'architecture_reference']);
  });
});

describe('ollama tags', () => {
  // the library's tag pages print each default tag's size: qwq 20 GB (Q4_K_M), tinyllama 638 MB and openhermes
  // 4.1 GB (Q4_0, published before the library moved to Q4_K_M), all-minilm 46 MB (F16, as embedders are served); a bare library name is its :latest tag even where
  // the catalog knows the name too (`qwq`), unless the two are different models (`deepseek-r1`: the 671B, not a distill)
  it.each([
    ['qwq', 'qwq-32b', 'q4_k_m', 20], ['tinyllama', 'tinyllama-1.1b', 'q4_0', 0.638], ['openhermes', 'mistral-7b-v0.1', 'q4_0', 4.1],
    ['all-minilm', 'all-minilm-l6-v2', 'fp16', 0.046],
  ])('%s pulls %s at %s, %d GB', (tag, id, precision, gb) => {
    const reply = answer(`file:${tag}`);
    if (!reply.ok || reply.kind !== 'estimate') throw new Error(tag);
    expect(reply.estimate.model.architecture.id).toBe(id);
    expect(reply.estimate.precision.id).toBe(precision);
    expect(Math.abs(reply.estimate.weightsBytes / 1e9 / gb - 1)).toBeLessThan(0.03);
  });

  it('a bare deepseek-r1 is the 671B release, as on Hugging Face, not ollama\'s :latest distill', () => {
    const reply = answer('file:deepseek-r1');
    expect(reply.ok && reply.kind === 'estimate' && reply.estimate.model.architecture.id).toBe('deepseek-r1');
  });

  it.each([
    ['llama3.1:8b-instruct-q4_K_M', 'Llama-3.1-8B', 'q4_k_m'],
    ['gemma2:9b', 'Gemma-2-9B', undefined],
    ['qwen2.5-coder:14b', 'Qwen2.5-14B', undefined],
    ['deepseek-r1:8b', 'DeepSeek-R1-0528-Qwen3-8B', undefined], // ollama moved the tag to the 0528 Qwen3 distill
    ['mixtral:8x7b', 'Mixtral-8x7B', undefined],
    ['gpt-oss:20b', 'gpt-oss-20b', undefined],
    // the library pages: mistral:7b is v0.3 since May 2024 (Hugging Face's mistral-7b file names stay v0.1);
    // command-r:35b is the 08-2024 release; a bare library name with one size pulls that size
    ['mistral:7b', 'Mistral-7B-v0.3', undefined], ['mistral', 'Mistral-7B-v0.3', undefined],
    ['mistral-7b-instruct.Q4_0.gguf', 'Mistral-7B-v0.1', 'q4_0'],
    ['command-r:35b', 'c4ai-command-r-08-2024', undefined], ['mistral-small3.2', 'Mistral-Small-3.2-24B-Instruct-2506', undefined],
  ])('%s is %s', (tag, model, precision) => {
    const reply = answer(`file:${tag}`);
    expect(reply.ok && reply.kind === 'estimate' && reply.estimate.model.catalogName).toBe(model);
    expect(parseModelName(tag).precision?.id).toBe(precision);
  });
});
