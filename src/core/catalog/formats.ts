// Every precision llmmem accepts, with the bits per weight it costs and where that figure comes from.
import type { RuntimeId } from '../request.js';
import { ggmlBitsPerWeight } from './ggml-types.js';

export const PRECISION_IDS = [
  // the original calculator's four widths (seed parity: exactly 4 / 2 / 1 / 0.5 bytes per parameter)
  'fp32', 'fp16', 'int8', 'int4',
  'bf16', 'fp8',
  // GGUF file types (llama-quantize presets)
  'q2_k', 'q2_k_s', 'q3_k_s', 'q3_k_m', 'q3_k_l', 'q4_0', 'q4_1', 'q4_k_s', 'q4_k_m',
  'q5_0', 'q5_1', 'q5_k_s', 'q5_k_m', 'q6_k', 'q8_0',
  'iq1_s', 'iq1_m', 'iq2_xxs', 'iq2_xs', 'iq2_s', 'iq2_m', 'iq3_xxs', 'iq3_xs', 'iq3_s', 'iq3_m',
  'iq4_nl', 'iq4_xs', 'tq1_0', 'tq2_0', 'mxfp4',
  // PyTorch-side quantization
  'gptq', 'gptq_int8', 'awq', 'nf4', 'nf4_dq', 'exl2', 'mlx_4bit', 'mlx_8bit', 'mlx_2bit', 'mlx_3bit', 'mlx_5bit', 'mlx_6bit',
  // GGML .bin files of April 2023; NVIDIA FP4; compressed-tensors int8 weights and activations; MLC-LLM group quants
  'q4_2', 'q4_3', 'nvfp4', 'w8a8', 'mlc_q4f16', 'mlc_q4f32', 'mlc_q3f16',
] as const;
export type PrecisionId = (typeof PRECISION_IDS)[number];

/** What kind of format a precision is, for the one-line description every language gives it. */
export const FORMAT_KINDS = [
  'float', 'integer', 'gguf_legacy', 'gguf_k', 'gguf_i', 'ternary', 'microscaling', 'gptq', 'awq', 'bitsandbytes', 'exl2', 'mlx',
  'ggml_legacy', 'mlc', 'compressed_tensors', 'nvfp4',
] as const;
export type FormatKind = (typeof FORMAT_KINDS)[number];

/** The runtime a format is made for, whose rules apply when the request names none (docs/contract.md §1). */
export type Runtime = RuntimeId;

export interface FormatSpec {
  readonly label: string;
  readonly kind: FormatKind;
  readonly bitsPerWeight: number;
  readonly runtime: Runtime;
  /** token embeddings and the output head stay 16-bit (GPTQ, AWQ, bitsandbytes and FP8 checkpoints quantize Linear layers only) */
  readonly keepsEmbeddings16Bit: boolean;
  /** the width of the original calculator, whose weights line must stay exactly params × bytes */
  readonly seed: boolean;
  readonly source: string;
}

// llama-quantize prints each preset's size for Llama-3-8B (8,030,261,248 parameters) in GiB
// ("Q4_K_M : 4.58G, +0.1754 ppl @ Llama-3-8B"); 7.96G for Q8_0 equals 8.03e9 × 8.5 bits in GiB, which
// shows the G is GiB. The whole-file effective width is that size over the parameter count.
const QUANTIZE_PRESETS =
  'https://github.com/ggml-org/llama.cpp/blob/b4589/examples/quantize/quantize.cpp';
const LLAMA_3_8B_PARAMS = 8_030_261_248;
const GIB = 1024 ** 3;
function presetBitsPerWeight(sizeGiB: number): number {
  return (sizeGiB * GIB * 8) / LLAMA_3_8B_PARAMS;
}

function gguf(label: string, bitsPerWeight: number): FormatSpec {
  const kind: FormatKind = label.startsWith('IQ') ? 'gguf_i' : label.startsWith('TQ') ? 'ternary' : label.includes('_K') ? 'gguf_k' : 'gguf_legacy';
  return { label, kind, bitsPerWeight, runtime: 'llama.cpp', keepsEmbeddings16Bit: false, seed: false, source: QUANTIZE_PRESETS };
}

function torch(label: string, kind: FormatKind, bitsPerWeight: number, keepsEmbeddings16Bit: boolean, source: string, runtime: RuntimeId, seed = false): FormatSpec {
  return { label, kind, bitsPerWeight, runtime, keepsEmbeddings16Bit, seed, source };
}

const SEED = 'the original llmmem web calculator: FP32 4, FP16 2, INT8 1, INT4 0.5 bytes per parameter';
// GPTQ/AWQ: 4-bit weights packed in int32, one fp16 scale and one packed 4-bit zero point per group of 128.
// AutoGPTQ's QuantLinear buffers (qweight, qzeros, scales):
const GPTQ_SOURCE = 'https://github.com/AutoGPTQ/AutoGPTQ/blob/7c691ed3ec00fb83f75e35bd1b1d9c09114d818f/auto_gptq/nn_modules/qlinear/qlinear_cuda.py';
const GROUP_128_OVERHEAD_BITS = (16 + 4) / 128;
// QLoRA double quantization: NF4 with one fp8 absmax per 64 weights and one fp32 per 256 absmaxes,
// "reducing the memory footprint from 0.5 bits per parameter to 0.127" (Dettmers et al. 2023, §3).
const NF4_DQ_BITS = 4 + 8 / 64 + 32 / (64 * 256);
// transformers' load_in_4bit leaves double quantization off (BitsAndBytesConfig bnb_4bit_use_double_quant=False):
// one fp32 absmax per 64 weights, 0.5 bit per parameter on top of the 4
// (https://huggingface.co/docs/transformers/v4.46.0/en/main_classes/quantization#transformers.BitsAndBytesConfig)
const NF4_BITS = 4 + 32 / 64;
// MLX affine quantization: group_size 64 with an fp16 scale and an fp16 bias per group.
const MLX_SOURCE = 'https://ml-explore.github.io/mlx/build/html/python/_autosummary/mlx.core.quantize.html';
const MLX_GROUP_OVERHEAD_BITS = 32 / 64;

// MLC-LLM GroupQuantize presets: int4 packed in uint32 with one scale per 32 weights (fp16 for q4f16_1, fp32 for
// q4f32_1), embeddings and head included; q3f16_1 packs ten 3-bit values per uint32, 40 weights per fp16 scale
// (python/mlc_llm/quantization/quantization.py at a2bcc5c86678b72a86b7aadc29b643a5ce63c747).
const MLC_SOURCE = 'https://github.com/mlc-ai/mlc-llm/blob/a2bcc5c86678b72a86b7aadc29b643a5ce63c747/python/mlc_llm/quantization/quantization.py';
// NVFP4: e2m1 values with one FP8 (e4m3) scale per 16 and one fp32 scale per tensor (NVIDIA, "Introducing NVFP4", 2025-06-24)
const NVFP4_SOURCE = 'https://developer.nvidia.com/blog/introducing-nvfp4-for-efficient-and-accurate-low-precision-inference/';
// compressed-tensors W8A8 (vLLM INT8): int8 weights with one fp32 scale per output channel; lm_head stays 16-bit
const W8A8_SOURCE = 'https://docs.vllm.ai/en/v0.6.0/quantization/int8.html';
const legacyGgml = (label: string, type: 'Q4_2' | 'Q4_3'): FormatSpec => ({
  label, kind: 'ggml_legacy', bitsPerWeight: ggmlBitsPerWeight(type), runtime: 'llama.cpp', keepsEmbeddings16Bit: false, seed: false,
  source: 'https://github.com/ggml-org/llama.cpp/blob/b4589/ggml/src/ggml-common.h (removed types; layouts from ggml-cuda.cu of April 2023, block_q4_2/block_q4_3)',
});
// MLC serve preallocates its KV cache from gpu_memory_utilization as vLLM does, so vLLM's rules stand in for it
const mlc = (label: string, bits: number): FormatSpec => ({ label, kind: 'mlc', bitsPerWeight: bits, runtime: 'vllm', keepsEmbeddings16Bit: false, seed: false, source: MLC_SOURCE });

export const FORMATS = {
  fp32: torch('FP32', 'float', 32, false, SEED, 'llama.cpp', true),
  fp16: torch('FP16', 'float', 16, false, SEED, 'llama.cpp', true),
  int8: torch('INT8', 'integer', 8, false, SEED, 'llama.cpp', true),
  int4: torch('INT4', 'integer', 4, false, SEED, 'llama.cpp', true),
  bf16: torch('BF16', 'float', 16, false, 'https://en.wikipedia.org/wiki/Bfloat16_floating-point_format', 'llama.cpp'),
  // per-channel or per-tensor fp32 scales add well under 0.01 bit per weight; lm_head is left unquantized
  fp8: torch('FP8', 'float', 8, true, 'https://docs.vllm.ai/en/v0.6.0/quantization/fp8.html', 'vllm'),

  q2_k: gguf('Q2_K', presetBitsPerWeight(2.96)),
  q2_k_s: gguf('Q2_K_S', presetBitsPerWeight(2.96)),
  q3_k_s: gguf('Q3_K_S', presetBitsPerWeight(3.41)),
  q3_k_m: gguf('Q3_K_M', presetBitsPerWeight(3.74)),
  q3_k_l: gguf('Q3_K_L', presetBitsPerWeight(4.03)),
  q4_0: gguf('Q4_0', presetBitsPerWeight(4.34)),
  q4_1: gguf('Q4_1', presetBitsPerWeight(4.78)),
  q4_k_s: gguf('Q4_K_S', presetBitsPerWeight(4.37)),
  q4_k_m: gguf('Q4_K_M', presetBitsPerWeight(4.58)),
  q5_0: gguf('Q5_0', presetBitsPerWeight(5.21)),
  q5_1: gguf('Q5_1', presetBitsPerWeight(5.65)),
  q5_k_s: gguf('Q5_K_S', presetBitsPerWeight(5.21)),
  q5_k_m: gguf('Q5_K_M', presetBitsPerWeight(5.33)),
  q6_k: gguf('Q6_K', presetBitsPerWeight(6.14)),
  q8_0: gguf('Q8_0', presetBitsPerWeight(7.96)),
  // i-quants: llama-quantize quotes bits per weight directly ("IQ2_XXS : 2.06 bpw quantization")
  iq1_s: gguf('IQ1_S', 1.56),
  iq1_m: gguf('IQ1_M', 1.75),
  iq2_xxs: gguf('IQ2_XXS', 2.06),
  iq2_xs: gguf('IQ2_XS', 2.31),
  iq2_s: gguf('IQ2_S', 2.5),
  iq2_m: gguf('IQ2_M', 2.7),
  iq3_xxs: gguf('IQ3_XXS', 3.06),
  iq3_xs: gguf('IQ3_XS', 3.3),
  iq3_s: gguf('IQ3_S', 3.44),
  iq3_m: gguf('IQ3_M', 3.66),
  iq4_nl: gguf('IQ4_NL', 4.5),
  iq4_xs: gguf('IQ4_XS', 4.25),
  tq1_0: gguf('TQ1_0', 1.69),
  tq2_0: gguf('TQ2_0', 2.06),
  // gpt-oss ships its experts in MXFP4 (32 fp4 values + one e8m0 scale per block)
  mxfp4: { ...gguf('MXFP4', ggmlBitsPerWeight('MXFP4')), kind: 'microscaling', source: 'https://github.com/ggml-org/llama.cpp/blob/b6096/ggml/src/ggml-common.h' },

  gptq: torch('GPTQ 4-bit', 'gptq', 4 + GROUP_128_OVERHEAD_BITS, true, GPTQ_SOURCE, 'vllm'),
  gptq_int8: torch('GPTQ 8-bit', 'gptq', 8 + (16 + 8) / 128, true, GPTQ_SOURCE, 'vllm'),
  awq: torch('AWQ 4-bit', 'awq', 4 + GROUP_128_OVERHEAD_BITS, true, 'https://github.com/casper-hansen/AutoAWQ/blob/d9dc8e564fed1527be2a9d8d5c74daf3823c3203/awq/modules/linear/gemm.py', 'vllm'),
  nf4: torch('NF4 (bitsandbytes)', 'bitsandbytes', NF4_BITS, true, 'https://huggingface.co/docs/transformers/v4.46.0/en/main_classes/quantization', 'transformers'),
  nf4_dq: torch('NF4 + double quant', 'bitsandbytes', NF4_DQ_BITS, true, 'https://arxiv.org/abs/2305.14314', 'transformers'),
  // ExLlamaV2 measures the average bits per weight into the name ("4.0bpw"); the figure is the user's.
  exl2: torch('EXL2', 'exl2', 4, false, 'https://github.com/turboderp/exllamav2#exl2-quantization', 'exllamav2'),
  mlx_4bit: torch('MLX 4-bit', 'mlx', 4 + MLX_GROUP_OVERHEAD_BITS, false, MLX_SOURCE, 'mlx'),
  mlx_8bit: torch('MLX 8-bit', 'mlx', 8 + MLX_GROUP_OVERHEAD_BITS, false, MLX_SOURCE, 'mlx'),
  // mlx.core.quantize takes bits 2, 3, 4, 5, 6 or 8; mlx-community names its repos `-3bit`, `-6bit`
  mlx_2bit: torch('MLX 2-bit', 'mlx', 2 + MLX_GROUP_OVERHEAD_BITS, false, MLX_SOURCE, 'mlx'),
  mlx_3bit: torch('MLX 3-bit', 'mlx', 3 + MLX_GROUP_OVERHEAD_BITS, false, MLX_SOURCE, 'mlx'),
  mlx_5bit: torch('MLX 5-bit', 'mlx', 5 + MLX_GROUP_OVERHEAD_BITS, false, MLX_SOURCE, 'mlx'),
  mlx_6bit: torch('MLX 6-bit', 'mlx', 6 + MLX_GROUP_OVERHEAD_BITS, false, MLX_SOURCE, 'mlx'),
  q4_2: legacyGgml('Q4_2 (GGML)', 'Q4_2'),
  q4_3: legacyGgml('Q4_3 (GGML)', 'Q4_3'),
  nvfp4: torch('NVFP4', 'nvfp4', 4 + 8 / 16, true, NVFP4_SOURCE, 'vllm'),
  // one fp32 scale per output channel: 32 bits per row of (typically) 4096 weights
  w8a8: torch('W8A8 INT8', 'compressed_tensors', 8 + 32 / 4096, true, W8A8_SOURCE, 'vllm'),
  mlc_q4f16: mlc('MLC q4f16', 4 + 16 / 32),
  mlc_q4f32: mlc('MLC q4f32', 4 + 32 / 32),
  mlc_q3f16: mlc('MLC q3f16', (4 * 32 + 16) / 40),
} as const satisfies Record<PrecisionId, FormatSpec>;

export function formatOf(id: PrecisionId): FormatSpec {
  return FORMATS[id];
}

export function isPrecisionId(text: string): text is PrecisionId {
  return (PRECISION_IDS as readonly string[]).includes(text);
}

/** KV cache element types llama.cpp (`--cache-type-k/v`) and vLLM (`--kv-cache-dtype fp8`) accept. */
export const KV_PRECISION_IDS = ['fp16', 'bf16', 'fp32', 'fp8', 'q8_0', 'q4_0'] as const;
export type KvPrecisionId = (typeof KV_PRECISION_IDS)[number];

export const KV_BITS_PER_ELEMENT = {
  fp16: ggmlBitsPerWeight('F16'),
  bf16: ggmlBitsPerWeight('BF16'),
  fp32: ggmlBitsPerWeight('F32'),
  fp8: 8,
  q8_0: ggmlBitsPerWeight('Q8_0'),
  q4_0: ggmlBitsPerWeight('Q4_0'),
} as const satisfies Record<KvPrecisionId, number>;
