// A Hugging Face config.json → the same Architecture shape the catalog rows have.
import type { Architecture } from './architectures.js';

type Json = Record<string, unknown>;

const num = (config: Json, ...keys: string[]): number | undefined => {
  for (const key of keys) {
    const value = config[key];
    if (typeof value === 'number' && Number.isFinite(value) && value > 0) return value;
  }
  return undefined;
};

/** Multimodal configs (Gemma 3, Mistral 3.1, Llama 4) keep the decoder under text_config. */
function textConfig(config: Json): Json {
  const inner = config.text_config;
  return typeof inner === 'object' && inner !== null ? { ...config, ...(inner as Json) } : config;
}

export function architectureFromConfig(raw: Json, name: string, params: number, source: string): Architecture | undefined {
  const c = textConfig(raw);
  const layers = num(c, 'num_hidden_layers', 'n_layer', 'num_layers');
  const hiddenSize = num(c, 'hidden_size', 'n_embd', 'd_model');
  const heads = num(c, 'num_attention_heads', 'n_head');
  if (!layers || !hiddenSize || !heads) return undefined;
  const kvHeads = num(c, 'num_key_value_heads', 'multi_query_group_num') ?? heads;
  const headDim = num(c, 'head_dim') ?? Math.round(hiddenSize / heads);
  const experts = num(c, 'num_local_experts', 'num_experts', 'n_routed_experts');
  const active = num(c, 'num_experts_per_tok', 'num_experts_per_token');
  const expertWidth = num(c, 'moe_intermediate_size');
  const window = num(c, 'sliding_window');
  const pattern = num(c, 'sliding_window_pattern');
  const kvLoraRank = num(c, 'kv_lora_rank');
  const ropeHeadDim = num(c, 'qk_rope_head_dim');
  return {
    id: name.toLowerCase(), name, aliases: [name.toLowerCase()], params,
    layers, hiddenSize, heads, kvHeads, headDim,
    vocabSize: num(c, 'vocab_size', 'padded_vocab_size') ?? 32000,
    intermediateSize: num(c, 'intermediate_size', 'ffn_hidden_size', 'n_inner') ?? 4 * hiddenSize,
    tiedEmbeddings: c.tie_word_embeddings === true,
    maxContext: num(c, 'max_position_embeddings', 'n_positions', 'seq_length') ?? 4096,
    ...(experts && active ? { moe: { experts, activeExperts: active, ...(expertWidth ? { expertIntermediateSize: expertWidth } : {}) } } : {}),
    // a config names a window only where layers use it; without a pattern, Mistral-style full-window models are treated as global
    ...(window && pattern ? { slidingWindow: { tokens: window, globalEvery: pattern } } : {}),
    ...(kvLoraRank && ropeHeadDim ? { latentKv: { kvLoraRank, ropeHeadDim } } : {}),
    source,
  };
}
