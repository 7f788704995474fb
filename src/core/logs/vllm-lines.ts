// vLLM's memory profile and its refusals, and PyTorch's out-of-memory error. Formats: V0 worker "model weights
// take %.2fGiB; non_torch_memory takes …; PyTorch activation peak memory takes …; the rest of the memory reserved
// for KV Cache is %.2fGiB", V1 gpu_worker "Available KV cache memory: %.2f GiB", kv_cache_utils "GPU KV cache size:
// %s tokens" and `_check_enough_kv_cache_memory`'s ValueError (quoted in https://github.com/vllm-project/vllm/issues/34076),
// V0's "The model's max seq len (%d) is larger than the maximum number of tokens that can be stored in KV cache (%d)"
// (https://github.com/vllm-project/vllm/issues/2418); PyTorch's "CUDA out of memory. Tried to allocate %s. GPU %d
// has a total capacity of %s of which %s is free" (2.x; "total capacty" in 2.1) and the 1.x "(GPU 0; %s total
// capacity; %s already allocated; %s free; …)" (https://github.com/vllm-project/vllm/issues/12030, #2140, #783).
import { printedSize, type Printed } from './amounts.js';
import { int, num, type LineRule } from './line-rule.js';
import { addFailure, addFigure, deviceOf } from './add-fact.js';
import type { FigureKey, LogFacts } from './log-facts.js';

const GIB = '(-?\\d{1,6}(?:\\.\\d{1,4})?) ?(GiB|GB|MiB|MB)';
const TORCH_SIZE = '(\\d{1,7}(?:\\.\\d{1,2})?) ?(GiB|MiB|KiB|B)';

const size = (m: RegExpExecArray, at: number): Printed | undefined => printedSize(m[at] ?? '', m[at + 1] ?? '');

const figure = (needle: string, pattern: RegExp, key: FigureKey): LineRule => ({
  runtime: 'vllm', needle, pattern, apply: (m, facts, line) => addFigure(facts, key, null, size(m, 1), line),
});

const engineSetting = (needle: string, pattern: RegExp, apply: (value: string, facts: LogFacts) => void): LineRule => ({
  runtime: 'vllm', needle, pattern, apply: (m, facts) => apply(m[1] ?? '', facts),
});

function torchOom(m: RegExpExecArray, facts: LogFacts, line: number): void {
  const text = m.input;
  const tried = size(m, 1);
  if (!tried) return;
  const modern = new RegExp(`GPU (\\d{1,2}) has a total capaci?ty of ${TORCH_SIZE} of which ${TORCH_SIZE} is free`).exec(text);
  const legacy = new RegExp(`\\(GPU (\\d{1,2}); ${TORCH_SIZE} total capacity; ${TORCH_SIZE} already allocated; ${TORCH_SIZE} free`).exec(text);
  const inUse = new RegExp(`this process has ${TORCH_SIZE} memory in use`).exec(text);
  const found = modern ?? legacy;
  const total = found ? size(found, 2) : undefined;
  const free = modern ? size(modern, 4) : legacy ? size(legacy, 6) : undefined;
  const device = found?.[1] ?? null;
  addFailure(facts, {
    code: 'torch_oom', tried, device, total: total ?? null, free: free ?? null,
    inUse: (inUse ? size(inUse, 1) : legacy ? size(legacy, 4) : undefined) ?? null, line,
  });
  if (device !== null && total) {
    const entry = deviceOf(facts, device);
    if (entry) entry.totalBytes = total.bytes;
  }
}

export const VLLM_LINES: readonly LineRule[] = [
  figure('model weights took', new RegExp(`Loading model weights took ${GIB}`), 'vllm_weights'),
  figure('Model loading took', new RegExp(`Model loading took ${GIB}`), 'vllm_weights'),
  figure('model weights take', new RegExp(`model weights take ${GIB}`), 'vllm_weights'),
  figure('Available KV cache memory', new RegExp(`Available KV cache memory: ${GIB}`), 'vllm_kv_available'),
  figure('non_torch_memory takes', new RegExp(`non_torch_memory takes ${GIB}`), 'vllm_non_torch'),
  figure('activation peak memory takes', new RegExp(`activation peak memory takes ${GIB}`), 'vllm_activation_peak'),
  figure('Graph capturing finished', new RegExp(`Graph capturing finished in \\d{1,6} secs?, took ${GIB}`), 'vllm_cuda_graph'),
  figure('Estimated CUDA graph memory', new RegExp(`Estimated CUDA graph memory: ${GIB}`), 'vllm_cuda_graph'),
  {
    runtime: 'vllm', needle: 'reserved for KV Cache is',
    pattern: new RegExp(`reserved for KV Cache is ${GIB}`),
    apply: (m, facts, line) => {
      const rest = size(m, 1);
      addFigure(facts, 'vllm_kv_available', null, rest, line);
      if (rest && rest.bytes <= 0) addFailure(facts, { code: 'vllm_no_kv_memory', line });
    },
  },
  {
    runtime: 'vllm', needle: 'x gpu_memory_utilization',
    pattern: /total_gpu_memory \(?(\d{1,5}(?:\.\d{1,3})?) ?(GiB|GB)\)? x gpu_memory_utilization \(?(\d(?:\.\d{1,3})?)\)? = (\d{1,5}(?:\.\d{1,3})?) ?(GiB|GB)/,
    apply: (m, facts, line) => {
      addFigure(facts, 'vllm_total_gpu', null, size(m, 1), line);
      addFigure(facts, 'vllm_requested', null, size(m, 4), line);
      facts.settings.gpuMemoryUtilization = num(m[3]);
    },
  },
  engineSetting('GPU KV cache size', /GPU KV cache size: ([\d,]{1,15}) tokens/, (v, f) => { f.settings.kvCacheTokens = int(v); }),
  engineSetting('blocks:', /# (?:GPU|cuda|CUDA) blocks: (\d{1,9})/, (v, f) => { f.settings.gpuBlocks = int(v); }),
  engineSetting('Maximum concurrency for', /Maximum concurrency for ([\d,]{1,12}) tokens per request/, (v, f) => { f.settings.maxModelLen ??= int(v); }),
  engineSetting('max_seq_len=', /max_seq_len=(\d{1,8})/, (v, f) => { f.settings.maxModelLen = int(v); }),
  engineSetting("'max_model_len'", /'max_model_len': (\d{1,8})/, (v, f) => { f.asked.maxModelLen = int(v); }),
  engineSetting('tensor_parallel_size', /tensor_parallel_size['"]?[=:] ?(\d{1,3})/, (v, f) => { f.settings.tensorParallel = int(v); }),
  engineSetting("'gpu_memory_utilization'", /'gpu_memory_utilization': (\d(?:\.\d{1,3})?)/, (v, f) => { f.asked.gpuMemoryUtilization = num(v); }),
  engineSetting('dtype=torch.', /\bdtype=torch\.(\w{1,12})/, (v, f) => { f.settings.dtype = v; }),
  engineSetting('quantization=', /\bquantization=(\w{1,20})/, (v, f) => { if (v !== 'None') f.settings.quantization = v; }),
  engineSetting('kv_cache_dtype', /kv_cache_dtype['"]?[=:] ?'?(\w{1,12})/, (v, f) => { f.settings.kvCacheDtype = v; }),
  engineSetting("model='", /\bmodel='([^']{1,200})'/, (v, f) => { f.settings.modelPath ??= v; }),
  engineSetting("'model': '", /'model': '([^']{1,200})'/, (v, f) => { f.asked.modelPath ??= v; }),
  {
    runtime: 'vllm', needle: 'KV cach', joinsLines: true,
    pattern: /max seq len \((\d{1,8})\), \((\d{1,6}(?:\.\d{1,3})?) GiB KV cache is needed, which is larger than the available KV cache memory \((-?\d{1,6}(?:\.\d{1,3})?) GiB\)(?:\. Based on the available memory, the estimated maximum model length is (\d{1,8}))?/,
    apply: (m, facts, line) => addFailure(facts, {
      code: 'vllm_context_too_long', maxModelLen: int(m[1]) ?? 0, needed: printedSize(m[2] ?? '', 'GiB') ?? null,
      available: printedSize(m[3] ?? '', 'GiB') ?? null, estimatedMaxLen: int(m[4]) ?? null, kvTokens: null, line,
    }),
  },
  {
    runtime: 'vllm', needle: 'max seq len', joinsLines: true,
    pattern: /max seq len \((\d{1,8})\) is larger than the maximum number of tokens that can be stored in KV cache \((\d{1,9})\)/,
    apply: (m, facts, line) => addFailure(facts, {
      code: 'vllm_context_too_long', maxModelLen: int(m[1]) ?? 0, needed: null, available: null, estimatedMaxLen: null, kvTokens: int(m[2]) ?? null, line,
    }),
  },
  { runtime: 'vllm', needle: 'No available memory for the cache blocks', pattern: /No available memory for the cache blocks/, apply: (_m, f, line) => addFailure(f, { code: 'vllm_no_kv_memory', line }) },
  {
    runtime: 'vllm', needle: 'on startup is less than desired', joinsLines: true,
    pattern: /Free memory on device \((\d{1,5}(?:\.\d{1,3})?)\/(\d{1,5}(?:\.\d{1,3})?) GiB\) on startup is less than desired GPU memory utilization \((\d(?:\.\d{1,3})?),/,
    apply: (m, facts, line) => {
      const free = printedSize(m[1] ?? '', 'GiB');
      const total = printedSize(m[2] ?? '', 'GiB');
      if (free && total) addFailure(facts, { code: 'vllm_free_memory', free, total, utilization: num(m[3]) ?? 0, line });
    },
  },
  { runtime: 'pytorch', needle: 'CUDA out of memory', joinsLines: true, pattern: new RegExp(`CUDA out of memory\\. Tried to allocate ${TORCH_SIZE}`), apply: torchOom },
  {
    runtime: null, needle: 'GPU ', pattern: /GPU (\d{1,2}): (NVIDIA [\w -]{2,60}?)\s*$/,
    apply: (m, facts) => { const d = deviceOf(facts, m[1] ?? ''); if (d) d.name = m[2]; },
  },
];
