// vLLM: weights, a profiled activation peak, non-torch memory and CUDA graphs, then a KV pool made of what
// gpu_memory_utilization leaves (vllm/v1/worker/gpu_worker.py determine_available_memory:
// available_kv = total × utilization − weights − activation peak − non-torch − CUDA graphs).
import { REQUEST_DEFAULTS } from '../request.js';
import type { RunSetup, RuntimeRules } from './types.js';

const GIB = 1024 ** 3;
const VLLM = 'https://github.com/vllm-project/vllm/blob/35d5cda123ec28581759b6d34cde8052314fb1e6/vllm/v1/worker/gpu_worker.py';

/** --gpu-memory-utilization default (vllm/engine/arg_utils.py; 0.9 in the logs of most releases). */
export const VLLM_GPU_MEMORY_UTILIZATION = 0.9;
/** Paged attention allocates KV in blocks of 16 tokens (CacheConfig.DEFAULT_BLOCK_SIZE). */
export const VLLM_BLOCK_TOKENS = 16;

/**
 * The profile run's batch (`vllm serve` defaults, arg_utils.py get_batch_defaults): 8192 tokens and 1024
 * sequences on GPUs of 70 GiB or more other than the A100, else 2048 tokens and 256 sequences.
 */
export function vllmProfileBatch(gpuMemoryBytes: number | null, isA100: boolean): { tokens: number; sequences: number } {
  return gpuMemoryBytes !== null && gpuMemoryBytes >= 70 * GIB && !isA100 ? { tokens: 8192, sequences: 1024 } : { tokens: 2048, sequences: 256 };
}

/**
 * The activation peak of the profile run, in 16-bit: the residual stream and one layer's widest moment
 * (hidden in and out, gate and up of the MLP and their product) for the profile's tokens, then the sampler's
 * f32 logits, probabilities and sort (values and int64 indices) for every sequence it may hold.
 * An estimate: vLLM's published splits put the peak at 0.4–2.5 GiB (vllm#13882, vllm#16570).
 */
export function vllmActivationBytes(setup: RunSetup): number {
  const a = setup.architecture;
  const { tokens, sequences } = vllmProfileBatch(setup.gpuMemoryBytes, setup.gpuId?.startsWith('a100') ?? false);
  const ffn = a.moe ? (a.moe.expertIntermediateSize ?? a.intermediateSize) * a.moe.activeExperts : a.intermediateSize;
  return tokens * 2 * (2 * a.hiddenSize + 3 * ffn) + sequences * a.vocabSize * 16;
}

/**
 * Outside PyTorch's allocator: NCCL and cuBLAS workspaces (the "non_torch_memory" vLLM prints: 0.03–0.39 GiB),
 * and the CUDA graphs it captures for decoding (subtracted from the pool since v0.21; published estimates
 * 0.07–2.35 GiB, typically about half a GiB for one GPU).
 */
export const VLLM_NON_TORCH_BYTES = 0.3 * GIB;
export const VLLM_CUDA_GRAPH_BYTES = 0.5 * GIB;

export const VLLM_RULES: RuntimeRules = {
  id: 'vllm',
  flashAttentionOption: false,
  flashAttentionDefault: true,
  // --max-model-len defaults to the model's own maximum (max_position_embeddings), and vLLM refuses to start
  // unless one request of that length fits its KV pool
  defaultContext: (_target, architecture) => architecture.maxContext || REQUEST_DEFAULTS.contextTokens,
  kvCells: (setup, window) => {
    const tokens = window === null ? setup.contextTokens : Math.min(setup.contextTokens, window);
    return Math.ceil((tokens * setup.sequences) / VLLM_BLOCK_TOKENS) * VLLM_BLOCK_TOKENS;
  },
  computeBytes: vllmActivationBytes,
  hostComputeBytes: () => 0,
  reservePerGpuBytes: () => VLLM_NON_TORCH_BYTES + VLLM_CUDA_GRAPH_BYTES,
  fitMarginBytes: 0,
  gpuShare: VLLM_GPU_MEMORY_UTILIZATION,
  embeddingsOnHost: false,
  layerOffload: true,
  expertOffload: false,
  hostLoadingBytes: () => 0,
  source: VLLM,
};
