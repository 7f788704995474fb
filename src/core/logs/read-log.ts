// A pasted runtime log → LogFacts. Each line is offered to every rule whose literal it contains; rules whose
// message may wrap (Python exceptions) see the line joined with the next two. Work and memory are bounded by
// LOG_LIMITS and FACT_LIMITS whatever the input.
import { isCommandLine, readCommandLine } from './command-line.js';
import type { LineRule } from './line-rule.js';
import { LLAMA_CPP_LINES } from './llama-cpp-lines.js';
import { LLAMA_CPP_MODEL_LINES } from './llama-cpp-model.js';
import { emptyFacts, FACT_LIMITS, type FigureKey, type LogFacts, type LogRuntime } from './log-facts.js';
import { LOG_LIMITS, toLogLines } from './log-lines.js';
import { OLLAMA_LINES } from './ollama-lines.js';
import { VLLM_LINES } from './vllm-lines.js';

export const LOG_RULES: readonly LineRule[] = [...LLAMA_CPP_LINES, ...LLAMA_CPP_MODEL_LINES, ...OLLAMA_LINES, ...VLLM_LINES];

/** Lines a wrapped message may run over (a 120-column terminal wraps vLLM's ValueError twice). */
const JOINED_LINES = 3;

/**
 * Prefixes of llama.cpp builds before March 2025. Flash attention was off unless -fa was given until PR #15434
 * ("llama: use FA + max. GPU layers by default", August 2025) made it `auto`, so such a log without a flash_attn
 * line ran without it (https://github.com/ggml-org/llama.cpp/pull/15434).
 */
const LEGACY_PREFIX = /\b(?:llm_load_tensors|llama_new_context_with_model|llm_load_print_meta|llama_kv_cache_init):/;

/** The model loaded after all: llama-server's slots, llama-cli's prompt loop, ollama's runner (llm/server.go "llama runner started"). */
const LOADED = /load_model: initializing\b|server is listening on|main: model loaded|llama runner started in|== Running in interactive mode/;

function joined(lines: readonly string[], index: number): string {
  return lines.slice(index, index + JOINED_LINES).join('').slice(0, LOG_LIMITS.maxLineChars * JOINED_LINES);
}

const STAGE_FIGURE: Readonly<Record<string, FigureKey>> = { compute: 'compute', kv_cache: 'kv_cache', weights: 'weights' };

/** A compute buffer printed after its allocation failed means a retry succeeded (sched_reserve retries without pipeline parallelism). */
function settleRecoveries(facts: LogFacts): void {
  for (const failure of facts.failures) {
    if (failure.code !== 'gpu_alloc_failed' && failure.code !== 'host_alloc_failed') continue;
    const key = STAGE_FIGURE[failure.stage];
    const device = failure.code === 'gpu_alloc_failed' ? failure.device : '';
    const loadedLater = facts.loadedAtLine !== null && facts.loadedAtLine > failure.line;
    failure.recovered = loadedLater || (key !== undefined && facts.figures.some((f) =>
      f.key === key && f.line > failure.line && (device === '' || f.device === device)));
  }
}

/** vLLM and ollama carry llama.cpp's or PyTorch's lines inside their own: the outer runtime is the one run. */
function runtimeOf(seen: ReadonlySet<LogRuntime>, text: string): LogRuntime | null {
  if (seen.has('vllm') || (seen.has('pytorch') && /\bvllm\b|EngineCore|VllmWorker/i.test(text))) return 'vllm';
  if (seen.has('ollama') || (seen.has('llama.cpp') && /\bollama\b/i.test(text))) return 'ollama';
  if (seen.has('llama.cpp')) return 'llama.cpp';
  return seen.has('pytorch') ? 'pytorch' : null;
}

export function readLog(text: string): LogFacts {
  const { lines, truncated } = toLogLines(text);
  const facts = emptyFacts();
  facts.truncated = truncated;
  facts.linesRead = lines.length;
  const seen = new Set<LogRuntime>();
  lines.forEach((line, index) => {
    let recognised = false;
    for (const rule of LOG_RULES) {
      if (!line.includes(rule.needle)) continue;
      const match = rule.pattern.exec(rule.joinsLines ? joined(lines, index) : line);
      if (!match) continue;
      rule.apply(match, facts, index + 1);
      recognised = true;
      if (rule.runtime) seen.add(rule.runtime);
    }
    if (isCommandLine(line) && readCommandLine(line, facts)) recognised = true;
    if (LEGACY_PREFIX.test(line)) facts.legacyPrefixes = true;
    if (LOADED.test(line)) facts.loadedAtLine = index + 1;
    if (recognised) facts.linesRecognised++;
    else if (facts.prose.length < FACT_LIMITS.proseLines) facts.prose.push(line.slice(0, FACT_LIMITS.proseChars));
  });
  settleRecoveries(facts);
  facts.runtime = runtimeOf(seen, text.slice(0, LOG_LIMITS.maxChars));
  return facts;
}
