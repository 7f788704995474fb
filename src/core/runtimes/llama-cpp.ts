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
 * Cells one layer holds: the whole context of every sequence, padded; a sliding-window layer only the
 * window of each sequence plus one physical batch, padded, unless that is more than the whole context
 * (llama_kv_cache_iswa: size_swa = min(size_base, GGML_PAD(n_swa*n_seq_max + n_ubatch, n_pad))).
 */
export function llamaCppKvCells(setup: RunSetup, window: number | null): number {
  const full = pad(setup.contextTokens * setup.sequences, KV_CELL_PADDING);
  if (window === null) return full;
  return Math.min(full, pad(window * setup.sequences + setup.ubatch, KV_CELL_PADDING));
}

/**
 * The compute buffer llama.cpp reserves for a full offload: the peak of the graph's live f32 tensors for
 * one physical batch. Without flash attention the attention scores of every head over the whole cache
 * dominate at long context (ollama's GraphSize for llama graphs, which gives the 560.00 MiB llama.cpp
 * prints for Llama-3-8B at n_ctx 8192,
 * https://github.com/ollama/ollama/blob/09035b71cd1d0b6e1a43fd6b97ea5cbaede81275/llm/ggml.go); the logits over the
 * vocabulary dominate below that, and always with flash attention, which never materializes the scores.
 */
export function llamaCppComputeBytes(setup: RunSetup): number {
  const a = setup.architecture;
  const cells = pad(setup.contextTokens * setup.sequences, KV_CELL_PADDING);
  const batch = Math.min(setup.ubatch, setup.contextTokens * setup.sequences);
  const logits = 4 * batch * (a.hiddenSize + a.vocabSize);
  if (setup.flashAttention) return logits;
  const attention = 4 * batch * (1 + 4 * a.hiddenSize + cells * (1 + a.heads));
  return Math.max(attention, logits);
}

export const LLAMA_CPP_RULES: RuntimeRules = {
  id: 'llama.cpp',
  flashAttentionOption: true,
  // -fa auto since mid-2025: on wherever the backend supports it (CUDA, Metal, Vulkan, ROCm)
  flashAttentionDefault: true,
  defaultContext: () => REQUEST_DEFAULTS.contextTokens,
  kvCells: llamaCppKvCells,
  computeBytes: llamaCppComputeBytes,
  reservePerGpuBytes: gpuContextBytes,
  gpuShare: 1,
  embeddingsOnHost: true,
  layerOffload: true,
  expertOffload: true,
  hostLoadingBytes: () => 0,
  source: LLAMA_CPP,
};
