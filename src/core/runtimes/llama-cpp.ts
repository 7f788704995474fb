// llama.cpp (llama-server, llama-cli, LM Studio, koboldcpp): how it allocates a GGUF run.
import type { Gpu } from '../catalog/gpus.js';
import { REQUEST_DEFAULTS } from '../request.js';
import type { RunSetup, RuntimeRules } from './types.js';

const MIB = 1024 ** 2;
const LLAMA_CPP = 'https://github.com/ggml-org/llama.cpp';

/** KV cells are allocated in multiples of 256 (llama_kv_cache get_padding; n_ctx is padded to it). */
export const KV_CELL_PADDING = 256;

const pad = (n: number, to: number) => Math.ceil(n / to) * to;

/**
 * CUDA's own context and cuBLAS workspace, outside the buffers llama.cpp prints: ollama measured it as
 * 457 MiB per CUDA or ROCm GPU (cudaMinimumMemory, https://github.com/ollama/ollama/blob/05de33f852378ba9c834af25efb6388c0fef90ee/discover/gpu.go).
 * Metal's working-set cap already leaves the system its share, so nothing more is kept there.
 */
export const CUDA_CONTEXT_BYTES = 457 * MIB;

export function gpuContextBytes(gpu: Gpu | null): number {
  return gpu?.unified ? 0 : CUDA_CONTEXT_BYTES;
}

/**
 * Cells one layer holds: each sequence's context padded to 256, and a sliding-window layer only the window
 * plus one physical batch, padded, unless that is more than the whole context (llama-context.cpp
 * `GGML_PAD(n_ctx, 256)`; llama-kv-cache-iswa.cpp `GGML_PAD(min(n_ctx_seq, n_swa·n_seq + n_ubatch), 256)`,
 * https://github.com/ggml-org/llama.cpp/blob/a5bb8ba4c50257437630c136210396810741bbf7/src/llama-kv-cache-iswa.cpp).
 * gpt-oss-20b at n_ctx 131072 and -ub 512 prints "SWA KV cache, size = 768 cells" = PAD(128 + 512, 256).
 */
export function llamaCppKvCells(setup: RunSetup, window: number | null): number {
  const full = pad(setup.contextTokens, KV_CELL_PADDING) * setup.sequences;
  if (window === null) return full;
  return Math.min(full, pad(window * setup.sequences + setup.ubatch, KV_CELL_PADDING));
}

/**
 * The GPU compute buffer llama.cpp reserves for a full offload: the peak of ggml-alloc's live f32 tensors
 * for one physical batch of T = n_ubatch tokens, with the attention sized over the whole cache (sched_reserve
 * and build_attn_mha, https://github.com/ggml-org/llama.cpp/blob/a5bb8ba4c50257437630c136210396810741bbf7/src/llama-graph.cpp).
 * The candidates are the moments the graph holds most:
 * - the logits phase: result_norm (E) and the logits of all T tokens (L), reserved whatever the context;
 * - without flash attention, layer 0's attention: the input and norm (2E), Q before and after RoPE (2Eq,
 *   never rotated in place: ggml-alloc does not reuse views), the f32 mask (M32), the V-cache row indices
 *   (VI, 8 bytes per element) and the scores of every head over the cache (KQ);
 * - with flash attention there are no scores, but the mask is also cast to f16 (M16), and the FFN of layer 0
 *   holds gate, up and their product (3F).
 * Checked against printed buffers: Llama-3-8B at n_ctx 8192 without flash attention 560.00 MiB; Llama-3.1-70B
 * at 4096, 588.00; Qwen3-30B-A3B at 16384, 1080.00; Llama-3.2-1B with flash attention, 254.50.
 */
export function llamaCppComputeBytes(setup: RunSetup): number {
  const a = setup.architecture;
  const cells = llamaCppKvCells(setup, null);
  const windowCells = a.slidingWindow ? llamaCppKvCells(setup, a.slidingWindow.tokens) : 0;
  const t = Math.min(setup.ubatch, pad(setup.contextTokens, KV_CELL_PADDING) * setup.sequences);
  const f32 = (n: number) => 4 * n * t;
  const E = f32(a.hiddenSize);
  const Eq = f32(a.heads * a.headDim);
  const L = f32(a.vocabSize);
  const M32 = f32(cells) + f32(windowCells);
  const logits = L + E;
  if (!setup.flashAttention) {
    const VI = 8 * t * a.kvHeads * a.headDim;
    const KQ = f32(cells * a.heads);
    return Math.max(logits, 2 * E + 2 * Eq + M32 + VI + KQ);
  }
  const M16 = M32 / 2;
  // a mixture of experts runs each token through its active experts' narrower FFNs
  const ffnWidth = a.moe ? (a.moe.expertIntermediateSize ?? a.intermediateSize) * a.moe.activeExperts : a.intermediateSize;
  const F = f32(ffnWidth);
  return Math.max(logits, 2 * E + 2 * Eq + M32 + M16, E + M16 + Math.max(M32, 2 * E + 3 * F));
}

/**
 * The host side of a full offload ("CUDA_Host compute buffer size"): the token embeddings looked up on the
 * CPU (E, twice in builds since January 2026), every f32 attention mask (the graph's inputs live on the CPU;
 * two with sliding windows), the V-cache row indices without flash attention, and the output buffer of one
 * logits row per sequence ("CUDA_Host output buffer size = 0.49 MiB" for Llama-3's vocabulary). Within
 * 0.1 MiB of all ten published host buffers (research notes: Phi-3 7.00, Llama-3-8B 12.01, Llama-3.1-70B 28.01).
 */
export function llamaCppHostComputeBytes(setup: RunSetup): number {
  const a = setup.architecture;
  const t = Math.min(setup.ubatch, pad(setup.contextTokens, KV_CELL_PADDING) * setup.sequences);
  const masks = 4 * t * (llamaCppKvCells(setup, null) + (a.slidingWindow ? llamaCppKvCells(setup, a.slidingWindow.tokens) : 0));
  const vIndices = setup.flashAttention ? 0 : 8 * t * a.kvHeads * a.headDim;
  const output = 4 * a.vocabSize * setup.sequences;
  return 2 * 4 * t * a.hiddenSize + masks + vIndices + output;
}

/**
 * `--fit` (on by default since late 2025, PR #16653) shrinks the context or offloads layers until each GPU
 * keeps 1024 MiB free (common.h fit_params_target); -ngl or -fit off lifts it.
 */
export const FIT_MARGIN_BYTES = 1024 * MIB;

export const LLAMA_CPP_RULES: RuntimeRules = {
  id: 'llama.cpp',
  flashAttentionOption: true,
  // -fa auto since mid-2025: on wherever the backend supports it (CUDA, Metal, Vulkan, ROCm)
  flashAttentionDefault: true,
  defaultContext: () => REQUEST_DEFAULTS.contextTokens,
  kvCells: llamaCppKvCells,
  computeBytes: llamaCppComputeBytes,
  hostComputeBytes: llamaCppHostComputeBytes,
  reservePerGpuBytes: gpuContextBytes,
  fitMarginBytes: FIT_MARGIN_BYTES,
  gpuShare: 1,
  embeddingsOnHost: true,
  layerOffload: true,
  expertOffload: true,
  hostLoadingBytes: () => 0,
  source: LLAMA_CPP,
};
