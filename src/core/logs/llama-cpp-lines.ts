// llama.cpp's start-up lines: buffers per device, the context it built, and where an allocation failed.
// Formats as printed from 2024 to 2026 (prefixes llm_load_tensors → load_tensors, llama_new_context_with_model →
// llama_context → sched_reserve): src/llama-model.cpp "%12s model buffer size = %8.2f MiB", src/llama-kv-cache.cpp
// "%10s KV buffer size = %8.2f MiB" and "size = %7.2f MiB (%6u cells, %3d layers, %2u/%u seqs), K (%s) …",
// src/llama-context.cpp "%10s compute buffer size = %8.2f MiB", ggml-cuda.cu "allocating %.2f MiB on device %d:
// cudaMalloc failed: %s" (https://github.com/ollama/ollama/tree/ef00199fb4e6d045e11e76baaab9049f3234939d/llama/llama.cpp).
import { printedBytes, printedSize } from './amounts.js';
import { int, type LineRule } from './line-rule.js';
import { addFailure, addFigure, pendingAllocation } from './add-fact.js';
import type { AllocStage, FigureKey, FlashAttention, LogFacts, LogFailure } from './log-facts.js';

const MIB = '(\\d{1,9}(?:[.,]\\d{1,4})?) MiB';

const BUFFER_KINDS: Readonly<Record<string, FigureKey>> = { model: 'weights', KV: 'kv_cache', compute: 'compute', output: 'output', input: 'input' };

/** A 2024 "CPU buffer size" line says no kind; the function prefix does. */
function kindOfUntyped(text: string): FigureKey {
  return /kv_cache/.test(text) ? 'kv_cache' : 'weights';
}

const FLASH_ATTENTION: Readonly<Record<string, FlashAttention>> = {
  '0': 'off', '1': 'on', false: 'off', true: 'on', disabled: 'off', enabled: 'on', off: 'off', on: 'on', auto: 'auto',
};

/** A cudaMalloc line printed again (deduplicated) just before this line: its explanation repeats too. */
function repeatsOf(facts: LogFacts, line: number): boolean {
  return facts.lastAllocLine !== null && facts.lastAllocLine >= line - 3;
}

/** A later line names the stage of the allocation that failed just before it; without one, it is recorded alone. */
function explainAllocation(facts: LogFacts, stage: AllocStage, line: number): void {
  const pending = pendingAllocation(facts);
  if (pending) { pending.stage = stage; return; }
  if (!facts.failures.some((f) => 'stage' in f && f.stage === stage)) {
    addFailure(facts, { code: 'gpu_alloc_failed', stage, device: '', size: null, line, recovered: false });
  }
}

const setting = (name: string, pattern: RegExp, apply: (value: string, facts: LogFacts) => void): LineRule => ({
  runtime: 'llama.cpp', needle: name, pattern, apply: (m, facts) => apply(m[1] ?? '', facts),
});

export const LLAMA_CPP_LINES: readonly LineRule[] = [
  {
    runtime: 'llama.cpp', needle: 'buffer size',
    pattern: new RegExp(`([A-Za-z_][\\w.:\\[\\]-]{0,63}) +(?:(model|KV|compute|output|input) +)?buffer size += +${MIB}`),
    apply: (m, facts, line) => {
      const kind = m[2] ? BUFFER_KINDS[m[2]] : kindOfUntyped(m.input);
      if (kind) addFigure(facts, kind, m[1] ?? '', printedSize(m[3] ?? '', 'MiB'), line);
    },
  },
  {
    runtime: 'llama.cpp', needle: 'KV self size',
    pattern: new RegExp(`KV self size += +${MIB}(?:, K \\((\\w{1,12})\\): +[\\d.]{1,14} MiB, V \\((\\w{1,12})\\))?`),
    apply: (m, facts, line) => {
      addFigure(facts, 'kv_total', null, printedSize(m[1] ?? '', 'MiB'), line);
      if (m[2]) facts.settings.typeK = m[2];
      if (m[3]) facts.settings.typeV = m[3];
    },
  },
  {
    runtime: 'llama.cpp', needle: ' cells, ',
    pattern: new RegExp(`size = +${MIB} \\( *\\d{1,9} cells, +\\d{1,5} layers, +\\d{1,4}(?:/\\d{1,4})? seqs\\), K \\((\\w{1,12})\\): +[\\d.]{1,14} MiB, V \\((\\w{1,12})\\)`),
    apply: (m, facts, line) => {
      addFigure(facts, 'kv_total', null, printedSize(m[1] ?? '', 'MiB'), line);
      facts.settings.typeK = m[2] ?? 'f16';
      facts.settings.typeV = m[3] ?? 'f16';
    },
  },
  {
    runtime: 'llama.cpp', needle: 'type_k',
    pattern: /type_k = '(\w{1,12})', type_v = '(\w{1,12})'/,
    apply: (m, facts) => { facts.settings.typeK = m[1] ?? 'f16'; facts.settings.typeV = m[2] ?? 'f16'; },
  },
  {
    // the weights are allocated between these lines and the first context line
    runtime: 'llama.cpp', needle: 'load', pattern: /loading model tensors|llm_load_tensors: ggml ctx size/,
    apply: (_m, facts) => { facts.loadingWeights = true; },
  },
  setting('n_ctx', /\bn_ctx += +(\d{1,8})\b/, (v, f) => { f.settings.contextTokens = int(v); f.loadingWeights = false; }),
  setting('n_ctx', /\bn_ctx_(?:per_)?seq += +(\d{1,8})/, (v, f) => { f.settings.contextPerSequence = int(v); }),
  setting('n_ctx_slot', /\bn_ctx_slot = (\d{1,8})/, (v, f) => { f.settings.contextPerSequence = int(v); }),
  setting('n_seq_max', /\bn_seq_max += +(\d{1,5})/, (v, f) => { f.settings.sequences = int(v); }),
  setting('n_batch', /\bn_batch += +(\d{1,6})/, (v, f) => { f.settings.batch = int(v); }),
  setting('n_ubatch', /\bn_ubatch += +(\d{1,6})/, (v, f) => { f.settings.ubatch = int(v); }),
  setting('kv_unified', /\bkv_unified += +'?(true|false)/, (v, f) => { f.settings.kvUnified = v === 'true'; }),
  setting('flash_attn', /\bflash_attn += +(\w{1,8})/, (v, f) => {
    const fa = FLASH_ATTENTION[v];
    if (fa) f.settings.flashAttention = fa;
  }),
  setting('Flash Attention was auto', /Flash Attention was auto, set to (enabled|disabled)/, (v, f) => {
    f.settings.flashAttention = v === 'enabled' ? 'on' : 'off';
  }),
  setting('enabling flash_attn', /enabling flash_attn since it is required/, (_v, f) => { f.settings.flashAttention = 'on'; }),
  {
    runtime: 'llama.cpp', needle: 'layers to GPU',
    pattern: /offloaded (\d{1,4})\/(\d{1,4}) layers to GPU/,
    apply: (m, facts) => { facts.settings.offloadedLayers = int(m[1]); facts.settings.offloadableLayers = int(m[2]); },
  },
  {
    runtime: 'llama.cpp', needle: 'Malloc failed',
    pattern: new RegExp(`allocating ${MIB} on device (\\d{1,2}): (?:cuda|hip)Malloc failed`),
    apply: (m, facts, line) => {
      facts.lastAllocLine = line;
      addFailure(facts, {
        code: 'gpu_alloc_failed', stage: facts.loadingWeights ? 'weights' : 'unknown', device: `CUDA${m[2] ?? ''}`,
        size: printedSize(m[1] ?? '', 'MiB') ?? null, line, recovered: false,
      });
    },
  },
  {
    runtime: 'llama.cpp', needle: 'Device memory allocation of size',
    pattern: /Device memory allocation of size (\d{1,14}) failed/,
    apply: (m, facts, line) => addFailure(facts, {
      code: 'gpu_alloc_failed', stage: facts.loadingWeights ? 'weights' : 'unknown', device: 'Vulkan', size: printedBytes(m[1] ?? '') ?? null, line, recovered: false,
    }),
  },
  {
    // ggml-alloc names the buffer type and the exact bytes; the graph allocator (gallocr) only sizes compute buffers
    runtime: 'llama.cpp', needle: 'failed to allocate',
    pattern: /(ggml_gallocr_reserve_n\w{0,8}|alloc_tensor_range): failed to allocate (\S{1,40}) buffer of size (\d{1,14})/,
    apply: (m, facts, line) => {
      const device = m[2] ?? '';
      const stage: AllocStage = m[1]?.startsWith('ggml_gallocr') ? 'compute' : 'unknown';
      // the cudaMalloc line just before names the same allocation (or was that failure again, already recorded)
      const same = facts.failures.findLast((f) => f.code === 'gpu_alloc_failed' && f.line >= line - 3 && (f.device === device || f.device === ''));
      const recent = facts.failures.findLast((f) => f.code === 'gpu_alloc_failed' && f.device === device);
      if (same?.code === 'gpu_alloc_failed' || (recent?.code === 'gpu_alloc_failed' && repeatsOf(facts, line))) {
        const failure = (same ?? recent) as Extract<LogFailure, { code: 'gpu_alloc_failed' }>;
        if (stage !== 'unknown') failure.stage = stage;
        return;
      }
      const size = printedBytes(m[3] ?? '') ?? null;
      if (/^CPU/i.test(device)) addFailure(facts, { code: 'host_alloc_failed', stage, size, line, recovered: false });
      else addFailure(facts, { code: 'gpu_alloc_failed', stage, device, size, line, recovered: false });
    },
  },
  {
    runtime: 'llama.cpp', needle: 'cpu_buffer_type_alloc_buffer',
    pattern: /cpu_buffer_type_alloc_buffer: failed to allocate buffer of size (\d{1,14})/,
    apply: (m, facts, line) => addFailure(facts, { code: 'host_alloc_failed', stage: 'unknown', size: printedBytes(m[1] ?? '') ?? null, line, recovered: false }),
  },
  { runtime: 'llama.cpp', needle: 'for kv cache', pattern: /failed to allocate buffer for kv cache/, apply: (_m, f, line) => explainAllocation(f, 'kv_cache', line) },
  { runtime: 'llama.cpp', needle: 'compute buffers', pattern: /failed to allocate compute buffers/, apply: (_m, f, line) => explainAllocation(f, 'compute', line) },
  { runtime: 'llama.cpp', needle: 'output buffer of size', pattern: /failed to allocate output buffer/, apply: (_m, f, line) => explainAllocation(f, 'output', line) },
  {
    runtime: 'llama.cpp', needle: 'unable to allocate', pattern: /unable to allocate (?:backend|\S{1,40}) buffer/,
    apply: (_m, f, line) => explainAllocation(f, 'weights', line),
  },
  {
    runtime: null, needle: 'error: out of memory', pattern: /(?:CUDA|HIP|ROCm) error: out of memory/,
    apply: (_m, facts, line) => addFailure(facts, { code: 'cuda_oom', line }),
  },
  {
    runtime: 'llama.cpp', needle: 'fit', pattern: /cannot fulfill margin of|failed to fit params to free device memory/,
    apply: (_m, facts, line) => addFailure(facts, { code: 'fit_failed', line }),
  },
];
