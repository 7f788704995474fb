// A pasted log → what failed, what each buffer took in the log's own figures, llmmem's estimate of the same run
// beside them, and the changes that fix it. Neutral data: the text, Discord and Slack renderers all draw from it.
import type { Estimate } from '../estimate/estimate.js';
import { compareFigures, type ComparedFigure } from './compare-figures.js';
import { ggufFixes } from './fixes-gguf.js';
import { vllmFixes } from './fixes-vllm.js';
import { tryRequest, type AskLlmmem, type LogFix, type Trial } from './log-fix.js';
import type { LogFacts, LogFailure } from './log-facts.js';
import { LOG_LIMITS } from './log-lines.js';
import type { LogNote } from './log-notes.js';
import { isGpuDevice } from './log-gpu.js';
import { runOfLog } from './log-run.js';
import { ramFixes } from './fixes-ram.js';
import { readLog } from './read-log.js';

export interface LogExplanation {
  readonly facts: LogFacts;
  /** what stopped the run, or null when the log shows no failure */
  readonly failure: LogFailure | null;
  /** the llmmem command for the same run, and llmmem's estimate of it */
  readonly command: string | null;
  readonly estimate: Estimate | null;
  readonly comparison: readonly ComparedFigure[];
  readonly fixes: readonly LogFix[];
  readonly notes: readonly LogNote[];
}

const INFORMATIONAL = new Set(['cuda_oom', 'fit_failed']);

/** The failure that stopped the run: an unrecovered allocation or refusal first, a runtime OOM next. */
export function decisiveFailure(facts: LogFacts): LogFailure | null {
  const open = facts.failures.filter((f) => !('recovered' in f) || !f.recovered);
  return open.find((f) => !INFORMATIONAL.has(f.code)) ?? open.find((f) => f.code === 'cuda_oom') ?? open[0] ?? null;
}

function contextNotes(facts: LogFacts, notes: LogNote[]): void {
  if (facts.truncated) notes.push({ code: 'log_truncated', maxChars: LOG_LIMITS.maxChars });
  if (facts.figures.some((f) => f.key.startsWith('ollama_required') || f.key === 'ollama_graph_full')) notes.push({ code: 'ollama_estimate' });
  const { offloadedLayers: on, offloadableLayers: of } = facts.settings;
  if (on !== undefined && of !== undefined && on < of) notes.push({ code: 'partial_offload', offloaded: on, total: of });
  if (facts.asked.expertsOnCpu || (facts.asked.cpuMoeLayers ?? 0) > 0) notes.push({ code: 'experts_on_cpu' });
  for (const f of facts.failures) {
    if ((f.code === 'gpu_alloc_failed' || f.code === 'host_alloc_failed') && f.recovered) {
      notes.push({ code: 'failure_recovered', device: f.code === 'gpu_alloc_failed' ? f.device : 'CPU', size: f.size });
    }
  }
}

/** The first way of naming the model that llmmem resolves. */
function firstAnswer(commands: readonly string[], ask: AskLlmmem): Trial | null {
  for (const command of commands) {
    const estimate = ask(command);
    if (estimate) return { command, estimate };
  }
  return null;
}

/**
 * llmmem says it fits, yet an allocation failed: the card had less free than llmmem assumes. What it did hold is
 * known, the buffers allocated on that device before the failure, so fixes are sized to that.
 */
function capacityFromLog(facts: LogFacts, failure: LogFailure | null, base: Trial, ask: AskLlmmem, notes: LogNote[]): Trial {
  if (!base.estimate.fit?.fits || !failure || !['gpu_alloc_failed', 'cuda_oom', 'torch_oom'].includes(failure.code)) return base;
  notes.push({ code: 'estimate_fits_but_log_failed' });
  if (failure.code !== 'gpu_alloc_failed') return base;
  const gpus = base.estimate.fit.gpuCount;
  const allocated = facts.figures
    .filter((f) => f.line < failure.line && isGpuDevice(f.device) && (failure.device === '' || f.device === failure.device))
    .filter((f) => ['weights', 'kv_cache', 'compute', 'output'].includes(f.key))
    .reduce((sum, f) => sum + f.size.bytes, 0);
  const perGpu = (failure.device === '' ? allocated / gpus : allocated) + base.estimate.runtimeReserveBytes / gpus;
  if (allocated <= 0 || perGpu >= base.estimate.fit.gpuMemoryBytes) return base;
  const gib = Math.floor((perGpu / 1024 ** 3) * 100) / 100;
  const sized = tryRequest(ask, { ...base.estimate.request, gpu: { kind: 'size', memoryGiB: gib } });
  if (!sized) return base;
  notes.push({ code: 'capacity_from_log', bytes: Math.round(perGpu) });
  return sized;
}

function fixesFor(facts: LogFacts, failure: LogFailure | null, base: Trial, ask: AskLlmmem): LogFix[] {
  if (failure?.code === 'ollama_system_memory') return ramFixes(failure, base, ask);
  switch (facts.runtime) {
    case 'llama.cpp':
    case 'ollama':
      return ggufFixes(facts.runtime, base, failure, ask);
    case 'vllm':
      return vllmFixes(facts, base, failure, ask);
    default:
      return [];
  }
}

export function explainFacts(facts: LogFacts, ask: AskLlmmem): LogExplanation {
  const failure = decisiveFailure(facts);
  const notes: LogNote[] = [];
  contextNotes(facts, notes);
  const run = runOfLog(facts, notes);
  const base = run ? firstAnswer(run.commands, ask) : null;
  if (!base) {
    notes.push({ code: 'model_unknown' });
    return { facts, failure, command: null, estimate: null, comparison: [], fixes: [], notes };
  }
  if (!base.estimate.fit) notes.push({ code: 'gpu_unknown' });
  const target = capacityFromLog(facts, failure, base, ask, notes);
  return {
    facts, failure, command: base.command, estimate: base.estimate,
    comparison: compareFigures(facts, base.estimate),
    fixes: fixesFor(facts, failure, target, ask),
    notes,
  };
}

export function explainLog(text: string, ask: AskLlmmem): LogExplanation {
  return explainFacts(readLog(text), ask);
}
