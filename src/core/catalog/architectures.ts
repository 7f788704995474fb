import { CLASSIC_ROWS } from './models/classic.js';
import { COHERE_ROWS } from './models/cohere.js';
import { COMMUNITY_ROWS } from './models/community.js';
import { DATABRICKS_ROWS } from './models/databricks.js';
import { DEEPSEEK_ROWS } from './models/deepseek.js';
import { EMBEDDING_ROWS } from './models/embedding.js';
import { EXAONE_ROWS } from './models/exaone.js';
import { FALCON_ROWS } from './models/falcon.js';
import { GEMMA_ROWS } from './models/gemma.js';
import { GLM_ROWS } from './models/glm.js';
import { GRANITE_ROWS } from './models/granite.js';
import { HUNYUAN_ROWS } from './models/hunyuan.js';
import { HYBRID_ROWS } from './models/hybrid.js';
import { INTERNLM_ROWS } from './models/internlm.js';
import { LLAMA_ROWS } from './models/llama.js';
import { MINIMAX_ROWS } from './models/minimax.js';
import { MISTRAL_ROWS } from './models/mistral.js';
import { MOONSHOT_ROWS } from './models/moonshot.js';
import { NVIDIA_ROWS } from './models/nvidia.js';
import { OLMO_ROWS } from './models/olmo.js';
import { OPENAI_ROWS } from './models/openai.js';
import { PHI_ROWS } from './models/phi.js';
import { QWEN_ROWS } from './models/qwen.js';
import { RECENT_ROWS } from './models/recent.js';
import { SMOLLM_ROWS } from './models/smollm.js';
import { STARCODER_ROWS } from './models/starcoder.js';
import { VISION_ROWS } from './models/vision.js';
import { YI_ROWS } from './models/yi.js';
import type { Layout } from './layouts.js';
import { architectureOfRow, type ModelRow } from './model-row.js';

// The shape every estimate reads. Catalog rows (models/*.ts, each a verbatim config.json subset with its
// published parameter count) and Hub configs both become one through from-config.ts, so they share one rule.

export interface MixtureOfExperts {
  readonly experts: number;
  readonly activeExperts: number;
  /** parameters used per token (shared layers + the active experts), where published */
  readonly activeParams?: number;
  /** each expert's FFN width when it differs from intermediateSize (Qwen3-MoE: moe_intermediate_size) */
  readonly expertIntermediateSize?: number;
  /** total FFN width of the always-active shared expert(s): Qwen2-MoE shared_expert_intermediate_size,
   * DeepSeek n_shared_experts × moe_intermediate_size, Llama 4 one expert of intermediate_size */
  readonly sharedIntermediateSize?: number;
  /** Qwen2-MoE and Qwen3-Next gate the shared expert with one sigmoid per token (hidden → 1) */
  readonly sharedGate?: boolean;
  /** DeepSeek-V3 routes with a per-expert score-correction bias (e_score_correction_bias) */
  readonly routerBias?: boolean;
}

/** What one block's token mixer is: attention, or a recurrent layer whose state does not grow with context. */
export type Mixer = 'attention' | 'mamba' | 'mamba2' | 'gated-deltanet' | 'lightning' | 'attention+mamba2' | 'shortconv' | 'none';

/** One decoder block, where blocks differ (hybrids, interleaved MoE, windows, NAS-pruned layers, KV sharing). */
export interface Block {
  readonly mixer: Mixer;
  readonly ffn: 'dense' | 'moe' | 'none';
  /** a sliding-window attention layer */
  readonly window?: boolean;
  /** reads another layer's KV cache and keeps none of its own (Gemma 3n num_kv_shared_layers) */
  readonly sharesKv?: boolean;
  /** Llama-3.2-Vision cross-attention layers: attend to image states, keep no text KV cache */
  readonly crossAttention?: boolean;
  /** this block's KV heads and FFN width when they differ from the model's (Nemotron-NAS block_configs) */
  readonly kvHeads?: number;
  readonly ffnWidth?: number;
  /** Nemotron-NAS "replace_with_linear": the sub-layer is one hidden × hidden matrix */
  readonly linearAttention?: boolean;
  readonly linearFfn?: boolean;
}

/** Multi-head latent attention (DeepSeek V2/V3, Kimi K2): low-rank query and KV projections. */
export interface LatentAttention {
  readonly kvLoraRank: number;
  readonly ropeHeadDim: number;
  /** 0 when queries are not compressed (V2-Lite) */
  readonly qLoraRank?: number;
  readonly nopeHeadDim?: number;
  readonly vHeadDim?: number;
}

/** State-space and linear-attention layer sizes (Mamba, Mamba-2, Gated DeltaNet, lightning attention, LFM2's
 * short convolutions: innerSize the hidden width, stateSize 0, convKernel conv_L_cache). */
export interface RecurrentShape {
  /** inner width d_inner (Mamba), or value width (DeltaNet: heads × head dim) */
  readonly innerSize: number;
  readonly stateSize: number;
  readonly convKernel: number;
  readonly heads: number;
  readonly groups: number;
  /** Mamba-1's dt rank (time_step_rank) */
  readonly dtRank?: number;
  /** Gated DeltaNet: key heads and widths */
  readonly keyHeads?: number;
  readonly keyHeadDim?: number;
  readonly valueHeadDim?: number;
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
  /** local attention: the windowed layers see only the last `tokens` tokens (Gemma 2/3, gpt-oss, Cohere2).
   * Layer i is global when i % globalEvery == globalEvery - 1, unless globalLayers counts them from layer_types. */
  readonly slidingWindow?: { readonly tokens: number; readonly globalEvery: number; readonly globalLayers?: number };
  /** multi-head latent attention (DeepSeek V2/V3): the cache holds one compressed latent + RoPE key per token */
  readonly latentKv?: LatentAttention;
  /** parameters counted in `params` that a GGUF of the text decoder does not hold: a vision tower, or
   * DeepSeek's multi-token-prediction module, which convert_hf_to_gguf.py skips */
  readonly nonDecoderParams?: number;
  /** layers that hold a KV cache, when not all do (hybrid attention + state-space models, KV sharing) */
  readonly kvLayers?: number;
  /** recurrent state of the state-space or linear-attention layers for one sequence, in bytes */
  readonly recurrentStateBytes?: number;
  /** the dtype the checkpoint is published in, sized when no precision is asked */
  readonly dtype?: NativeDtype;
  /** the tensor layout of the family (norms, biases, fused projections); absent: Llama's */
  readonly layout?: Layout;
  /** per-block makeup where blocks differ; absent: every block is attention + FFN (MoE when `moe`) */
  readonly blocks?: readonly Block[];
  readonly recurrent?: RecurrentShape;
  /** multi-token-prediction blocks a checkpoint carries after the decoder (num_nextn_predict_layers) */
  readonly mtpLayers?: number;
  /** an embedding model loaded without its LM head (Qwen3-Embedding, gte-Qwen2: architectures "…Model") */
  readonly noOutputHead?: boolean;
  /** the copied config misses tensors the published count holds (SHAPE_EXCEPTIONS): no exact GGUF layout */
  readonly layoutIncomplete?: boolean;
  /** BERT-style encoders: rows of the token-type table (type_vocab_size) */
  readonly tokenTypes?: number;
  readonly source: string;
}

/** Every catalogued row, one file per family under models/. */
export const MODEL_ROWS: readonly ModelRow[] = [
  ...LLAMA_ROWS, ...MISTRAL_ROWS, ...QWEN_ROWS, ...DEEPSEEK_ROWS, ...GEMMA_ROWS, ...PHI_ROWS, ...OPENAI_ROWS,
  ...COHERE_ROWS, ...GRANITE_ROWS, ...OLMO_ROWS, ...SMOLLM_ROWS, ...YI_ROWS, ...INTERNLM_ROWS, ...GLM_ROWS,
  ...MOONSHOT_ROWS, ...MINIMAX_ROWS, ...HUNYUAN_ROWS, ...FALCON_ROWS, ...NVIDIA_ROWS, ...EXAONE_ROWS,
  ...STARCODER_ROWS, ...DATABRICKS_ROWS, ...HYBRID_ROWS, ...EMBEDDING_ROWS, ...VISION_ROWS, ...COMMUNITY_ROWS, ...CLASSIC_ROWS, ...RECENT_ROWS,
];

/** Every catalogued model with a complete shape (rows whose config lacks one are in ROWS_WITHOUT_SHAPE). */
export const ARCHITECTURES: readonly Architecture[] = MODEL_ROWS
  .map((row) => architectureOfRow(row))
  .filter((a): a is Architecture => a !== undefined);

/** Rows whose copied config does not give a whole shape: known by name, never sized from a guess. */
export const ROWS_WITHOUT_SHAPE: readonly string[] = MODEL_ROWS
  .filter((row) => architectureOfRow(row) === undefined).map((row) => row.id);

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
