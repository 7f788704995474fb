// KV cache: one key and one value vector per layer, KV head and token, allocated whole at start-up
// for n_ctx × n_seq tokens (llama_kv_cache, https://github.com/ggml-org/llama.cpp/blob/b4589/src/llama-kv-cache.cpp):
// for Mistral-7B at n_ctx 32000 with f16 llama.cpp prints "KV self size = 4000.00 MiB".
import type { Architecture } from '../catalog/architectures.js';
import { KV_BITS_PER_ELEMENT, type KvPrecisionId } from '../catalog/formats.js';
import { PROMPT_BATCH_TOKENS } from './overhead.js';

export interface KvCacheInput {
  readonly architecture: Architecture;
  readonly contextTokens: number;
  readonly batch: number;
  readonly kvPrecision: KvPrecisionId;
}

/** llama.cpp pads cache sizes to 256 cells (llama_kv_cache::get_padding with flash attention). */
const CACHE_PADDING = 256;

/**
 * Cached elements per token in one layer. Multi-head latent attention keeps one compressed latent plus
 * one RoPE key and reads V from the same cells (llama.cpp MLA, https://github.com/ggml-org/llama.cpp/pull/12801).
 */
export function kvElementsPerTokenPerLayer(a: Architecture): number {
  return a.latentKv ? a.latentKv.kvLoraRank + a.latentKv.ropeHeadDim : 2 * a.kvHeads * a.headDim;
}

/**
 * Cells all layers hold together. Sliding-window layers keep only the window plus one prompt batch
 * (llama_kv_cache_iswa: size_swa = min(size_base, GGML_PAD(n_swa × n_seq + n_ubatch, n_pad)),
 * https://github.com/ggml-org/llama.cpp/blob/2aef9767d982beb7ab61b3ae359366f627eb74dd/src/llama-kv-cache-iswa.cpp).
 * Layer i is global when i % globalEvery == globalEvery - 1, so ⌊layers / globalEvery⌋ layers are.
 */
function totalCells(a: Architecture, contextTokens: number, batch: number): number {
  const full = contextTokens * batch;
  const window = a.slidingWindow;
  if (!window) return full * a.layers;
  const globalLayers = Math.floor(a.layers / window.globalEvery);
  const windowCells = Math.min(full, Math.ceil((window.tokens * batch + PROMPT_BATCH_TOKENS) / CACHE_PADDING) * CACHE_PADDING);
  return globalLayers * full + (a.layers - globalLayers) * windowCells;
}

export function kvCacheBytes({ architecture, contextTokens, batch, kvPrecision }: KvCacheInput): number {
  const bytesPerCell = (kvElementsPerTokenPerLayer(architecture) * KV_BITS_PER_ELEMENT[kvPrecision]) / 8;
  const cells = totalCells(architecture, contextTokens, batch);
  return Math.ceil(cells * bytesPerCell);
}
