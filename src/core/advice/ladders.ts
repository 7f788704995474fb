// The formats people step down through when a model does not fit, per runtime, largest first. Each is a
// format that runtime loads: GGUF types for llama.cpp and ollama, FP8/AWQ for vLLM, bitsandbytes for
// transformers, MLX's affine quants, ExLlamaV2's measured widths.
import type { PrecisionId } from '../catalog/formats.js';
import type { RuntimeId } from '../request.js';

export interface LadderStep {
  readonly id: PrecisionId;
  /** EXL2 steps carry their width */
  readonly bitsPerWeight?: number;
}

const gguf = (...ids: PrecisionId[]): LadderStep[] => ids.map((id) => ({ id }));
/** llama-quantize's presets that people publish and download most, from near-lossless to the smallest usable. */
const GGUF_LADDER = gguf('q8_0', 'q6_k', 'q5_k_m', 'q4_k_m', 'iq4_xs', 'q3_k_m', 'iq3_xxs', 'q2_k', 'iq2_xxs');

export const PRECISION_LADDERS: Readonly<Record<RuntimeId, readonly LadderStep[]>> = {
  'llama.cpp': GGUF_LADDER,
  ollama: GGUF_LADDER,
  vllm: gguf('bf16', 'fp8', 'awq'),
  transformers: gguf('bf16', 'int8', 'nf4'),
  mlx: gguf('bf16', 'mlx_8bit', 'mlx_4bit'),
  // turboderp's published EXL2 quants come at these widths (bpw)
  exllamav2: [8, 6, 5, 4.65, 4, 3.5, 3, 2.5].map((bitsPerWeight) => ({ id: 'exl2' as const, bitsPerWeight })),
};

/** The 4-bit step people mean by "a 4-bit quant" on each runtime: below it, quality drops visibly. */
export const FOUR_BIT_STEP: Readonly<Record<RuntimeId, PrecisionId>> = {
  'llama.cpp': 'q4_k_m', ollama: 'q4_k_m', vllm: 'awq', transformers: 'nf4', mlx: 'mlx_4bit', exllamav2: 'exl2',
};
