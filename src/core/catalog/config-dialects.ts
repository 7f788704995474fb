// Families whose config.json spells the shape its own way, read into the keys from-config.ts reads for all:
// LFM2's FFN width rule and DBRX's nested attention and FFN settings.
import { isObject, num, type Json } from './config-values.js';

export const LFM2_TYPES: ReadonlySet<string> = new Set(['lfm2', 'lfm2_moe']);

/**
 * LFM2's dense FFN width as Lfm2MLP builds it (modeling_lfm2.py): block_ff_dim wins over intermediate_size
 * (Lfm2Config reads kwargs.get("block_ff_dim", intermediate_size)); with block_auto_adjust_ff_dim (default
 * True) it is int(2·w/3), then with block_ffn_dim_multiplier (default 1.0) int(mult·w) rounded up to block_multiple_of.
 */
export function lfm2FfnWidth(c: Json): number | undefined {
  const declared = num(c, 'block_ff_dim', 'intermediate_size');
  if (!declared || c.block_auto_adjust_ff_dim === false) return declared;
  let width = Math.floor((2 * declared) / 3);
  const multiplier = c.block_ffn_dim_multiplier === null ? undefined : (num(c, 'block_ffn_dim_multiplier') ?? 1);
  if (multiplier !== undefined) {
    const multiple = num(c, 'block_multiple_of') ?? 256;
    width = multiple * Math.ceil(Math.floor(multiplier * width) / multiple);
  }
  return width;
}

// DBRX (transformers dbrx/configuration_dbrx.py): MPT-style names at the top, the attention and FFN sizes nested
// under attn_config and ffn_config (DbrxAttentionConfig, DbrxFFNConfig); read under the names the converter uses
const DBRX_NAMES: Readonly<Record<string, string>> = {
  n_layers: 'num_hidden_layers', n_heads: 'num_attention_heads', max_seq_len: 'max_position_embeddings',
  kv_n_heads: 'num_key_value_heads', ffn_hidden_size: 'intermediate_size', moe_num_experts: 'num_local_experts',
  moe_top_k: 'num_experts_per_tok',
};
/** A DBRX config flattened under the names every other family uses. */
export function dbrxConfig(config: Json): Json {
  const flat: Record<string, unknown> = {
    ...(isObject(config.attn_config) ? config.attn_config : {}), ...(isObject(config.ffn_config) ? config.ffn_config : {}), ...config,
  };
  for (const [from, to] of Object.entries(DBRX_NAMES)) if (flat[from] !== undefined && flat[to] === undefined) flat[to] = flat[from];
  return flat;
}
