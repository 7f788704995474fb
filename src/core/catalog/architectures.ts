import { DEEPSEEK_MODELS } from './models/deepseek.js';
import { GEMMA_MODELS } from './models/gemma.js';
import { LLAMA_MODELS } from './models/llama.js';
import { MISTRAL_MODELS } from './models/mistral.js';
import { OPENAI_MODELS } from './models/openai.js';
import { PHI_MODELS } from './models/phi.js';
import { QWEN_MODELS } from './models/qwen.js';
import { OTHER_MODELS } from './models/small-and-open.js';

// Published shapes of the models people ask about. Each row copies the model's config.json (layers,
// heads, KV heads, head size, vocabulary) and the exact parameter count its model card or
// safetensors metadata prints; `source` points at that config.

export interface MixtureOfExperts {
  readonly experts: number;
  readonly activeExperts: number;
  /** parameters used per token (shared layers + the active experts), where published */
  readonly activeParams?: number;
  /** each expert's FFN width when it differs from intermediateSize (Qwen3-MoE: moe_intermediate_size) */
  readonly expertIntermediateSize?: number;
}

/** Checkpoint dtypes (config.json torch_dtype, or its quantization_config). */
export type NativeDtype = 'bf16' | 'fp16' | 'fp32' | 'fp8' | 'mxfp4';

export interface Architecture {
  readonly id: string;
  /** display name, as the publisher spells it */
  readonly name: string;
  /** lower-case names a file or repo name may begin with (org removed); the id is always one */
  readonly aliases: readonly string[];
  readonly params: number;
  readonly layers: number;
  readonly hiddenSize: number;
  readonly heads: number;
  readonly kvHeads: number;
  readonly headDim: number;
  readonly vocabSize: number;
  readonly intermediateSize: number;
  readonly tiedEmbeddings: boolean;
  readonly maxContext: number;
  readonly moe?: MixtureOfExperts;
  /** local attention: all but every `globalEvery`-th layer see only the last `tokens` tokens (Gemma 2/3, gpt-oss) */
  readonly slidingWindow?: { readonly tokens: number; readonly globalEvery: number };
  /** multi-head latent attention (DeepSeek V2/V3): the cache holds one compressed latent + RoPE key per token */
  readonly latentKv?: { readonly kvLoraRank: number; readonly ropeHeadDim: number };
  /** parameters outside the text decoder counted in `params` (a vision tower), so the shape check skips them */
  readonly nonDecoderParams?: number;
  /** layers that hold a KV cache, when not all do (hybrid attention + state-space models) */
  readonly kvLayers?: number;
  /** recurrent state of the state-space or linear-attention layers for one sequence, in bytes */
  readonly recurrentStateBytes?: number;
  /** the dtype the checkpoint is published in, sized when no precision is asked */
  readonly dtype?: NativeDtype;
  readonly source: string;
}

/** Every catalogued model, one file per family under models/. */
export const ARCHITECTURES: readonly Architecture[] = [
  ...LLAMA_MODELS, ...MISTRAL_MODELS, ...QWEN_MODELS, ...GEMMA_MODELS, ...PHI_MODELS,
  ...DEEPSEEK_MODELS, ...OPENAI_MODELS, ...OTHER_MODELS,
];

/**
 * Dense shapes used when only a size is known: the nearest of these stands in for the unknown model's
 * KV cache and compute buffer. Llama 3.x and Qwen2.5 use grouped-query attention, as nearly every model
 * released since 2024 does, so their KV per token is representative of what people run today.
 */
export const REFERENCE_SHAPE_IDS = [
  'qwen2.5-0.5b', 'llama-3.2-1b', 'llama-3.2-3b', 'llama-3.1-8b', 'qwen2.5-14b', 'qwen2.5-32b', 'llama-3.1-70b',
] as const;

export function architectureById(id: string): Architecture | undefined {
  return ARCHITECTURES.find((a) => a.id === id);
}
