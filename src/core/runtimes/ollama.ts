// ollama: llama.cpp underneath, with its own reserve per GPU and its own default context.
import type { Gpu } from '../catalog/gpus.js';
import { REQUEST_DEFAULTS } from '../request.js';
import { llamaCppComputeBytes, llamaCppKvCells } from './llama-cpp.js';
import type { RuntimeRules } from './types.js';

const MIB = 1024 ** 2;
const GPU_GO = 'https://github.com/ollama/ollama/blob/05de33f852378ba9c834af25efb6388c0fef90ee/discover/gpu.go';

/** cudaMinimumMemory and rocmMinimumMemory = 457 MiB; metalMinimumMemory = 512 MiB (discover/gpu.go). */
export const OLLAMA_RESERVE = { cuda: 457 * MIB, metal: 512 * MIB } as const;

export const OLLAMA_RULES: RuntimeRules = {
  id: 'ollama',
  flashAttentionOption: true,
  flashAttentionDefault: true,
  defaultContext: () => REQUEST_DEFAULTS.contextTokens,
  kvCells: llamaCppKvCells,
  computeBytes: llamaCppComputeBytes,
  reservePerGpuBytes: (gpu: Gpu | null) => (gpu?.unified ? OLLAMA_RESERVE.metal : OLLAMA_RESERVE.cuda),
  gpuShare: 1,
  embeddingsOnHost: true,
  layerOffload: true,
  expertOffload: false,
  hostLoadingBytes: () => 0,
  source: GPU_GO,
};
