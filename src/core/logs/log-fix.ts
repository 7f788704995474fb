// A change that fixes the failed run, as the runtime's own flags, with the llmmem command that asks about the
// changed run. Trials run through an injected `ask` (the same pipeline the doors call), so every figure is
// llmmem's own estimate of the changed run.
import type { Estimate } from '../estimate/estimate.js';
import { requestToCommand } from '../parse/to-command.js';
import type { EstimateRequest } from '../request.js';

export const FIX_KINDS = [
  'kv_quant', 'flash_attention', 'context', 'ubatch', 'gpu_layers', 'moe_offload',
  'max_model_len', 'gpu_memory_utilization', 'tensor_parallel', 'kv_fp8', 'smaller_quant',
] as const;
export type FixKind = (typeof FIX_KINDS)[number];

export interface LogFix {
  readonly kind: FixKind;
  /** the runtime's own flags or settings that apply it: `-c 16384`, `num_gpu 20`, `--max-model-len 34736` */
  readonly flags: string;
  /** the number the fix sets (context tokens, -ub, layers, --n-cpu-moe, GPUs, utilization), null for a switch */
  readonly value: number | null;
  /** the llmmem command for the changed run, or null where llmmem has no such option (--n-cpu-moe, utilization) */
  readonly command: string | null;
  /** llmmem's VRAM (or, for system-memory failures, RAM) for the changed run */
  readonly bytes: number | null;
  /** does the changed run fit; null when no GPU is known to check it against */
  readonly fits: boolean | null;
  /** whose numbers say so: llmmem's estimate of the changed run, or the log's own figures */
  readonly basis: 'llmmem' | 'log';
}

/** The pipeline: a command → llmmem's estimate, or null when the command does not resolve. */
export type AskLlmmem = (command: string) => Estimate | null;

export interface Trial {
  readonly command: string;
  readonly estimate: Estimate;
}

export function tryRequest(ask: AskLlmmem, request: EstimateRequest): Trial | null {
  const command = requestToCommand({ ...request, contextMax: false });
  const estimate = ask(command);
  return estimate ? { command, estimate } : null;
}

/**
 * A changed run counts as a fix when it fits with a margin left on each card: llama.cpp's own --fit aims to keep
 * 1024 MiB free per device (`fit_params_target`, common/common.h,
 * https://github.com/ollama/ollama/blob/ef00199fb4e6d045e11e76baaab9049f3234939d/llama/llama.cpp/common/common.h),
 * since the desktop and other programs hold some. vLLM's gpu_memory_utilization already leaves its share.
 */
export const FIX_MARGIN_BYTES = { 'llama.cpp': 1024 * 1024 ** 2, ollama: 1024 * 1024 ** 2, vllm: 0 } as const;

export function fitsGpu(trial: Trial | null): trial is Trial {
  const fit = trial?.estimate.fit;
  if (!fit?.fits) return false;
  const margin = (FIX_MARGIN_BYTES as Readonly<Record<string, number>>)[trial?.estimate.runtime ?? ''] ?? 0;
  return fit.headroomBytes >= margin * fit.gpuCount;
}

/** A fix checked by asking llmmem about the changed run. */
export function checkedFix(kind: FixKind, flags: string, value: number | null, trial: Trial): LogFix {
  return { kind, flags, value, command: trial.command, bytes: trial.estimate.vramBytes, fits: trial.estimate.fit?.fits ?? null, basis: 'llmmem' };
}

const CONTEXT_STEP = 1024;

/** The longest context below `below`, in steps of 1024, that llmmem says fits (binary search: fit is monotonic in context). */
export function longestFittingContext(ask: AskLlmmem, request: EstimateRequest, below: number): Trial | null {
  let low = 1;
  let high = Math.floor((below - 1) / CONTEXT_STEP);
  let best: Trial | null = null;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const trial = tryRequest(ask, { ...request, contextTokens: mid * CONTEXT_STEP });
    if (fitsGpu(trial)) { best = trial; low = mid + 1; } else high = mid - 1;
  }
  return best;
}
