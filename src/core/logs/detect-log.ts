// Does a chat message hold a runtime log, or is it a question (perhaps quoting one error line)? Literal
// look-ups only, over a bounded prefix of the message: cheap enough to run on every message a door sees.
import type { LogRuntime } from './log-facts.js';
import { LOG_LIMITS } from './log-lines.js';

interface MarkerGroup {
  readonly runtime: LogRuntime;
  /** a line of this kind carries figures or a failure: alone it is a pasted log; a bare prefix is not */
  readonly strong: boolean;
  /** any of these marks the group */
  readonly literals: readonly string[];
}

/** Line shapes the runtimes print (see llama-cpp-lines.ts, ollama-lines.ts, vllm-lines.ts for their sources). */
const MARKERS: readonly MarkerGroup[] = [
  { runtime: 'llama.cpp', strong: false, literals: ['load_tensors:', 'llama_context:', 'llama_new_context_with_model:', 'print_info:', 'llm_load_print_meta:', 'llama_model_loader:', 'llama_kv_cache', 'sched_reserve:', 'ggml_cuda_init:', 'llama_init_from_model:'] },
  { runtime: 'llama.cpp', strong: true, literals: ['buffer size =', 'layers to GPU', 'KV self size', 'cudaMalloc failed', 'hipMalloc failed', 'memory breakdown [MiB]', 'Device memory allocation of size'] },
  { runtime: 'llama.cpp', strong: false, literals: ['failed to allocate', 'llama_params_fit', 'common_params_fit', 'CUDA error: out of memory'] },
  { runtime: 'ollama', strong: true, literals: ['memory.required.', 'memory.weights.', 'layers.offload=', 'msg="model weights"', 'model requires more system memory'] },
  { runtime: 'ollama', strong: false, literals: ['level=INFO source=', 'level=WARN source=', 'level=ERROR source=', 'llama runner process has terminated'] },
  { runtime: 'pytorch', strong: true, literals: ['CUDA out of memory. Tried to allocate'] },
  { runtime: 'vllm', strong: true, literals: ['GPU KV cache size', 'Available KV cache memory', 'Loading model weights took', 'Model loading took', 'model weights take', '# GPU blocks', 'GiB KV cach', 'No available memory for the cache blocks', 'maximum number of tokens that can be stored in KV cache'] },
];

/** Words of a question before the pasted lines: then a lone error line is quoted, not the message itself. */
const QUESTION = /[?？]|\b(?:how|what|why|can|could|does|do|should|is it)\b|ですか|でしょうか|なぜ|どう|教えて/i;

/** This many lines of runtime output are a log whatever words surround them. */
const ALWAYS_A_LOG = 3;

export interface LogDetection {
  /** the message is (mostly) a pasted runtime log: explain it */
  readonly isLog: boolean;
  /** the runtime the lines come from, when one is recognised */
  readonly runtime: LogRuntime | null;
  /** lines that carry a runtime's marks */
  readonly logLines: number;
  /** the words before the first such line ask something */
  readonly asks: boolean;
}

const PRIORITY: readonly LogRuntime[] = ['vllm', 'ollama', 'llama.cpp', 'pytorch'];

export function detectRuntimeLog(text: string): LogDetection {
  const lines = text.slice(0, LOG_LIMITS.maxChars).split('\n', LOG_LIMITS.maxLines);
  const runtimes = new Set<LogRuntime>();
  let logLines = 0;
  let strong = false;
  let firstLine = -1;
  let firstAt = 0;
  lines.forEach((line, index) => {
    let marked = false;
    for (const group of MARKERS) {
      const at = group.literals.reduce((best, literal) => {
        const found = line.indexOf(literal);
        return found >= 0 && (best < 0 || found < best) ? found : best;
      }, -1);
      if (at < 0) continue;
      if (!marked && firstLine < 0) { firstLine = index; firstAt = at; }
      marked = true;
      strong ||= group.strong;
      runtimes.add(group.runtime);
    }
    if (marked) logLines++;
  });
  // the words before the first log line say whether the message asks something about it
  const before = firstLine < 0 ? lines.join('\n') : [...lines.slice(0, firstLine), (lines[firstLine] ?? '').slice(0, firstAt)].join('\n');
  const asks = QUESTION.test(before.slice(-2000));
  const runtime = PRIORITY.find((r) => runtimes.has(r)) ?? null;
  return { isLog: logLines >= ALWAYS_A_LOG || (strong && !asks), runtime, logLines, asks };
}

/** The one call a door needs: explain it as a log (true) or read it as a question (false). */
export function isRuntimeLog(text: string): boolean {
  return detectRuntimeLog(text).isLog;
}
