// ollama: llama.cpp underneath, with its own reserve per GPU and its own default context.
import type { Architecture } from '../catalog/architectures.js';
import type { Gpu } from '../catalog/gpus.js';
import { REQUEST_DEFAULTS } from '../request.js';
import { FIT_MARGIN_BYTES, llamaCppComputeBytes, llamaCppHostComputeBytes, llamaCppKvCells } from './llama-cpp.js';
import type { GpuTarget, RuntimeRules } from './types.js';

const MIB = 1024 ** 2;
const GIB = 1024 ** 3;
const GPU_GO = 'https://github.com/ollama/ollama/blob/05de33f852378ba9c834af25efb6388c0fef90ee/discover/gpu.go';

/** cudaMinimumMemory and rocmMinimumMemory = 457 MiB; metalMinimumMemory = 512 MiB (discover/gpu.go). */
export const OLLAMA_RESERVE = { cuda: 457 * MIB, metal: 512 * MIB } as const;

/**
 * ollama's default num_ctx by the total VRAM of its GPUs (server/routes.go, commit 0334ffa6, 2026-02-02:
 * "< 24 GiB: 4,096; 24–48 GiB: 32,768; ≥ 48 GiB: 262,144", thresholds 1 GiB lower in code), then clamped
 * to the model's trained context. Without a GPU named, the 4096 it used before.
 */
export const OLLAMA_CONTEXT_TIERS = [
  { fromBytes: 47 * GIB, tokens: 262_144 },
  { fromBytes: 23 * GIB, tokens: 32_768 },
] as const;

export function ollamaDefaultContext(target: GpuTarget | null, architecture: Architecture): number {
  const total = target ? target.memoryBytes * target.count : 0;
  const tier = OLLAMA_CONTEXT_TIERS.find((t) => total >= t.fromBytes)?.tokens ?? REQUEST_DEFAULTS.contextTokens;
  return Math.min(tier, architecture.maxContext);
}

export const OLLAMA_RULES: RuntimeRules = {
  id: 'ollama',
  flashAttentionOption: true,
  // llama-server underneath since 2026-05 with --flash-attn auto (llm/llama_server.go)
  flashAttentionDefault: true,
  defaultContext: ollamaDefaultContext,
  kvCells: llamaCppKvCells,
  computeBytes: llamaCppComputeBytes,
  hostComputeBytes: llamaCppHostComputeBytes,
  reservePerGpuBytes: (gpu: Gpu | null) => (gpu?.unified ? OLLAMA_RESERVE.metal : OLLAMA_RESERVE.cuda),
  // llama-server underneath places the layers with --fit (llm/llama_server.go passes no -ngl)
  fitMarginBytes: FIT_MARGIN_BYTES,
  gpuShare: 1,
  embeddingsOnHost: true,
  layerOffload: true,
  expertOffload: false,
  hostLoadingBytes: () => 0,
  source: GPU_GO,
};
