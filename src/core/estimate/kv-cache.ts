// KV cache: one key and one value vector per attention layer, KV head and cell, allocated whole at start-up.
// How many cells each layer gets is the runtime's rule (padding, sliding windows); the bytes per cell
// are the architecture's: for Mistral-7B at n_ctx 32000 with f16 llama.cpp prints "KV self size = 4000.00 MiB".
import type { Architecture } from '../catalog/architectures.js';
import { KV_BITS_PER_ELEMENT } from '../catalog/formats.js';
import type { RunSetup, RuntimeRules } from '../runtimes/types.js';

/**
 * Cached elements per token in one layer. Multi-head latent attention keeps one compressed latent plus
 * one RoPE key and reads V from the same cells (llama.cpp MLA, https://github.com/ggml-org/llama.cpp/pull/12801).
 */
export function kvElementsPerTokenPerLayer(a: Architecture): number {
  return a.latentKv ? a.latentKv.kvLoraRank + a.latentKv.ropeHeadDim : 2 * a.kvHeads * a.headDim;
}

/** Layers that hold a cache of their own: hybrid models' attention layers, not the recurrent ones. */
export function kvLayers(a: Architecture): number {
  return a.kvLayers ?? a.layers;
}

/**
 * Layers with a sliding window and those that see the whole context. Layer i is global when
 * i % globalEvery == globalEvery - 1, so ⌊layers / globalEvery⌋ of them are (Gemma 2: every 2nd, Gemma 3: every 6th).
 */
function layerSplit(a: Architecture): { global: number; windowed: number } {
  const layers = kvLayers(a);
  if (!a.slidingWindow) return { global: layers, windowed: 0 };
  // layer_types counts them where the pattern is irregular (Gemma 3n: 4 global among its 20 cached layers)
  const global = a.slidingWindow.globalLayers ?? Math.floor(layers / a.slidingWindow.globalEvery);
  return { global, windowed: layers - global };
}

/** Bytes of one cell of one layer at the setup's KV type. */
export function kvBytesPerCell(a: Architecture, setup: RunSetup): number {
  return (kvElementsPerTokenPerLayer(a) * KV_BITS_PER_ELEMENT[setup.kvPrecision]) / 8;
}

/** The whole KV cache (and the recurrent state of state-space layers) as the runtime allocates it. */
export function kvCacheBytes(setup: RunSetup, runtime: RuntimeRules): number {
  const a = setup.architecture;
  const { global, windowed } = layerSplit(a);
  const cells = global * runtime.kvCells(setup, null) + windowed * (a.slidingWindow ? runtime.kvCells(setup, a.slidingWindow.tokens) : 0);
  const recurrent = (a.recurrentStateBytes ?? 0) * setup.sequences;
  return Math.ceil(cells * kvBytesPerCell(a, setup)) + recurrent;
}

/** KV bytes one more token of context costs (every global layer, one cell each): for context searches. */
export function kvBytesPerToken(setup: RunSetup): number {
  return layerSplit(setup.architecture).global * kvBytesPerCell(setup.architecture, setup) * setup.sequences;
}
