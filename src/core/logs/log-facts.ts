// What a runtime log says, as data: every figure in the log's own numbers, the settings of the run, the model
// and devices named, and what failed where. No sentences; src/i18n words them, src/render draws them.
import type { Printed } from './amounts.js';

export const LOG_RUNTIMES = ['llama.cpp', 'ollama', 'vllm', 'pytorch'] as const;
export type LogRuntime = (typeof LOG_RUNTIMES)[number];

/** A figure's meaning. llama.cpp's are measured allocations; ollama's `memory.*` are its own estimates. */
export const FIGURE_KEYS = [
  // llama.cpp buffers, per device
  'weights', 'kv_cache', 'compute', 'output', 'input',
  // llama.cpp totals over devices: "KV self size", "llama_kv_cache: size = …"
  'kv_total',
  // llama.cpp --fit's projection before it changes anything: device memory it would use, and what was free
  'fit_projected', 'fit_free',
  // ollama's estimator (memory.required.full …), and the memory it saw free per GPU
  'ollama_required_full', 'ollama_required_partial', 'ollama_required_kv', 'ollama_weights_total',
  'ollama_graph_full', 'ollama_graph_partial', 'ollama_available',
  // vLLM's memory profile
  'vllm_weights', 'vllm_kv_available', 'vllm_total_gpu', 'vllm_requested', 'vllm_activation_peak', 'vllm_non_torch',
  'vllm_cuda_graph',
  // ollama's own engine: the layout it allocated (ml/device.go "total memory")
  'ollama_total',
] as const;
export type FigureKey = (typeof FIGURE_KEYS)[number];

export interface LogFigure {
  readonly key: FigureKey;
  /** the device as printed (`CUDA0`, `CPU_Mapped`, `Metal`, `RPC[10.0.0.2:50052]`), or null for a total */
  readonly device: string | null;
  readonly size: Printed;
  /** 1-based line of the cleaned paste */
  readonly line: number;
}

/** One device row of llama.cpp's `memory breakdown [MiB]` table (total = free + self + unaccounted). */
export interface BreakdownRow {
  readonly device: string;
  readonly totalMiB: number | null;
  readonly freeMiB: number | null;
  readonly selfMiB: number;
  readonly modelMiB: number;
  readonly contextMiB: number;
  readonly computeMiB: number;
}

export type FlashAttention = 'on' | 'off' | 'auto';

export interface LogSettings {
  contextTokens?: number | undefined;
  contextPerSequence?: number | undefined;
  sequences?: number | undefined;
  kvUnified?: boolean | undefined;
  batch?: number | undefined;
  ubatch?: number | undefined;
  flashAttention?: FlashAttention | undefined;
  typeK?: string | undefined;
  typeV?: string | undefined;
  /** "offloaded 30/49 layers to GPU" */
  offloadedLayers?: number | undefined;
  offloadableLayers?: number | undefined;
  /** -ngl / --n-gpu-layers / ollama's layers.offload as asked or chosen */
  requestedGpuLayers?: number | undefined;
  cpuMoeLayers?: number | undefined;
  expertsOnCpu?: boolean | undefined;
  /** vLLM */
  maxModelLen?: number | undefined;
  gpuMemoryUtilization?: number | undefined;
  tensorParallel?: number | undefined;
  /** vLLM --pipeline-parallel-size: layers split over that many more GPUs */
  pipelineParallel?: number | undefined;
  kvCacheDtype?: string | undefined;
  kvCacheTokens?: number | undefined;
  dtype?: string | undefined;
  quantization?: string | undefined;
  gpuBlocks?: number | undefined;
  /** the model file named on a command line (-m, --model, vllm serve …) */
  modelPath?: string | undefined;
}

export interface LogModel {
  /** the model file or repo as the log names it (last path segment) */
  file?: string | undefined;
  /** GGUF general.name */
  name?: string | undefined;
  /** llama.cpp's file type as printed: `Q4_K - Medium` */
  fileType?: string | undefined;
  params?: number | undefined;
  fileSize?: Printed | undefined;
  layers?: number | undefined;
  embedding?: number | undefined;
  heads?: number | undefined;
  kvHeads?: number | undefined;
  vocab?: number | undefined;
  feedForward?: number | undefined;
  experts?: number | undefined;
  contextTrain?: number | undefined;
}

export interface LogDevice {
  /** `CUDA0`, `0` (a CUDA ordinal), or ollama's GPU id */
  readonly id: string;
  name?: string | undefined;
  totalBytes?: number | undefined;
  freeBytes?: number | undefined;
}

/** Where in the start-up an allocation failed. */
export type AllocStage = 'weights' | 'kv_cache' | 'compute' | 'output' | 'unknown';

export type LogFailure =
  /** cudaMalloc / a backend buffer refused: `allocating 16384.00 MiB on device 0: cudaMalloc failed: out of memory` */
  | { readonly code: 'gpu_alloc_failed'; stage: AllocStage; readonly device: string; size: Printed | null; readonly line: number; recovered: boolean }
  /** a host buffer refused: `ggml_backend_cpu_buffer_type_alloc_buffer: failed to allocate buffer of size …` */
  | { readonly code: 'host_alloc_failed'; stage: AllocStage; readonly size: Printed | null; readonly line: number; recovered: boolean }
  /** `CUDA error: out of memory` while running (a kernel's scratch, not a buffer llama.cpp sized) */
  | { readonly code: 'cuda_oom'; readonly line: number }
  | { readonly code: 'ollama_system_memory'; readonly required: Printed; readonly available: Printed | null; readonly line: number }
  /** vLLM: one request of max_model_len does not fit the KV pool */
  | { readonly code: 'vllm_context_too_long'; readonly maxModelLen: number; readonly needed: Printed | null; readonly available: Printed | null; readonly estimatedMaxLen: number | null; readonly kvTokens: number | null; readonly line: number }
  | { readonly code: 'vllm_no_kv_memory'; readonly line: number }
  | { readonly code: 'vllm_free_memory'; readonly free: Printed; readonly total: Printed; readonly utilization: number; readonly line: number }
  /** PyTorch: `CUDA out of memory. Tried to allocate …` */
  | { readonly code: 'torch_oom'; readonly tried: Printed; readonly device: string | null; readonly total: Printed | null; readonly free: Printed | null; readonly inUse: Printed | null; readonly line: number }
  /** llama.cpp --fit could not keep its free-memory margin */
  | { readonly code: 'fit_failed'; readonly line: number };

export type LogFailureCode = LogFailure['code'];

export interface LogFacts {
  /** the runtime the lines come from; null when nothing was recognised */
  runtime: LogRuntime | null;
  readonly figures: LogFigure[];
  readonly breakdown: BreakdownRow[];
  /** settings the log printed as in effect (n_ctx = …) */
  readonly settings: LogSettings;
  /** settings asked for on a command line in the paste (-c, -ngl, --max-model-len …); printed ones win */
  readonly asked: LogSettings;
  readonly model: LogModel;
  readonly devices: LogDevice[];
  readonly failures: LogFailure[];
  /** lines read and recognised */
  linesRead: number;
  linesRecognised: number;
  /** the paste was cut to LOG_LIMITS */
  truncated: boolean;
  /** the log's own build era tells flash attention was off by default (before llama.cpp's `-fa auto`) */
  legacyPrefixes: boolean;
  /** lines no rule recognised (the asker's words around the paste), bounded: they may name the GPU */
  readonly prose: string[];
  /** a line saying the model loaded: failures before it were retried successfully */
  loadedAtLine: number | null;
  /** llama.cpp is loading the weights (after "loading model tensors", before the context): an allocation failing now is for them */
  loadingWeights: boolean;
  /** line of the last cudaMalloc failure seen (recorded or a repeat), to pair it with the line that explains it */
  lastAllocLine: number | null;
}

/** At most this many figures, devices and failures are kept: a log repeats them, a reply cannot. */
export const FACT_LIMITS = { figures: 200, devices: 32, failures: 16, breakdown: 32, proseLines: 40, proseChars: 300 } as const;

export function emptyFacts(): LogFacts {
  return {
    runtime: null, figures: [], breakdown: [], settings: {}, asked: {}, model: {}, devices: [], failures: [],
    linesRead: 0, linesRecognised: 0, truncated: false, legacyPrefixes: false, prose: [], loadedAtLine: null, loadingWeights: false, lastAllocLine: null,
  };
}
