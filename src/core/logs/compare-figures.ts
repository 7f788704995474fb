// The log's own totals beside llmmem's estimate of the same run: weights, KV cache, compute buffer, all VRAM.
// A runtime prints one buffer per device; the comparison adds them up, and says when a figure is an estimate
// (ollama's memory.*) or one GPU's share (vLLM under tensor parallelism).
import type { Estimate } from '../estimate/estimate.js';
import type { FigureKey, LogFacts, LogFigure } from './log-facts.js';
import { isGpuDevice } from './log-gpu.js';

export const COMPARED_KEYS = ['weights', 'kv_cache', 'compute', 'vram'] as const;
export type ComparedKey = (typeof COMPARED_KEYS)[number];

export interface ComparedFigure {
  readonly key: ComparedKey;
  /** the log's figure in bytes */
  readonly logBytes: number;
  /** one printed figure, a sum over devices, ollama's own estimate, one GPU's share, or the allocation that failed */
  readonly source: 'printed' | 'sum' | 'ollama_estimate' | 'per_gpu' | 'failed';
  readonly llmmemBytes: number;
}

const MIB = 1024 ** 2;

function ofKey(facts: LogFacts, key: FigureKey): LogFigure[] {
  return facts.figures.filter((f) => f.key === key);
}

/** Sum of the figures, counting a value printed twice once (builds print a cache's size in two lines). */
function total(figures: readonly LogFigure[], distinct: boolean): number {
  const seen = new Set<string>();
  let sum = 0;
  for (const f of figures) {
    const id = distinct ? f.size.value : `${f.device}:${f.line}`;
    if (seen.has(id)) continue;
    seen.add(id);
    sum += f.size.bytes;
  }
  return sum;
}

type LogSide = Omit<ComparedFigure, 'key' | 'llmmemBytes'>;

const summed = (figures: readonly LogFigure[], distinct = false): LogSide | null =>
  figures.length ? { logBytes: total(figures, distinct), source: figures.length > 1 ? 'sum' : 'printed' } : null;

const estimated = (figures: readonly LogFigure[]): LogSide | null =>
  figures[0] ? { logBytes: figures[0].size.bytes, source: 'ollama_estimate' } : null;

function weightsSide(facts: LogFacts, gpus: number): LogSide | null {
  // mmapped CPU buffers overlap tensors copied to the GPUs: the file's printed size is the model's weights
  if (facts.model.fileSize) return { logBytes: facts.model.fileSize.bytes, source: 'printed' };
  const vllm = ofKey(facts, 'vllm_weights')[0];
  if (vllm) return { logBytes: vllm.size.bytes, source: gpus > 1 ? 'per_gpu' : 'printed' };
  return summed(ofKey(facts, 'weights')) ?? estimated(ofKey(facts, 'ollama_weights_total'));
}

/** What the failed allocation asked for: the whole KV cache on a single GPU, or one device's compute buffer. */
function failedSide(facts: LogFacts, stage: 'kv_cache' | 'compute', gpus = 1): LogSide | null {
  if (stage === 'kv_cache' && gpus > 1) return null;
  const failure = facts.failures.find((f) => f.code === 'gpu_alloc_failed' && f.stage === stage && !f.recovered);
  return failure?.code === 'gpu_alloc_failed' && failure.size ? { logBytes: failure.size.bytes, source: 'failed' } : null;
}

function kvSide(facts: LogFacts, gpus: number): LogSide | null {
  const needed = facts.failures.find((f) => f.code === 'vllm_context_too_long');
  if (needed?.code === 'vllm_context_too_long' && needed.needed) return { logBytes: needed.needed.bytes, source: 'printed' };
  return summed(ofKey(facts, 'kv_total'), true) ?? summed(ofKey(facts, 'kv_cache')) ?? failedSide(facts, 'kv_cache', gpus) ??
    estimated(ofKey(facts, 'ollama_required_kv'));
}

function computeSide(facts: LogFacts): LogSide | null {
  const gpu = ofKey(facts, 'compute').filter((f) => isGpuDevice(f.device));
  const largest = gpu.reduce<LogFigure | null>((best, f) => (!best || f.size.bytes > best.size.bytes ? f : best), null);
  return largest ? { logBytes: largest.size.bytes, source: 'printed' } : failedSide(facts, 'compute') ?? estimated(ofKey(facts, 'ollama_graph_full'));
}

function vramSide(facts: LogFacts): LogSide | null {
  const rows = facts.breakdown.filter((row) => row.totalMiB !== null);
  if (rows.length) return { logBytes: rows.reduce((sum, row) => sum + row.selfMiB * MIB, 0), source: rows.length > 1 ? 'sum' : 'printed' };
  return summed(ofKey(facts, 'ollama_total')) ?? estimated(ofKey(facts, 'ollama_required_full'));
}

export function compareFigures(facts: LogFacts, estimate: Estimate): ComparedFigure[] {
  const gpus = estimate.fit?.gpuCount ?? 1;
  const perGpu = (bytes: number, side: LogSide) => (side.source === 'per_gpu' ? Math.round(bytes / gpus) : bytes);
  const sides: [ComparedKey, LogSide | null, number][] = [
    ['weights', weightsSide(facts, gpus), estimate.weightsBytes],
    ['kv_cache', kvSide(facts, gpus), estimate.kvCacheBytes],
    ['compute', computeSide(facts), estimate.computeBytes],
    ['vram', vramSide(facts), estimate.vramBytes],
  ];
  return sides.flatMap(([key, side, llmmem]) => (side ? [{ key, ...side, llmmemBytes: perGpu(llmmem, side) }] : []));
}
