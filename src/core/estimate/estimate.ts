// EstimateRequest + resolved model → every memory figure, in integer bytes. Each figure has its own
// function; this file only decides which apply and adds them up.
import { formatOf } from '../catalog/formats.js';
import { gpuById } from '../catalog/gpus.js';
import type { Warning } from '../issues.js';
import { REQUEST_DEFAULTS, type EstimateRequest, type Mode, type RuntimeId } from '../request.js';
import type { ResolvedModel } from '../resolve-model.js';
import { chooseRuntime } from '../runtimes/index.js';
import type { GpuTarget, RunSetup, RuntimeRules } from '../runtimes/types.js';
import { fitOnGpu, gpuTarget, usableGpuBytes, type Fit } from './fit.js';
import { allLayers, place, type ModelParts } from './placement.js';
import { kvCacheBytes } from './kv-cache.js';
import { choosePrecision, type UsedPrecision } from './precision-choice.js';
import { perGpuTrainingStateBytes, shardingFor, trainingBytes, type Sharding, type TrainingBytes } from './training.js';
import { weightsOf, type Weights } from './weights.js';

export type { UsedPrecision } from './precision-choice.js';

export interface Estimate {
  readonly request: EstimateRequest;
  readonly model: ResolvedModel;
  readonly precision: UsedPrecision;
  readonly mode: Mode;
  readonly runtime: RuntimeId;
  /** the context sized: asked, or the runtime's default */
  readonly contextTokens: number;
  readonly flashAttention: boolean;
  readonly weights: Weights;
  readonly weightsBytes: number;
  readonly kvCacheBytes: number;
  /** compute buffer (inference) or activations (training) */
  readonly computeBytes: number;
  /** what each GPU keeps outside the runtime's buffers, times the GPUs */
  readonly runtimeReserveBytes: number;
  readonly training: TrainingBytes | null;
  readonly vramBytes: number;
  /** system memory while the model runs on the GPU(s) asked about (or on one that holds it all) */
  readonly ramBytes: number;
  /** system memory to run on the CPU alone */
  readonly cpuOnlyRamBytes: number;
  readonly fit: Fit | null;
  /** the model as parts, for placing it across GPU and RAM (advice re-places it) */
  readonly parts: ModelParts;
  /** training over several GPUs: the lightest sharding that fits one GPU's share */
  readonly sharding: Sharding | null;
  readonly warnings: readonly Warning[];
}

/** Quantized V caches need flash attention in llama.cpp ("V cache quantization requires flash_attn"). */
const QUANTIZED_KV = new Set(['q8_0', 'q4_0']);

function flashAttentionFor(request: EstimateRequest, runtime: RuntimeRules, warnings: Warning[]): boolean {
  if (!runtime.flashAttentionOption) {
    if (request.flashAttention !== undefined) warnings.push({ code: 'option_ignored_by_runtime', option: 'fa', runtime: runtime.id });
    return runtime.flashAttentionDefault;
  }
  const on = request.flashAttention ?? runtime.flashAttentionDefault;
  if (!on && QUANTIZED_KV.has(request.kvPrecision)) {
    warnings.push({ code: 'v_cache_needs_flash_attention', kv: request.kvPrecision });
    return true;
  }
  return on;
}

function contextFor(request: EstimateRequest, runtime: RuntimeRules, target: GpuTarget | null, model: ResolvedModel, warnings: Warning[]): number {
  if (request.contextTokens !== undefined) return request.contextTokens;
  const tokens = runtime.defaultContext(target, model.architecture);
  if (tokens !== REQUEST_DEFAULTS.contextTokens) warnings.push({ code: 'runtime_default_context', runtime: runtime.id, tokens });
  return tokens;
}

/** The model as blocks, experts and an output head, for placing it across GPU and system RAM. */
function modelParts(weights: Weights, a: ResolvedModel['architecture'], kvBytes: number, fixedGpuBytes: number, embeddingsOnHost: boolean): ModelParts {
  const untiedOutput = a.tiedEmbeddings ? 0 : weights.outputBytes;
  return {
    layers: a.layers,
    blockWeightsBytes: Math.max(0, weights.bytes - weights.tokenEmbeddingBytes - untiedOutput),
    expertBytes: weights.expertBytes,
    // a tied head is the embedding table itself, copied to the GPU only where the embeddings stay on the host
    outputBytes: embeddingsOnHost ? weights.outputBytes : untiedOutput,
    kvBytes,
    fixedGpuBytes,
  };
}

/** Training keeps everything on the GPUs: one fixed block, nothing to split off. */
function trainingParts(layers: number, onGpus: number): ModelParts {
  return { layers, blockWeightsBytes: 0, expertBytes: 0, outputBytes: 0, kvBytes: 0, fixedGpuBytes: onGpus };
}

export function estimate(request: EstimateRequest, model: ResolvedModel): Estimate {
  const warnings: Warning[] = [...model.warnings];
  const chosen = choosePrecision(request, model, warnings);
  const runtime = chooseRuntime(request.runtime, formatOf(chosen.id), request.mode, model.fromTag === true);
  const target = gpuTarget(request.gpu, request.gpuCount, gpuById);
  if (request.gpu?.kind === 'catalog' && request.gpu.variantAssumed && target?.gpu) {
    const { family, name, memoryGB, bandwidthGBps } = target.gpu;
    warnings.push({ code: 'gpu_variant_assumed', family, used: name, memoryGB, bandwidthGBps });
  }
  const architecture = model.architecture;
  const contextTokens = contextFor(request, runtime, target, model, warnings);
  const setup: RunSetup = {
    architecture, contextTokens, sequences: request.batch, ubatch: request.ubatch,
    flashAttention: flashAttentionFor(request, runtime, warnings), kvPrecision: request.kvPrecision,
    gpuMemoryBytes: target?.memoryBytes ?? null, gpuId: target?.gpu?.id ?? null,
  };
  if (model.shapeSource !== 'size-reference' && contextTokens > architecture.maxContext) {
    warnings.push({ code: 'context_over_max', maxContext: architecture.maxContext, model: architecture.name });
  }

  const weights = weightsOf(model, chosen);
  const precision: UsedPrecision = { ...chosen, bitsPerWeight: weights.source === 'width' ? chosen.bitsPerWeight : weights.bitsPerWeight };
  const gpuCount = target?.count ?? 1;
  const training = request.mode === 'inference'
    ? null
    : trainingBytes(request.mode, model.params, architecture, contextTokens, request.batch);
  // training holds activations instead of an inference compute buffer, and no KV cache
  const kv = training ? 0 : kvCacheBytes(setup, runtime);
  const compute = training ? training.activationsBytes : runtime.computeBytes(setup);
  const reserve = runtime.reservePerGpuBytes(target?.gpu ?? null) * gpuCount;
  const trainingExtra = training ? training.gradientsBytes + training.optimizerBytes + training.adapterBytes : 0;
  // llama.cpp reads the token embeddings on the CPU: they never take VRAM (its output layer does)
  const onHost = runtime.embeddingsOnHost && !training ? weights.tokenEmbeddingBytes : 0;
  // several GPUs each hold a compute buffer (llama.cpp allocates one per device; vLLM's ranks each profile one)
  const computeOnGpus = training ? 0 : compute * gpuCount;
  const sharding = training && target && gpuCount > 1
    ? shardingFor(weights.bytes, training, gpuCount, compute + reserve / gpuCount, usableGpuBytes(target, runtime) / gpuCount)
    : null;
  const trainingOnGpus = training
    ? sharding
      ? (perGpuTrainingStateBytes(weights.bytes, training, gpuCount, sharding) + compute) * gpuCount + reserve
      : weights.bytes + trainingExtra + compute + reserve
    : 0;
  const parts = training
    ? trainingParts(architecture.layers, trainingOnGpus)
    : modelParts(weights, architecture, kv, computeOnGpus + reserve + (onHost ? 0 : weights.tokenEmbeddingBytes), onHost > 0);
  const cpuOnly = weights.bytes + kv + compute + trainingExtra;
  const asked = request.gpuLayers !== undefined || request.cpuMoeLayers !== undefined
    ? { gpuLayers: request.gpuLayers ?? allLayers(parts), cpuMoeLayers: request.cpuMoeLayers ?? 0 }
    : null;
  const placed = target ? fitOnGpu({ target, runtime, parts, asked, canOffload: training === null }) : null;
  const vram = placed?.placement.gpuBytes ?? place(parts, allLayers(parts)).gpuBytes;
  const fit = placed?.fit ?? null;
  if (fit?.fits && fit.fullyOnGpu && runtime.fitMarginBytes > 0 && request.gpuLayers === undefined && fit.headroomBytes < runtime.fitMarginBytes * fit.gpuCount) {
    warnings.push({ code: 'within_fit_margin', marginBytes: runtime.fitMarginBytes });
  }
  const hostCompute = training ? 0 : runtime.hostComputeBytes(setup);
  const ram = onHost + hostCompute + runtime.hostLoadingBytes(weights.bytes) + (fit?.cpuLayersBytes ?? 0);

  return {
    request, model, precision, mode: request.mode, runtime: runtime.id, contextTokens, flashAttention: setup.flashAttention,
    weights, weightsBytes: weights.bytes, kvCacheBytes: kv, computeBytes: compute, runtimeReserveBytes: reserve, training,
    vramBytes: vram, ramBytes: ram, cpuOnlyRamBytes: cpuOnly, fit, parts, sharding, warnings,
  };
}
