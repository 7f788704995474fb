// MLX (mlx-lm on Apple silicon): weights and a 16-bit KV cache inside Metal's working set.
import { REQUEST_DEFAULTS } from '../request.js';
import type { RuntimeRules } from './types.js';

export const MLX_RULES: RuntimeRules = {
  id: 'mlx',
  flashAttentionOption: false,
  flashAttentionDefault: true,
  defaultContext: () => REQUEST_DEFAULTS.contextTokens,
  kvCells: (setup, window) => (window === null ? setup.contextTokens : Math.min(setup.contextTokens, window)) * setup.sequences,
  // mlx-lm prefills in steps of 2048 tokens (generate_step prefill_step_size); its fused attention keeps no scores
  computeBytes: (setup) => {
    const a = setup.architecture;
    const step = Math.min(2048, setup.contextTokens);
    return step * 2 * (4 * a.hiddenSize + 2 * a.intermediateSize) + a.vocabSize * 4;
  },
  hostComputeBytes: () => 0,
  reservePerGpuBytes: () => 0,
  fitMarginBytes: 0,
  gpuShare: 1,
  embeddingsOnHost: false,
  layerOffload: false,
  expertOffload: false,
  hostLoadingBytes: () => 0,
  source: 'https://github.com/ml-explore/mlx-lm',
};
