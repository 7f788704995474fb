// vLLM: weights, a profiled activation peak and CUDA graphs, then a KV pool from what gpu_memory_utilization leaves.
import type { RuntimeRules } from './types.js';

const GIB = 1024 ** 3;
const VLLM = 'https://github.com/vllm-project/vllm';

/** --gpu-memory-utilization default (vllm/engine/arg_utils.py). */
export const VLLM_GPU_MEMORY_UTILIZATION = 0.9;
/** Paged attention allocates KV in blocks of 16 tokens (--block-size default). */
export const VLLM_BLOCK_TOKENS = 16;
/** Tokens of the profiling forward pass: max_num_batched_tokens' default for the V1 engine's online serving. */
export const VLLM_PROFILE_TOKENS = 8192;
/** CUDA context and NCCL/cuBLAS workspaces outside PyTorch's allocator, plus captured CUDA graphs. */
export const VLLM_NON_TORCH_BYTES = 0.5 * GIB;
export const VLLM_CUDA_GRAPH_BYTES = 0.5 * GIB;

export const VLLM_RULES: RuntimeRules = {
  id: 'vllm',
  flashAttentionOption: false,
  flashAttentionDefault: true,
  defaultContext: () => 4096,
  kvCells: (setup, window) => {
    const tokens = window === null ? setup.contextTokens : Math.min(setup.contextTokens, window);
    return Math.ceil((tokens * setup.sequences) / VLLM_BLOCK_TOKENS) * VLLM_BLOCK_TOKENS;
  },
  // the profile run's peak: one batch of VLLM_PROFILE_TOKENS tokens through the widest layer, in 16-bit
  computeBytes: (setup) => {
    const a = setup.architecture;
    const tokens = Math.min(VLLM_PROFILE_TOKENS, Math.max(setup.contextTokens * setup.sequences, 1));
    return tokens * 2 * (4 * a.hiddenSize + 2 * (a.moe?.expertIntermediateSize ?? a.intermediateSize));
  },
  reservePerGpuBytes: () => VLLM_NON_TORCH_BYTES + VLLM_CUDA_GRAPH_BYTES,
  gpuShare: VLLM_GPU_MEMORY_UTILIZATION,
  embeddingsOnHost: false,
  layerOffload: true,
  expertOffload: false,
  hostLoadingBytes: () => 0,
  source: VLLM,
};
