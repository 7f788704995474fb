// Fixes for a vLLM start-up that ran out of memory: a shorter --max-model-len, an fp8 KV cache, more GPUs with
// tensor parallelism (checked on llmmem's estimate), or a larger --gpu-memory-utilization (from the log's own figures).
import { VLLM_GPU_MEMORY_UTILIZATION } from '../runtimes/vllm.js';
import type { LogFacts, LogFailure } from './log-facts.js';
import { checkedFix, fitsGpu, longestFittingContext, tryRequest, type AskLlmmem, type LogFix, type Trial } from './log-fix.js';

/**
 * Above this share the CUDA context, NCCL buffers and captured graphs outside vLLM's profile have too little room:
 * vLLM's own errors suggest raising utilization, and 0.95 is the highest that published runs use
 * (4×A100 at 0.95, https://github.com/vllm-project/vllm/issues/16570; 0.99 ran with 0.20 GiB left, vllm PR #14447).
 */
const MAX_UTILIZATION = 0.95;

const TP_SIZES = [2, 4, 8] as const;

function utilizationOf(facts: LogFacts): number {
  return facts.settings.gpuMemoryUtilization ?? facts.asked.gpuMemoryUtilization ?? VLLM_GPU_MEMORY_UTILIZATION;
}

function gpuTotalBytes(facts: LogFacts, base: Trial | null): number | undefined {
  return facts.figures.find((f) => f.key === 'vllm_total_gpu')?.size.bytes ??
    facts.devices.find((d) => d.totalBytes)?.totalBytes ?? base?.estimate.fit?.gpuMemoryBytes;
}

/** The utilization that frees what the log says was missing, from the log's own figures. */
function utilizationFix(facts: LogFacts, failure: LogFailure, base: Trial | null): LogFix | null {
  const total = gpuTotalBytes(facts, base);
  if (!total) return null;
  if (failure.code === 'vllm_free_memory') {
    const share = Math.floor((failure.free.bytes / failure.total.bytes) * 100 - 1) / 100;
    return share > 0 ? { kind: 'gpu_memory_utilization', flags: `--gpu-memory-utilization ${share.toFixed(2)}`, value: share, command: null, bytes: null, fits: null, basis: 'log' } : null;
  }
  if (failure.code !== 'vllm_context_too_long' || !failure.needed || !failure.available) return null;
  const wanted = Math.ceil(((utilizationOf(facts) * total + failure.needed.bytes - failure.available.bytes) / total) * 100) / 100;
  if (wanted > MAX_UTILIZATION) return null;
  return { kind: 'gpu_memory_utilization', flags: `--gpu-memory-utilization ${wanted.toFixed(2)}`, value: wanted, command: null, bytes: null, fits: true, basis: 'log' };
}

/** --max-model-len: the shorter of the log's own estimate and the longest context llmmem says fits. */
function maxModelLenFix(failure: LogFailure | null, base: Trial, ask: AskLlmmem): LogFix | null {
  const fromLog = failure?.code === 'vllm_context_too_long' ? (failure.estimatedMaxLen ?? failure.kvTokens) : null;
  const fromLlmmem = base.estimate.fit ? longestFittingContext(ask, base.estimate.request, base.estimate.contextTokens) : null;
  const tokens = Math.min(fromLog ?? Number.POSITIVE_INFINITY, fromLlmmem?.estimate.contextTokens ?? Number.POSITIVE_INFINITY);
  if (!Number.isFinite(tokens) || tokens <= 0) return null;
  const trial = tryRequest(ask, { ...base.estimate.request, contextTokens: tokens });
  if (!trial) return null;
  const fix = checkedFix('max_model_len', `--max-model-len ${tokens}`, tokens, trial);
  if (fix.fits === true || fromLog === null) return fix;
  // vLLM's own estimate of the length that fits: no card to check it against, or llmmem disagrees (then no command)
  return { ...fix, basis: 'log', fits: true, command: fix.fits === null ? fix.command : null, bytes: fix.fits === null ? fix.bytes : null };
}

export function vllmFixes(facts: LogFacts, base: Trial, failure: LogFailure | null, ask: AskLlmmem): LogFix[] {
  const fixes: LogFix[] = [];
  const tooLong = failure?.code === 'vllm_context_too_long';
  const short = base.estimate.fit ? !base.estimate.fit.fits : tooLong;
  if (short) {
    const length = maxModelLenFix(failure, base, ask);
    if (length) fixes.push(length);
    if (base.estimate.request.kvPrecision !== 'fp8') {
      const fp8 = tryRequest(ask, { ...base.estimate.request, kvPrecision: 'fp8' });
      if (fitsGpu(fp8)) fixes.push(checkedFix('kv_fp8', '--kv-cache-dtype fp8', null, fp8));
    }
    if (base.estimate.fit && base.estimate.request.gpuCount === 1) {
      for (const gpus of TP_SIZES) {
        const trial = tryRequest(ask, { ...base.estimate.request, gpuCount: gpus });
        if (fitsGpu(trial)) { fixes.push(checkedFix('tensor_parallel', `--tensor-parallel-size ${gpus}`, gpus, trial)); break; }
      }
    }
  }
  const utilization = failure ? utilizationFix(facts, failure, base) : null;
  if (utilization) fixes.push(utilization);
  return fixes;
}
