// Does a chat message hold a runtime log, or is it a question (perhaps quoting one error line)? Literal
// look-ups only, over a bounded prefix of the message: cheap enough to run on every message a door sees.
import type { LogRuntime } from './log-facts.js';
import { LOG_LIMITS } from './log-lines.js';

interface MarkerGroup {
  readonly runtime: LogRuntime;
  /** any of these marks the group; a group counts once however often it appears */
  readonly literals: readonly string[];
}

/** Line shapes the runtimes print (see llama-cpp-lines.ts, ollama-lines.ts, vllm-lines.ts for their sources). */
const MARKERS: readonly MarkerGroup[] = [
  { runtime: 'llama.cpp', literals: ['load_tensors:', 'llama_context:', 'llama_new_context_with_model:', 'print_info:', 'llm_load_print_meta:', 'llama_model_loader:', 'llama_kv_cache', 'sched_reserve:', 'ggml_cuda_init:', 'llama_init_from_model:'] },
  { runtime: 'llama.cpp', literals: ['buffer size ='] },
  { runtime: 'llama.cpp', literals: ['layers to GPU'] },
  { runtime: 'llama.cpp', literals: ['KV self size'] },
  { runtime: 'llama.cpp', literals: ['cudaMalloc failed', 'hipMalloc failed', 'failed to allocate'] },
  { runtime: 'llama.cpp', literals: ['memory breakdown [MiB]', 'llama_params_fit', 'common_params_fit'] },
  { runtime: 'llama.cpp', literals: ['CUDA error: out of memory'] },
  { runtime: 'ollama', literals: ['memory.required.', 'memory.weights.', 'layers.offload='] },
  { runtime: 'ollama', literals: ['level=INFO source=', 'level=WARN source=', 'level=ERROR source=', 'msg="offload', 'msg="model weights"'] },
  { runtime: 'ollama', literals: ['model requires more system memory', 'llama runner process has terminated'] },
  { runtime: 'pytorch', literals: ['CUDA out of memory. Tried to allocate'] },
  { runtime: 'vllm', literals: ['GPU KV cache size', 'Available KV cache memory', 'Loading model weights took', 'Model loading took', 'model weights take', '# GPU blocks'] },
  { runtime: 'vllm', literals: ['KV cache is needed', 'No available memory for the cache blocks', 'maximum number of tokens that can be stored in KV cache'] },
];

/** Words of a question around the pasted lines: then a lone error line is quoted, not the message itself. */
const QUESTION = /[?？]|\b(?:how|what|why|can|could|does|do|should|is it)\b|ですか|でしょうか|なぜ|どう|教えて/i;

/** Three kinds of line are a log whatever words surround them. */
const ALWAYS_A_LOG = 3;

export interface LogDetection {
  /** the message is (mostly) a pasted runtime log: explain it */
  readonly isLog: boolean;
  /** the runtime the lines come from, when one is recognised */
  readonly runtime: LogRuntime | null;
  /** distinct kinds of runtime line found */
  readonly markers: number;
  /** the words around the lines ask something */
  readonly asks: boolean;
}

const PRIORITY: readonly LogRuntime[] = ['vllm', 'ollama', 'llama.cpp', 'pytorch'];

export function detectRuntimeLog(text: string): LogDetection {
  const capped = text.slice(0, LOG_LIMITS.maxChars);
  const runtimes = new Set<LogRuntime>();
  let markers = 0;
  const hits: number[] = [];
  for (const group of MARKERS) {
    let at = -1;
    for (const literal of group.literals) {
      const found = capped.indexOf(literal);
      if (found >= 0 && (at < 0 || found < at)) at = found;
    }
    if (at < 0) continue;
    markers++;
    runtimes.add(group.runtime);
    hits.push(at);
  }
  // the words before the first log line say whether the message asks something about it
  const first = hits.length ? Math.min(...hits) : capped.length;
  const asks = QUESTION.test(capped.slice(Math.max(0, first - 2000), first));
  const runtime = PRIORITY.find((r) => runtimes.has(r)) ?? null;
  return { isLog: markers >= ALWAYS_A_LOG || (markers >= 1 && !asks), runtime, markers, asks };
}

/** The one call a door needs: explain it as a log (true) or read it as a question (false). */
export function isRuntimeLog(text: string): boolean {
  return detectRuntimeLog(text).isLog;
}
