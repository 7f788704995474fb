// Hugging Face transformers (and bitsandbytes under it): generate() on the GPU with SDPA attention.
import { REQUEST_DEFAULTS } from '../request.js';
import type { RuntimeRules } from './types.js';

const MIB = 1024 ** 2;

/** transformers writes and loads checkpoints in shards of at most 5 GB (save_pretrained max_shard_size="5GB"),
 * staging one shard in RAM at a time (https://huggingface.co/docs/transformers/v4.46.0/en/big_models). */
export const PYTORCH_SHARD_BYTES = 5e9;
/** A CUDA context plus cuBLAS workspace, as ollama measured it for any CUDA process (discover/gpu.go, 457 MiB). */
export const TORCH_CUDA_CONTEXT_BYTES = 457 * MIB;

export const TRANSFORMERS_RULES: RuntimeRules = {
  id: 'transformers',
  flashAttentionOption: false,
  flashAttentionDefault: true,
  defaultContext: () => REQUEST_DEFAULTS.contextTokens,
  kvCells: (setup) => setup.contextTokens * setup.sequences,
  // prefill of the whole prompt at once: hidden states and the MLP's widest intermediate in 16-bit;
  // SDPA never holds the score matrix, and only the last token's logits are kept (num_logits_to_keep)
  computeBytes: (setup) => {
    const a = setup.architecture;
    const tokens = setup.contextTokens * setup.sequences;
    return tokens * 2 * (4 * a.hiddenSize + 2 * a.intermediateSize) + setup.sequences * a.vocabSize * 4;
  },
  hostComputeBytes: () => 0,
  reservePerGpuBytes: (gpu) => (gpu?.unified ? 0 : TORCH_CUDA_CONTEXT_BYTES),
  fitMarginBytes: 0,
  gpuShare: 1,
  embeddingsOnHost: false,
  layerOffload: true,
  expertOffload: false,
  hostLoadingBytes: (weightsBytes) => Math.min(weightsBytes, PYTORCH_SHARD_BYTES),
  source: 'https://huggingface.co/docs/transformers/v4.46.0/en/big_models',
};
