// What to do when a model does not fit (and how far it can stretch when it does): each item is a real
// estimate of the changed request, with the whole llmmem command that asks for it and the runtime's own flags.
import { gpuById, GPUS, gpuMemoryBytes } from '../catalog/gpus.js';
import { formatOf } from '../catalog/formats.js';
import { estimate, type Estimate } from '../estimate/estimate.js';
import { fewestCpuMoeLayers } from '../estimate/placement.js';
import { requestToCommand } from '../parse/to-command.js';
import type { EstimateRequest, RuntimeId } from '../request.js';
import type { ResolvedModel } from '../resolve-model.js';
import { RUNTIMES } from '../runtimes/index.js';
import { RUNTIME_FLAGS, SMALLER_KV } from './flags.js';
import { PRECISION_LADDERS } from './ladders.js';
import { longestContext } from './longest-context.js';
import { decodeSpeed } from './speed.js';

export const ADVICE_KINDS = ['precision', 'context', 'kv-cache', 'moe-offload', 'offload', 'gpus', 'runtime'] as const;
export type AdviceKind = (typeof ADVICE_KINDS)[number];

export interface AdviceItem {
  readonly kind: AdviceKind;
  /** the whole llmmem command that applies it (asking it gives `fits` as said here) */
  readonly command: string;
  /** the runtime's own flags for it */
  readonly flags: readonly string[];
  readonly vramBytes: number;
  readonly fits: boolean;
  /** what the change is, for the sentence: a precision label, tokens, layers, a GPU count or name, a runtime */
  readonly value: string;
  /** system memory the change needs (offloading moves weights there) */
  readonly ramBytes: number;
  readonly runtime: RuntimeId;
  /** generation speed with the change, when the GPU is catalogued */
  readonly decodeTokensPerSecond: number | null;
}

/** Most GPUs of one kind a single box holds; training is sharded over nodes, up to the request limit. */
const MAX_GPUS_INFERENCE = 8;
const MAX_GPUS_TRAINING = 64;

function item(kind: AdviceKind, value: string, request: EstimateRequest, model: ResolvedModel, flags: readonly string[]): AdviceItem {
  const e = estimate(request, model);
  const gpu = request.gpu?.kind === 'catalog' ? gpuById(request.gpu.id) ?? null : null;
  return {
    kind, value, flags, command: requestToCommand(request), vramBytes: e.vramBytes, fits: e.fit?.fits === true,
    ramBytes: e.ramBytes, runtime: e.runtime, decodeTokensPerSecond: e.fit?.fits ? decodeSpeed(e, gpu)?.tokensPerSecond ?? null : null,
  };
}

/** The largest step of the runtime's ladder, below the precision shown, that fits. */
function smallerPrecision(base: Estimate, model: ResolvedModel): AdviceItem | null {
  const current = base.precision.bitsPerWeight;
  for (const step of PRECISION_LADDERS[base.runtime]) {
    const bits = step.bitsPerWeight ?? formatOf(step.id).bitsPerWeight;
    if (bits >= current - 0.01) continue;
    const precision = step.bitsPerWeight === undefined ? { id: step.id } : { id: step.id, bitsPerWeight: step.bitsPerWeight };
    // keep the runtime: a format made for another one (INT8 is llama.cpp's by default) must not move the answer there
    const keep = base.request.runtime ?? (formatOf(step.id).runtime !== base.runtime && !model.fromTag ? base.runtime : undefined);
    const request: EstimateRequest = { ...base.request, precision, ...(keep ? { runtime: keep } : {}) };
    const label = step.id === 'exl2' ? `EXL2 ${step.bitsPerWeight}bpw` : formatOf(step.id).label;
    const candidate = item('precision', label, request, model, []);
    if (candidate.fits) return candidate;
  }
  return null;
}

function shorterContext(base: Estimate, model: ResolvedModel): AdviceItem | null {
  const tokens = longestContext({ ...base.request, contextMax: false }, model);
  if (tokens === null || (!base.fit?.fits && tokens >= base.contextTokens)) return null;
  if (base.fit?.fits && tokens <= base.contextTokens) return null;
  const request: EstimateRequest = { ...base.request, contextTokens: tokens, contextMax: false };
  return item('context', String(tokens), request, model, RUNTIME_FLAGS[base.runtime].context(tokens));
}

function quantizedKv(base: Estimate, model: ResolvedModel): AdviceItem | null {
  const kv = SMALLER_KV[base.runtime];
  if (!kv || base.request.kvPrecision === kv || base.kvCacheBytes === 0) return null;
  const flags = RUNTIME_FLAGS[base.runtime].kvCache(kv);
  if (!flags) return null;
  const candidate = item('kv-cache', kv, { ...base.request, kvPrecision: kv }, model, flags);
  return candidate.fits ? candidate : null;
}

function expertOffload(base: Estimate, model: ResolvedModel): AdviceItem | null {
  const runtime = RUNTIMES[base.runtime];
  if (!runtime.expertOffload || !base.fit || !base.parts || base.training) return null;
  const layers = fewestCpuMoeLayers(base.parts, base.fit.usableBytes);
  if (layers === null || layers === 0) return null;
  const flags = RUNTIME_FLAGS[base.runtime].expertOffload(layers);
  return flags ? item('moe-offload', String(layers), { ...base.request, cpuMoeLayers: layers, gpuLayers: undefined }, model, flags) : null;
}

function layerOffload(base: Estimate, model: ResolvedModel): AdviceItem | null {
  const gpuLayers = base.fit?.gpuLayers;
  if (gpuLayers === null || gpuLayers === undefined || gpuLayers === 0 || !base.fit) return null;
  const request: EstimateRequest = { ...base.request, gpuLayers };
  const e = estimate(request, model);
  const flags = RUNTIME_FLAGS[base.runtime].offload(gpuLayers, e.fit?.cpuLayersBytes ?? 0);
  return flags ? item('offload', String(gpuLayers), request, model, flags) : null;
}

/** The fewest GPUs of the same kind that hold it, else the smallest single card that does. */
function moreGpus(base: Estimate, model: ResolvedModel): AdviceItem | null {
  const gpu = base.request.gpu;
  if (!gpu) return null;
  const most = base.training ? MAX_GPUS_TRAINING : MAX_GPUS_INFERENCE;
  // one more card at a time within a box, then whole nodes of eight
  const counts = [1, 2, 3, 4, 5, 6, 7, 8, 16, 24, 32, 48, 64].filter((n) => n > base.request.gpuCount && n <= most);
  for (const count of counts) {
    const request: EstimateRequest = { ...base.request, gpuCount: count, gpuLayers: undefined, cpuMoeLayers: undefined };
    const candidate = item('gpus', String(count), request, model, RUNTIME_FLAGS[base.runtime].gpus(count));
    if (candidate.fits) return candidate;
  }
  const current = gpu.kind === 'catalog' ? gpuById(gpu.id) : undefined;
  const bigger = [...GPUS].filter((g) => g.unified === (current?.unified ?? false)).sort((a, b) => gpuMemoryBytes(a) - gpuMemoryBytes(b));
  for (const card of bigger) {
    if (gpuMemoryBytes(card) * base.request.gpuCount <= (base.fit?.gpuMemoryBytes ?? 0) * base.request.gpuCount) continue;
    const request: EstimateRequest = { ...base.request, gpu: { kind: 'catalog', id: card.id }, gpuLayers: undefined, cpuMoeLayers: undefined };
    const candidate = item('gpus', card.name, request, model, []);
    if (candidate.fits) return candidate;
  }
  return null;
}

/** A runtime that cannot split the model (ExLlamaV2, MLX) gives way to llama.cpp, which can. */
function otherRuntime(base: Estimate, model: ResolvedModel): AdviceItem | null {
  if (RUNTIMES[base.runtime].layerOffload || base.training) return null;
  const request: EstimateRequest = { ...base.request, runtime: 'llama.cpp', precision: { id: 'q4_k_m' }, kvPrecision: 'fp16' };
  const e = estimate(request, model);
  const split = e.fit?.fits ? request : { ...request, gpuLayers: e.fit?.gpuLayers ?? 0 };
  return item('runtime', 'llama.cpp', split, model, []);
}

/** Every change that helps, the cheapest in quality first. */
export function advise(base: Estimate, model: ResolvedModel): AdviceItem[] {
  if (!base.fit) return [];
  // a request that already splits the model (ngl:, cpumoe:) is itself an answer: only say how far it stretches
  if (base.fit.fits) {
    const longer = base.training ? null : shorterContext(base, model);
    return longer ? [longer] : [];
  }
  const found = [
    quantizedKv(base, model), smallerPrecision(base, model), shorterContext(base, model),
    expertOffload(base, model), layerOffload(base, model), moreGpus(base, model), otherRuntime(base, model),
  ];
  return found.filter((a): a is AdviceItem => a !== null);
}
