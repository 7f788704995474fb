// KV cache: one key and one value vector per layer, KV head and token.
// llama.cpp allocates it whole at start-up for n_ctx × n_seq (llama_kv_cache_init,
// https://github.com/ggml-org/llama.cpp/blob/b4589/src/llama-kv-cache.cpp#L40-L120): for Mistral-7B at
// n_ctx 32000 with f16 it prints "KV self size = 4000.00 MiB".
import type { Architecture } from '../catalog/architectures.js';
import { KV_BITS_PER_ELEMENT, type KvPrecisionId } from '../catalog/formats.js';

export interface KvCacheInput {
  readonly architecture: Architecture;
  readonly contextTokens: number;
  readonly batch: number;
  readonly kvPrecision: KvPrecisionId;
}

export function kvCacheBytesPerToken(architecture: Architecture, kvPrecision: KvPrecisionId): number {
  const elements = 2 * architecture.layers * architecture.kvHeads * architecture.headDim;
  return (elements * KV_BITS_PER_ELEMENT[kvPrecision]) / 8;
}

export function kvCacheBytes({ architecture, contextTokens, batch, kvPrecision }: KvCacheInput): number {
  return Math.ceil(kvCacheBytesPerToken(architecture, kvPrecision) * contextTokens * batch);
}
