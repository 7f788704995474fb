// A Hugging Face config.json → the Architecture every estimate reads. The one converter: catalog rows
// (models/*.ts copy configs verbatim) and configs read from the Hub both pass through here.
import type { Architecture, Block, LatentAttention, MixtureOfExperts, NativeDtype, RecurrentShape } from './architectures.js';
import { REQUEST_DEFAULTS } from '../request.js';
import { LAYOUTS, LLAMA_LAYOUT, type Layout } from './layouts.js';
import { dbrxConfig, LFM2_TYPES, lfm2FfnWidth } from './config-dialects.js';
import { flag, index, isObject, list, num, type Json } from './config-values.js';

/**
 * What a config (or a GGUF header) that leaves a size out is read as, in one place: LlamaConfig's vocabulary
 * (32000), the 4 × hidden FFN of GPT-2/BERT-era MLPs, and the contract's default context (4096). A row never
 * relies on these (the catalog test checks every shape against its published count); a Hub or GGUF file might.
 */
export const SHAPE_FALLBACKS = {
  vocabSize: 32000,
  ffnPerHidden: 4,
  maxContext: REQUEST_DEFAULTS.contextTokens,
} as const;

// Values transformers' config classes take when a config.json leaves a key out (configuration_<type>.py at
// v4.56.0): LLaVA and Pixtral configs list only what differs from LlamaConfig / MistralConfig.
const TRANSFORMERS_DEFAULTS: Readonly<Record<string, Json>> = {
  llama: { hidden_size: 4096, intermediate_size: 11008, num_hidden_layers: 32, num_attention_heads: 32, vocab_size: 32000, max_position_embeddings: 2048, tie_word_embeddings: false },
  mistral: { hidden_size: 4096, intermediate_size: 14336, num_hidden_layers: 32, num_attention_heads: 32, num_key_value_heads: 8, vocab_size: 32000, max_position_embeddings: 131072, tie_word_embeddings: false },
};
// Families whose config class ties the output head by default (and whose checkpoints store one table).
const TIED: Json = { tie_word_embeddings: true };
const TIE_DEFAULTS: Readonly<Record<string, Json>> = {
  starcoder2: TIED, gemma: TIED, gemma2: TIED, gemma3_text: TIED, gemma3n_text: TIED, cohere: TIED, cohere2: TIED,
  bert: TIED, 'xlm-roberta': TIED, roberta: TIED, mpnet: TIED, nomic_bert: TIED, phi3small: TIED,
  // MptConfig leaves tie_word_embeddings at PretrainedConfig's True; MPT checkpoints hold no lm_head
  mpt: TIED,
  // Lfm2Config / Lfm2MoeConfig tie_word_embeddings=True; MambaConfig leaves PretrainedConfig's True in place
  lfm2: TIED, lfm2_moe: TIED, mamba: TIED,
};
/** FFN widths that are a multiple of the hidden size by definition (Falcon, GPT-BigCode, BERT-era MLPs; GPT-J and
 * phi-msft take 4 × n_embd when n_inner is null; transformers' MptMLP is 4 × hidden whatever expansion_ratio says). */
const FOUR_TIMES_HIDDEN: ReadonlySet<string> = new Set(['falcon', 'gpt_bigcode', 'gptj', 'mpt', 'phi-msft']);

/** Multimodal configs keep the decoder under text_config (llm_config for InternVL); outer keys fill the gaps. */
function textConfig(config: Json): Json {
  const inner = isObject(config.text_config) ? config.text_config : isObject(config.llm_config) ? config.llm_config : undefined;
  return inner ? { ...config, ...inner } : config;
}

// Decoder classes whose config carries no model_type (InternVL's llm_config) → the model_type they load with.
const ARCHITECTURE_TYPES: Readonly<Record<string, string>> = {
  Qwen2ForCausalLM: 'qwen2', InternLM2ForCausalLM: 'internlm2', LlamaForCausalLM: 'llama', Phi3ForCausalLM: 'phi3',
  InternLM3ForCausalLM: 'internlm3', Qwen3ForCausalLM: 'qwen3', GPTNeoXForCausalLM: 'gpt_neox',
};
const HEADLESS_DECODERS: ReadonlySet<string> = new Set(['Qwen2Model', 'Qwen3Model', 'MistralModel', 'LlamaModel']);
// Multimodal wrappers → the text model_type when text_config names none.
const WRAPPED_TYPES: Readonly<Record<string, string>> = { glm4v_moe: 'glm4_moe', glm4v: 'glm4', llava: 'llama', llava_next: 'llama' };

/** The text decoder's model_type, which picks its tensor layout. */
export function textModelType(raw: Json): string | undefined {
  const inner = isObject(raw.text_config) ? raw.text_config : isObject(raw.llm_config) ? raw.llm_config : undefined;
  if (inner && typeof inner.model_type === 'string') return inner.model_type;
  const innerArch = inner && Array.isArray(inner.architectures) ? inner.architectures[0] : undefined;
  if (typeof innerArch === 'string' && ARCHITECTURE_TYPES[innerArch]) return ARCHITECTURE_TYPES[innerArch];
  const outer = typeof raw.model_type === 'string' ? raw.model_type : undefined;
  if (outer && WRAPPED_TYPES[outer]) return WRAPPED_TYPES[outer];
  if (outer) return outer;
  const arch = Array.isArray(raw.architectures) ? raw.architectures[0] : undefined;
  return typeof arch === 'string' ? ARCHITECTURE_TYPES[arch] : undefined;
}

/** The checkpoint's dtype: a quantization_config wins over torch_dtype (DeepSeek-V3 says bfloat16 but ships FP8). */
export function checkpointDtype(raw: Json): NativeDtype | undefined {
  const c = textConfig(raw);
  const quant = isObject(raw.quantization_config) ? raw.quantization_config : isObject(c.quantization_config) ? c.quantization_config : undefined;
  const method = typeof quant?.quant_method === 'string' ? quant.quant_method.toLowerCase() : undefined;
  if (method === 'fp8') return 'fp8';
  if (method === 'mxfp4') return 'mxfp4';
  const dtype = [raw.torch_dtype, raw.dtype, c.torch_dtype, c.dtype].find((d) => typeof d === 'string');
  return dtype === 'bfloat16' ? 'bf16' : dtype === 'float16' ? 'fp16' : dtype === 'float32' ? 'fp32' : undefined;
}

/** Layout row for the model_type, with the config's own bias and norm switches applied. */
function layoutFor(type: string | undefined, c: Json): Layout {
  const base = (type && LAYOUTS[type]) || LLAMA_LAYOUT;
  const attentionBias = flag(c, 'attention_bias') ?? flag(c, 'bias') ?? flag(c, 'use_bias');
  const qkvBias = flag(c, 'qkv_bias') ?? flag(c, 'add_qkv_bias') ?? flag(c, 'qkv_proj_bias') ?? flag(c, 'use_qkv_bias');
  const mlpBias = flag(c, 'mlp_bias') ?? flag(c, 'use_bias') ?? flag(c, 'mlp_fc1_bias');
  const qkNorm = flag(c, 'use_qk_norm') ?? flag(c, 'qk_layernorm');
  const layout: Layout = {
    ...base,
    // Falcon-40B/180B's new_decoder_architecture: ln_attn and ln_mlp in every block (modeling_falcon.py)
    ...(type === 'falcon' && c.new_decoder_architecture === true ? { normsPerBlock: 2 } : {}),
    // StableLM's use_parallel_residual drops post_attention_layernorm (modeling_stablelm.py)
    ...(type === 'stablelm' && c.use_parallel_residual === true ? { normsPerBlock: 1 } : {}),
    // Llama's attention_bias covers q, k, v and o; Qwen2 and GLM have q/k/v biases whatever it says
    ...(attentionBias !== undefined && !['qwen2', 'glm', 'glm4', 'chatglm', 'qwen2_moe', 'qwen2_vl', 'qwen2_5_vl'].includes(type ?? '')
      ? { qkvBias: attentionBias, outBias: attentionBias } : {}),
    // JinaBERT (jina-bert-implementation's modeling_bert.py, model_type bert): position_embedding_type "alibi"
    // drops the position table, feed_forward_type "geglu" makes the MLP one bias-free gate+up projection
    // (gated_layers) before wo; wo's own bias (hidden wide) is not laid out
    ...(c.position_embedding_type === 'alibi' ? { learnedPositions: false } : {}),
    ...(typeof c.feed_forward_type === 'string' && c.feed_forward_type.endsWith('glu') ? { ffn: 'gated' as const, ffnBias: false } : {}),
    ...(qkvBias !== undefined ? { qkvBias } : {}),
    ...(mlpBias !== undefined ? { ffnBias: mlpBias } : {}),
    ...(qkNorm !== undefined ? { qkNorm: qkNorm ? (base.qkNorm === 'none' ? 'head' : base.qkNorm) : 'none' } : {}),
    ...(flag(c, 'lm_head_bias') !== undefined ? { headBias: flag(c, 'lm_head_bias') as boolean } : {}),
    // Seed-OSS: attention_bias is on q/k/v only, o_proj's bias is attention_out_bias
    ...(flag(c, 'attention_out_bias') !== undefined ? { outBias: flag(c, 'attention_out_bias') as boolean } : {}),
  };
  return layout;
}

function mixtureOf(type: string | undefined, c: Json, denseWidth: number): MixtureOfExperts | undefined {
  // ERNIE 4.5 names them moe_num_experts, moe_k and moe_num_shared_experts (Ernie4_5_MoeConfig's attribute_map)
  const experts = num(c, 'num_local_experts', 'num_experts', 'n_routed_experts', 'moe_num_experts');
  const active = num(c, 'num_experts_per_tok', 'num_experts_per_token', 'moe_topk', 'moe_k');
  if (!experts || experts < 2 || !active) return undefined;
  const expertWidth = num(c, 'moe_intermediate_size') ?? denseWidth;
  const sharedCount = num(c, 'n_shared_experts', 'num_shared_experts', 'num_shared_expert', 'moe_num_shared_experts');
  const shared = num(c, 'shared_expert_intermediate_size', 'shared_intermediate_size')
    ?? (sharedCount ? sharedCount * expertWidth : undefined)
    // Llama 4: one shared expert as wide as a routed one in every MoE layer (Llama4TextMoe.shared_expert)
    ?? (type === 'llama4_text' ? expertWidth : undefined);
  return {
    experts, activeExperts: active, expertIntermediateSize: expertWidth,
    ...(shared ? { sharedIntermediateSize: shared } : {}),
    ...(type === 'qwen2_moe' || type === 'qwen3_next' ? { sharedGate: true } : {}),
    ...(['deepseek_v3', 'kimi_k2', 'glm4_moe', 'minimax_m2', 'gpt_oss', 'ernie4_5_moe'].includes(type ?? '')
      // Lfm2MoeSparseMoeBlock: an expert_bias per expert when use_expert_bias (default True)
      || (type === 'lfm2_moe' && c.use_expert_bias !== false) ? { routerBias: true } : {}),
  };
}

/** Which blocks route through experts: DeepSeek's first_k_dense_replace, Qwen's decoder_sparse_step and
 * mlp_only_layers, Llama 4's interleave_moe_layer_step (layer i is MoE when (i + 1) % step == 0), LFM2-MoE's
 * num_dense_layers, Jamba's expert_layer_period/offset (JambaConfig.layers_num_experts: i % period == offset). */
function isMoeBlock(type: string | undefined, c: Json, i: number, layers: number): boolean {
  if (type === 'jamba') return i % (num(c, 'expert_layer_period') ?? 2) === (index(c, 'expert_layer_offset') ?? 1);
  // ERNIE 4.5: MoE where (i + 1) % moe_layer_interval == 0 and start <= i <= end (end -1: the last layer)
  const ernieStart = typeof c.moe_layer_start_index === 'number' ? c.moe_layer_start_index : undefined;
  if (ernieStart !== undefined) {
    const end = typeof c.moe_layer_end_index === 'number' && c.moe_layer_end_index >= 0 ? c.moe_layer_end_index : layers - 1;
    return (i + 1) % (num(c, 'moe_layer_interval') ?? 1) === 0 && i >= ernieStart && i <= end;
  }
  const firstDense = num(c, 'first_k_dense_replace') ?? (type === 'lfm2_moe' ? index(c, 'num_dense_layers') ?? 2 : undefined) ?? 0;
  if (i < firstDense) return false;
  const mlpOnly = list(c, 'mlp_only_layers') ?? [];
  if (mlpOnly.includes(i)) return false;
  const step = num(c, 'decoder_sparse_step', 'interleave_moe_layer_step') ?? 1;
  const freq = num(c, 'moe_layer_freq') ?? 1;
  return (i + 1) % step === 0 && (i - firstDense) % freq === 0;
}

/** Per-block mixer from the family's own pattern key, or undefined when every block is attention. */
function mixerPattern(type: string | undefined, c: Json, layers: number): Block['mixer'][] | undefined {
  if (type && LFM2_TYPES.has(type)) {
    // Lfm2Config: layer_types ("conv" / "full_attention"), else full_attn_idxs, else every layer attention
    const types = list(c, 'layer_types');
    const attention = list(c, 'full_attn_idxs');
    if (types) return types.map((t) => (t === 'full_attention' ? 'attention' : 'shortconv'));
    return Array.from({ length: layers }, (_, i) => (!attention || attention.includes(i) ? 'attention' : 'shortconv'));
  }
  if (type === 'jamba') {
    // JambaConfig.layers_block_type: attention when i % attn_layer_period == attn_layer_offset, else Mamba-1
    const period = num(c, 'attn_layer_period') ?? 8;
    const offset = index(c, 'attn_layer_offset') ?? 4;
    return Array.from({ length: layers }, (_, i) => (i % period === offset ? 'attention' : 'mamba'));
  }
  const pattern = typeof c.hybrid_override_pattern === 'string' ? c.hybrid_override_pattern : undefined;
  if (pattern) return [...pattern].map((ch) => (ch === 'M' ? 'mamba2' : ch === '*' ? 'attention' : 'none'));
  const types = list(c, 'layer_types') ?? list(c, 'layers_block_type');
  if (types?.some((t) => t === 'mamba' || t === 'linear_attention')) {
    return types.map((t) => (t === 'mamba' ? 'mamba2' : t === 'linear_attention' ? 'gated-deltanet' : 'attention'));
  }
  const attnTypes = list(c, 'attn_type_list');
  if (attnTypes) return attnTypes.map((t) => (t === 1 ? 'attention' : 'lightning'));
  if (type === 'qwen3_next') {
    const every = num(c, 'full_attention_interval') ?? 4;
    return Array.from({ length: layers }, (_, i) => ((i + 1) % every === 0 ? 'attention' : 'gated-deltanet'));
  }
  if (type === 'granitemoehybrid') {
    const attention = list(c, 'attn_layer_indices');
    if (attention) return Array.from({ length: layers }, (_, i) => (attention.includes(i) ? 'attention' : 'mamba2'));
  }
  if (type === 'mamba2') return Array.from({ length: layers }, () => 'mamba2');
  if (type === 'falcon_mamba' || type === 'mamba') return Array.from({ length: layers }, () => 'mamba');
  if (type === 'falcon_h1') return Array.from({ length: layers }, () => 'attention+mamba2');
  return undefined;
}

function recurrentOf(type: string | undefined, c: Json, hidden: number): RecurrentShape | undefined {
  // LFM2 short convolution: a depthwise conv over the hidden width, no SSM state (Lfm2HybridConvCache)
  if (type && LFM2_TYPES.has(type)) return { innerSize: hidden, stateSize: 0, convKernel: num(c, 'conv_L_cache') ?? 3, heads: 0, groups: 0 };
  if (type === 'qwen3_next') {
    const keyHeads = num(c, 'linear_num_key_heads') ?? 0;
    const keyHeadDim = num(c, 'linear_key_head_dim') ?? 0;
    const heads = num(c, 'linear_num_value_heads') ?? 0;
    const valueHeadDim = num(c, 'linear_value_head_dim') ?? 0;
    return { innerSize: heads * valueHeadDim, stateSize: keyHeadDim, convKernel: num(c, 'linear_conv_kernel_dim') ?? 4, heads, groups: keyHeads, keyHeads, keyHeadDim, valueHeadDim };
  }
  if (type === 'minimax_m1' || type === 'minimax') {
    const heads = num(c, 'num_attention_heads') ?? 0;
    const headDim = num(c, 'head_dim') ?? hidden / Math.max(1, heads);
    return { innerSize: heads * headDim, stateSize: headDim, convKernel: 1, heads, groups: 0 };
  }
  const state = num(c, 'ssm_state_size', 'mamba_d_state', 'state_size');
  if (!state) return undefined;
  const heads = num(c, 'mamba_num_heads', 'mamba_n_heads', 'num_heads') ?? 0;
  // Mamba2Config's head_dim default is 64
  const headDim = num(c, 'mamba_head_dim', 'mamba_d_head', ...(type === 'mamba2' ? ['head_dim'] : [])) ?? 64;
  const expand = num(c, 'mamba_expand', 'expand') ?? 2;
  const convKernel = num(c, 'conv_kernel', 'mamba_d_conv') ?? 4;
  // Jamba: d_inner = mamba_expand × hidden (intermediate_size is the FFN's); mamba_dt_rank "auto" is ceil(hidden / 16)
  if (type === 'jamba') return { innerSize: expand * hidden, stateSize: state, convKernel, heads: 0, groups: 0, dtRank: num(c, 'mamba_dt_rank') ?? Math.ceil(hidden / 16) };
  if (type === 'falcon_mamba' || type === 'mamba') {
    const inner = num(c, 'intermediate_size') ?? expand * hidden;
    return { innerSize: inner, stateSize: state, convKernel, heads: 0, groups: 0, dtRank: num(c, 'time_step_rank') ?? Math.ceil(hidden / 16) };
  }
  const inner = num(c, 'mamba_d_ssm') ?? (heads && headDim ? heads * headDim : expand * hidden);
  return { innerSize: inner, stateSize: state, convKernel, heads: heads || inner / Math.max(1, headDim), groups: num(c, 'n_groups', 'mamba_n_groups') ?? 1 };
}

/**
 * Recurrent state llama.cpp keeps per sequence and layer, in f32: the conv state (d_conv − 1) × (d_inner +
 * 2 · n_group · d_state) and the SSM state d_state × d_inner (llama_hparams::n_embd_r / n_embd_s,
 * https://github.com/ggml-org/llama.cpp/blob/007dbbf3fd17eefe9b47fee45f48f7ba5e62b714/src/llama-hparams.cpp).
 * Mamba-1 has no groups; Qwen3-Next's Gated DeltaNet maps to d_inner = value heads × value dim, d_state =
 * key dim, n_group = key heads (its conv covers q, k and v); lightning attention keeps heads × d² per layer.
 * LFM2's short convolutions keep n_embd × (l_cache − 1) and no SSM state: d_inner = hidden, d_state 0
 * (https://github.com/ggml-org/llama.cpp/blob/01b77b5793989e0a1508a2fe3757d4e743a7bbd1/src/llama-hparams.cpp, "for LFM2 models").
 */
export function recurrentStateBytesPerLayer(r: RecurrentShape, mixer: Block['mixer']): number {
  if (mixer === 'lightning') return 4 * r.heads * r.stateSize * r.stateSize;
  const conv = Math.max(0, r.convKernel - 1) * (r.innerSize + 2 * r.groups * r.stateSize);
  return 4 * (conv + r.stateSize * r.innerSize);
}

/** Nemotron-NAS block_configs: ffn_mult → width as DeciLM computes it (int(2·mult·hidden/3) rounded up to 256). */
function nasBlocks(c: Json, heads: number, hidden: number): Block[] | undefined {
  const configs = list(c, 'block_configs');
  if (!configs) return undefined;
  return configs.map((raw) => {
    const b = isObject(raw) ? raw : {};
    const attn = isObject(b.attention) ? b.attention : {};
    const ffn = isObject(b.ffn) ? b.ffn : {};
    const group = num(attn, 'n_heads_in_group');
    const mult = num(ffn, 'ffn_mult');
    const width = mult ? Math.ceil(Math.floor((2 * mult * hidden) / 3) / 256) * 256 : undefined;
    const attnOff = attn.no_op === true;
    const ffnOff = ffn.no_op === true;
    return {
      mixer: attnOff ? 'none' : 'attention', ffn: ffnOff ? 'none' : 'dense',
      ...(group ? { kvHeads: heads / group } : {}), ...(width ? { ffnWidth: width } : {}),
      ...(attn.replace_with_linear === true ? { linearAttention: true } : {}),
      ...(ffn.replace_with_linear === true ? { linearFfn: true } : {}),
    } satisfies Block;
  });
}

export interface RowFacts {
  readonly id: string;
  readonly aliases: readonly string[];
  /** parameters outside the text decoder (a vision tower) that the published count includes */
  readonly visionParams?: number;
  /** an embedding model: a decoder embedder has no LM head */
  readonly embedding?: boolean;
  /** keys the copied subset lacks, filled from the row's notes (ModelRow.configGaps) */
  readonly configGaps?: Json | undefined;
}

export function architectureFromConfig(raw: Json, name: string, params: number, source: string, row?: RowFacts): Architecture | undefined {
  if (row?.configGaps) return architectureFromConfig({ ...row.configGaps, ...raw, ...(isObject(raw.text_config) ? { text_config: { ...row.configGaps, ...raw.text_config } } : {}) }, name, params, source, { ...row, configGaps: undefined });
  const type = textModelType(raw);
  // a nested text_config is serialized as its differences from the class defaults (to_diff_dict); a top-level
  // config lists every key, so a key missing there is unknown, not a default
  const nested = isObject(raw.text_config) || isObject(raw.llm_config);
  const defaults = (nested && type && TRANSFORMERS_DEFAULTS[type]) || (type && TIE_DEFAULTS[type]) || {};
  const c: Json = type === 'dbrx' ? dbrxConfig({ ...defaults, ...raw }) : { ...defaults, ...textConfig(raw) };
  const layers = num(c, 'num_hidden_layers', 'n_layer', 'num_layers', 'n_layers');
  const hiddenSize = num(c, 'hidden_size', 'n_embd', 'd_model');
  const heads = num(c, 'num_attention_heads', 'n_head', 'n_heads') ?? (type === 'mamba2' || type === 'falcon_mamba' || type === 'mamba' ? 1 : undefined);
  // a catalog row must state its vocabulary; a Hub config without one is read with the fallback
  const vocabSize = num(c, 'padded_vocab_size', 'vocab_size') ?? (row ? undefined : SHAPE_FALLBACKS.vocabSize);
  if (!layers || !hiddenSize || !heads || !vocabSize) return undefined;
  const nas = nasBlocks(c, heads, hiddenSize);
  const multiQuery = c.multi_query === true || (c.multi_query_attention === true && !num(c, 'multi_query_group_num'));
  const kvHeads = num(c, 'num_key_value_heads', 'num_kv_heads', 'multi_query_group_num')
    ?? (multiQuery && c.new_decoder_architecture !== true ? 1 : undefined)
    ?? nas?.find((b) => b.kvHeads)?.kvHeads ?? heads;
  const kvLoraRank = num(c, 'kv_lora_rank');
  const ropeHeadDim = num(c, 'qk_rope_head_dim');
  const nopeHeadDim = num(c, 'qk_nope_head_dim');
  const headDim = kvLoraRank && ropeHeadDim && nopeHeadDim ? nopeHeadDim + ropeHeadDim
    : num(c, 'head_dim', 'attention_head_dim', 'kv_channels') ?? Math.round(hiddenSize / heads);
  const denseWidth = (type === 'lfm2' ? lfm2FfnWidth(c) : undefined)
    ?? num(c, 'intermediate_size_mlp', 'ffn_hidden_size', 'intermediate_size', 'n_inner', 'ff_intermediate_size')
    ?? (type && FOUR_TIMES_HIDDEN.has(type) ? SHAPE_FALLBACKS.ffnPerHidden * hiddenSize : undefined)
    ?? num(c, 'shared_intermediate_size') ?? SHAPE_FALLBACKS.ffnPerHidden * hiddenSize;
  const moe = mixtureOf(type, c, num(c, 'intermediate_size') ?? denseWidth);
  const latentKv: LatentAttention | undefined = kvLoraRank && ropeHeadDim
    ? { kvLoraRank, ropeHeadDim, qLoraRank: num(c, 'q_lora_rank') ?? 0, nopeHeadDim: nopeHeadDim ?? 0, vHeadDim: num(c, 'v_head_dim') ?? headDim }
    : undefined;

  // sliding windows: layer_types, else sliding_window_pattern, else Gemma 2's every other layer
  const windowTokens = num(c, 'sliding_window', 'attention_chunk_size');
  const layerTypes = list(c, 'layer_types');
  const pattern = num(c, 'sliding_window_pattern')
    ?? (type === 'gemma2' ? 2 : undefined)
    // Llama 4: every 4th layer is global NoPE attention, the others chunked (no_rope_layer_interval 4)
    ?? (type === 'llama4_text' && c.attention_chunk_size ? 4 : undefined);
  const windowed: boolean[] | undefined = layerTypes?.some((t) => t === 'sliding_attention')
    ? layerTypes.map((t) => t === 'sliding_attention')
    : windowTokens && pattern ? Array.from({ length: layers }, (_, i) => (i + 1) % pattern !== 0) : undefined;

  const mixers = mixerPattern(type, c, layers);
  const recurrent = mixers ? recurrentOf(type, c, hiddenSize) : undefined;
  const kvShared = num(c, 'num_kv_shared_layers') ?? 0;
  const crossLayers = list(c, 'cross_attention_layers') ?? [];
  const blocks: Block[] | undefined = nas ?? (mixers || moe || windowed || kvShared || crossLayers.length
    ? Array.from({ length: layers }, (_, i): Block => {
      const mixer = mixers?.[i] ?? 'attention';
      // nemotron_h: a block is a mixer or an MLP, never both; Mamba-2 and Falcon-Mamba blocks have no MLP
      const ffn: Block['ffn'] = type === 'nemotron_h' ? (mixer === 'none' ? 'dense' : 'none')
        : type === 'mamba2' || type === 'falcon_mamba' || type === 'mamba' ? 'none'
        : moe && isMoeBlock(type, c, i, layers) ? 'moe' : 'dense';
      return {
        mixer, ffn,
        ...(windowed?.[i] ? { window: true } : {}),
        ...(i >= layers - kvShared ? { sharesKv: true } : {}),
        ...(crossLayers.includes(i) ? { crossAttention: true } : {}),
      };
    })
    : undefined);

  const cachedBlocks = blocks?.filter((b) => (b.mixer === 'attention' || b.mixer === 'attention+mamba2') && !b.sharesKv && !b.crossAttention && !b.linearAttention);
  const layout = layoutFor(type, c);
  // decoder embedders load the bare decoder class (Qwen3Model, MistralModel): no LM head in the checkpoint
  const headless = row?.embedding === true || (Array.isArray(raw.architectures) && HEADLESS_DECODERS.has(String(raw.architectures[0])));
  const kvLayers = layout.encoder ? 0 : cachedBlocks?.length;
  const globalLayers = cachedBlocks?.filter((b) => !b.window).length;
  const recurrentStateBytes = recurrent && blocks
    ? blocks.reduce((sum, b) => sum + (b.mixer === 'attention' || b.mixer === 'none' ? 0 : recurrentStateBytesPerLayer(recurrent, b.mixer)), 0)
    : undefined;
  // MiniMax-M2's use_mtp modules are not in its published safetensors total; DeepSeek's and GLM's nextn layers are
  const mtpLayers = num(c, 'num_nextn_predict_layers');
  const dtype = checkpointDtype(raw);
  const id = row?.id ?? name.toLowerCase();
  return {
    id, name, aliases: row?.aliases ?? [name.toLowerCase()], params,
    layers, hiddenSize, heads, kvHeads, headDim, vocabSize,
    intermediateSize: denseWidth,
    // Lfm2Config reads the original key first: kwargs.get("tie_embedding", tie_word_embeddings)
    tiedEmbeddings: type && LFM2_TYPES.has(type) && typeof c.tie_embedding === 'boolean' ? c.tie_embedding : c.tie_word_embeddings === true,
    maxContext: num(c, 'max_position_embeddings', 'n_positions', 'seq_length', 'max_sequence_length', 'max_seq_len') ?? SHAPE_FALLBACKS.maxContext,
    ...(moe ? { moe } : {}),
    ...(windowed && windowTokens ? { slidingWindow: { tokens: windowTokens, globalEvery: pattern ?? 2, globalLayers: globalLayers ?? windowed.filter((w) => !w).length } } : {}),
    ...(latentKv ? { latentKv } : {}),
    ...(row?.visionParams ? { nonDecoderParams: row.visionParams } : {}),
    ...(kvLayers !== undefined && kvLayers !== layers ? { kvLayers } : {}),
    ...(recurrentStateBytes ? { recurrentStateBytes } : {}),
    ...(dtype ? { dtype } : {}),
    ...(layout !== LLAMA_LAYOUT ? { layout } : {}),
    ...(blocks ? { blocks } : {}),
    ...(recurrent ? { recurrent } : {}),
    ...(mtpLayers ? { mtpLayers } : {}),
    ...(headless && !layout.encoder ? { noOutputHead: true } : {}),
    ...(layout.encoder ? { tokenTypes: num(c, 'type_vocab_size') ?? 1 } : {}),
    source,
  };
}
