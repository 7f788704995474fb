// The runtime's own words for each change the advice proposes; a runtime that lacks a knob gets no flag
// for it (and no advice that needs it).
import type { KvPrecisionId } from '../catalog/formats.js';
import type { RuntimeId } from '../request.js';

const GIB = 1024 ** 3;

export interface FlagSet {
  /** a context length: llama-server -c, ollama num_ctx, vLLM --max-model-len */
  context(tokens: number): string[];
  /** a quantized KV cache, or null where the runtime has none of that type */
  kvCache(kv: KvPrecisionId): string[] | null;
  /** layers on the GPU (-ngl counting), with the weights that then stay in system RAM */
  offload(gpuLayers: number, hostBytes: number): string[] | null;
  /** MoE experts of the first N layers in system RAM */
  expertOffload(layers: number): string[] | null;
  /** several GPUs */
  gpus(count: number): string[];
}

const gib = (bytes: number) => Math.ceil(bytes / GIB);

const LLAMA_CPP: FlagSet = {
  context: (tokens) => ['-c', String(tokens)],
  // a quantized V cache needs flash attention
  kvCache: (kv) => (kv === 'q8_0' || kv === 'q4_0' ? ['-ctk', kv, '-ctv', kv, '-fa', 'on'] : null),
  offload: (gpuLayers) => ['-ngl', String(gpuLayers)],
  expertOffload: (layers) => ['--n-cpu-moe', String(layers)],
  gpus: (count) => ['--tensor-split', Array.from({ length: count }, () => '1').join(',')],
};

// ollama: Modelfile/API parameters and server environment variables (docs/modelfile.md, docs/faq.md)
const OLLAMA: FlagSet = {
  context: (tokens) => [`num_ctx=${tokens}`],
  kvCache: (kv) => (kv === 'q8_0' || kv === 'q4_0' ? [`OLLAMA_KV_CACHE_TYPE=${kv}`, 'OLLAMA_FLASH_ATTENTION=1'] : null),
  offload: (gpuLayers) => [`num_gpu=${gpuLayers}`],
  expertOffload: () => null,
  gpus: () => [],
};

// vLLM engine arguments (docs.vllm.ai, serving/engine_args)
const VLLM: FlagSet = {
  context: (tokens) => ['--max-model-len', String(tokens)],
  kvCache: (kv) => (kv === 'fp8' ? ['--kv-cache-dtype', 'fp8'] : null),
  offload: (_gpuLayers, hostBytes) => ['--cpu-offload-gb', String(gib(hostBytes))],
  expertOffload: () => null,
  gpus: (count) => ['--tensor-parallel-size', String(count)],
};

// transformers + accelerate: from_pretrained keyword arguments
const TRANSFORMERS: FlagSet = {
  context: (tokens) => [`max_length=${tokens}`],
  kvCache: () => null,
  offload: () => ['device_map="auto"'],
  expertOffload: () => null,
  gpus: () => ['device_map="auto"'],
};

const MLX: FlagSet = {
  context: (tokens) => ['--max-kv-size', String(tokens)],
  kvCache: (kv) => (kv === 'q8_0' ? ['--kv-bits', '8'] : kv === 'q4_0' ? ['--kv-bits', '4'] : null),
  offload: () => null,
  expertOffload: () => null,
  gpus: () => [],
};

// ExLlamaV2 through TabbyAPI's config.yml (no CPU offload at all)
const EXLLAMAV2: FlagSet = {
  context: (tokens) => [`max_seq_len: ${tokens}`],
  kvCache: (kv) => (kv === 'q8_0' ? ['cache_mode: Q8'] : kv === 'q4_0' ? ['cache_mode: Q4'] : kv === 'fp8' ? ['cache_mode: FP8'] : null),
  offload: () => null,
  expertOffload: () => null,
  gpus: (count) => [`gpu_split_auto: true  # ${count} GPUs`],
};

export const RUNTIME_FLAGS: Readonly<Record<RuntimeId, FlagSet>> = {
  'llama.cpp': LLAMA_CPP, ollama: OLLAMA, vllm: VLLM, transformers: TRANSFORMERS, mlx: MLX, exllamav2: EXLLAMAV2,
};

/** The quantized KV cache each runtime offers first. */
export const SMALLER_KV: Readonly<Record<RuntimeId, KvPrecisionId | null>> = {
  'llama.cpp': 'q8_0', ollama: 'q8_0', vllm: 'fp8', transformers: null, mlx: 'q8_0', exllamav2: 'q4_0',
};
