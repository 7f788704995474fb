// ExLlamaV2 (TabbyAPI, text-generation-webui): everything on the GPU, no CPU offload; FP16 or Q4/Q6/Q8 cache.
import { REQUEST_DEFAULTS } from '../request.js';
import type { RuntimeRules } from './types.js';

const MIB = 1024 ** 2;

export const EXLLAMAV2_RULES: RuntimeRules = {
  id: 'exllamav2',
  flashAttentionOption: false,
  flashAttentionDefault: true,
  defaultContext: () => REQUEST_DEFAULTS.contextTokens,
  kvCells: (setup) => setup.contextTokens * setup.sequences,
  // chunked prefill of 2048 tokens (max_input_len default) with flash-attn: hidden and MLP states in 16-bit,
  // and the logits of one chunk in f32
  computeBytes: (setup) => {
    const a = setup.architecture;
    const chunk = Math.min(2048, setup.contextTokens * setup.sequences);
    return chunk * 2 * (4 * a.hiddenSize + 2 * a.intermediateSize) + chunk * a.vocabSize * 4;
  },
  hostComputeBytes: () => 0,
  reservePerGpuBytes: (gpu) => (gpu?.unified ? 0 : 457 * MIB),
  fitMarginBytes: 0,
  gpuShare: 1,
  embeddingsOnHost: false,
  layerOffload: false,
  expertOffload: false,
  hostLoadingBytes: () => 0,
  source: 'https://github.com/turboderp-org/exllamav2',
};
