// What a runtime's allocation rules are made of. One file per runtime fills this in, each rule with its source.
import type { Architecture } from '../catalog/architectures.js';
import type { KvPrecisionId } from '../catalog/formats.js';
import type { Gpu } from '../catalog/gpus.js';
import type { RuntimeId } from '../request.js';

/** The run being sized, as the runtime sees it. */
export interface RunSetup {
  readonly architecture: Architecture;
  /** context tokens per sequence */
  readonly contextTokens: number;
  /** sequences served at once (llama.cpp -np, vLLM concurrent requests) */
  readonly sequences: number;
  /** llama.cpp's physical batch (-ub) */
  readonly ubatch: number;
  readonly flashAttention: boolean;
  readonly kvPrecision: KvPrecisionId;
  /** one card's memory and id, when a GPU is asked (vLLM's profile batch depends on it) */
  readonly gpuMemoryBytes: number | null;
  readonly gpuId: string | null;
}

/** The GPU(s) asked about, or none. */
export interface GpuTarget {
  /** the catalogued card, or null for a size in GB */
  readonly gpu: Gpu | null;
  /** memory of one card in bytes, as its driver reports it */
  readonly memoryBytes: number;
  readonly count: number;
}

export interface RuntimeRules {
  readonly id: RuntimeId;
  /** does the runtime have a flash-attention switch (llama.cpp -fa, OLLAMA_FLASH_ATTENTION) */
  readonly flashAttentionOption: boolean;
  /** flash attention when the request does not say */
  readonly flashAttentionDefault: boolean;
  /** the context used when the request gives none */
  defaultContext(target: GpuTarget | null, architecture: Architecture): number;
  /** KV cache cells it allocates for each of a model's layers (padding, sliding windows) */
  kvCells(setup: RunSetup, window: number | null): number;
  /** GPU memory for intermediate tensors: the compute buffer, or the activation peak it profiles */
  computeBytes(setup: RunSetup): number;
  /** host memory for the graph's inputs and outputs while the model runs on the GPU */
  hostComputeBytes(setup: RunSetup): number;
  /** memory per GPU outside the runtime's own buffers (CUDA context, cuBLAS workspace), or the margin it keeps */
  reservePerGpuBytes(gpu: Gpu | null): number;
  /** memory its automatic fitting keeps free on each GPU (llama.cpp --fit-target), if it has one */
  readonly fitMarginBytes: number;
  /** share of each GPU's memory the runtime lets itself use (vLLM's gpu_memory_utilization), 1 for the rest */
  readonly gpuShare: number;
  /** llama.cpp keeps the token embedding table in host memory, whatever -ngl says */
  readonly embeddingsOnHost: boolean;
  /** can put some layers in system RAM (llama.cpp -ngl, vLLM --cpu-offload-gb) */
  readonly layerOffload: boolean;
  /** can put MoE experts in system RAM (llama.cpp --n-cpu-moe) */
  readonly expertOffload: boolean;
  /** host memory while loading a checkpoint that runs on the GPU (PyTorch stages shards) */
  hostLoadingBytes(weightsBytes: number): number;
  readonly source: string;
}
