// EstimateRequest + resolved model → every memory figure, in integer bytes.
import { formatOf, type PrecisionId, type Runtime } from '../catalog/formats.js';
import { GPUS } from '../catalog/gpus.js';
import type { Warning } from '../issues.js';
import type { ParsedPrecision } from '../parse/precision.js';
import type { EstimateRequest, Mode } from '../request.js';
import type { ResolvedModel } from '../resolve-model.js';
import { fitOnGpu, type Fit, type GpuTarget } from './fit.js';
import { ggufWeights } from './gguf-mixture.js';
import { kvCacheBytes } from './kv-cache.js';
import { GPU_RUNTIME_RESERVE_BYTES, computeBufferBytes, hostRamWithGpuBytes } from './overhead.js';
import { trainingBytes, type TrainingBytes } from './training.js';
import { embeddingParams, weightsBytes } from './weights.js';

export interface UsedPrecision {
  readonly id: PrecisionId;
  readonly label: string;
  /** effective bits per weight of the whole model (for GGUF with a known shape: the file's tensor mixture) */
  readonly bitsPerWeight: number;
  readonly runtime: Runtime;
  /** the spelling of a variant counted as `id` (Q6_K_L, UD-Q4_K_XL) */
  readonly variant?: string;
}

/** bartowski's `_L`/`_XL` quants (not unsloth's `UD-…_XL`) keep embeddings and output at Q8_0. */
const EMBED_OUTPUT_Q8_VARIANT = /^(?!ud[-_])\S*_(?:l|xl)$/i;

export interface Estimate {
  readonly request: EstimateRequest;
  readonly model: ResolvedModel;
  readonly precision: UsedPrecision;
  readonly mode: Mode;
  readonly weightsBytes: number;
  readonly kvCacheBytes: number;
  /** compute buffer (inference) and the per-GPU runtime reserve */
  readonly computeBytes: number;
  readonly runtimeReserveBytes: number;
  readonly training: TrainingBytes | null;
  readonly vramBytes: number;
  /** system memory while the model runs on the GPU(s) asked about (or on one that holds it all) */
  readonly ramBytes: number;
  /** system memory to run on the CPU alone */
  readonly cpuOnlyRamBytes: number;
  readonly fit: Fit | null;
  readonly warnings: readonly Warning[];
}

const DEFAULT_EXL2_BPW = 4;

function choosePrecision(request: EstimateRequest, model: ResolvedModel, warnings: Warning[]): UsedPrecision {
  const fromName = model.precisionFromName;
  let chosen: ParsedPrecision | undefined = request.precision ?? fromName;
  if (request.precision && fromName && fromName.id !== request.precision.id) {
    warnings.push({ code: 'precision_overrides_name', fromName: formatOf(fromName.id).label, used: formatOf(request.precision.id).label });
  }
  if (request.mode === 'qlora' && chosen?.id !== 'nf4') {
    if (chosen) warnings.push({ code: 'qlora_base_nf4', given: formatOf(chosen.id).label });
    chosen = { id: 'nf4' };
  }
  if (!chosen) {
    warnings.push({ code: 'precision_assumed', precision: 'FP16' });
    chosen = { id: 'fp16' };
  }
  const format = formatOf(chosen.id);
  if (chosen.variant) warnings.push({ code: 'precision_variant', input: chosen.variant, used: format.label });
  if (chosen.widthInGguf) warnings.push({ code: 'gguf_width_preset', input: chosen.widthInGguf, used: format.label });
  if (chosen.id === 'int4' || chosen.id === 'int8') warnings.push({ code: 'seed_width', precision: chosen.id });
  let bitsPerWeight: number = format.bitsPerWeight;
  if (chosen.id === 'exl2') {
    bitsPerWeight = chosen.bitsPerWeight ?? DEFAULT_EXL2_BPW;
    if (chosen.bitsPerWeight === undefined) warnings.push({ code: 'exl2_bpw_assumed', bitsPerWeight });
  }
  return { id: chosen.id, label: format.label, bitsPerWeight, runtime: format.runtime, ...(chosen.variant ? { variant: chosen.variant } : {}) };
}

function gpuTarget(request: EstimateRequest): GpuTarget | null {
  const choice = request.gpu;
  if (!choice) return null;
  if (choice.kind === 'size') return { gpu: null, memoryGiB: choice.memoryGiB, count: request.gpuCount };
  const gpu = GPUS.find((g) => g.id === choice.id);
  return gpu ? { gpu, memoryGiB: gpu.memoryGiB, count: request.gpuCount } : null;
}

export function estimate(request: EstimateRequest, model: ResolvedModel): Estimate {
  const warnings: Warning[] = [...model.warnings];
  const chosen = choosePrecision(request, model, warnings);
  const format = formatOf(chosen.id);
  const architecture = model.architecture;
  const exact = model.shapeSource === 'catalog' || model.shapeSource === 'hub' ? { exactArchitecture: architecture } : {};
  // a GGUF file of a catalogued model: every tensor at the type llama-quantize gives it
  const gguf = format.runtime === 'llama.cpp' && model.shapeSource === 'catalog'
    ? ggufWeights(architecture, chosen.id, { embedOutputQ8: EMBED_OUTPUT_Q8_VARIANT.test(chosen.variant ?? '') })
    : undefined;
  // a checkpoint read from the Hub, run at its stored precision: its tensors' bytes, to the byte
  const stored = model.exactWeights?.precision === chosen.id ? model.exactWeights : undefined;
  const weights = stored?.bytes ?? gguf?.totalBytes ?? weightsBytes({ params: model.params, format, bitsPerWeight: chosen.bitsPerWeight, ...exact });
  // a GGUF holds the text decoder only: a vision tower counted in the model's total is not in its bits
  const storedParams = gguf ? model.params - (architecture.nonDecoderParams ?? 0) : model.params;
  const precision: UsedPrecision = stored || gguf ? { ...chosen, bitsPerWeight: (weights * 8) / storedParams } : chosen;
  const kv = kvCacheBytes({ architecture, contextTokens: request.contextTokens, batch: request.batch, kvPrecision: request.kvPrecision });
  if (model.shapeSource !== 'size-reference' && request.contextTokens > architecture.maxContext) {
    warnings.push({ code: 'context_over_max', maxContext: architecture.maxContext, model: architecture.name });
  }

  const target = gpuTarget(request);
  const gpuCount = target?.count ?? 1;
  const reserve = GPU_RUNTIME_RESERVE_BYTES * gpuCount;
  const training = request.mode === 'inference'
    ? null
    : trainingBytes(request.mode, model.params, architecture, request.contextTokens, request.batch);
  // training holds activations instead of an inference compute buffer, and no KV cache
  const compute = training ? training.activationsBytes : computeBufferBytes(architecture, request.contextTokens, request.batch);
  const kvUsed = training ? 0 : kv;
  const trainingExtra = training ? training.gradientsBytes + training.optimizerBytes + training.adapterBytes : 0;
  const vram = weights + kvUsed + compute + reserve + trainingExtra;

  const share = Math.min(1, embeddingParams(architecture) / model.params);
  const embeddingBytes = stored?.tokenEmbeddingBytes ?? gguf?.tokenEmbeddingBytes ?? Math.round(weights * share * (architecture.tiedEmbeddings ? 1 : 0.5));
  const hostWithGpu = hostRamWithGpuBytes(precision.runtime, weights, embeddingBytes);
  const cpuOnly = weights + kvUsed + compute + trainingExtra;

  const layers = architecture.layers;
  const fixedBytes = compute + reserve + embeddingBytes;
  const fit = target
    ? fitOnGpu({
        target, vramBytes: vram, fixedBytes, layers,
        perLayerBytes: Math.max(1, (weights - embeddingBytes + kvUsed) / layers),
        canOffload: training === null,
      })
    : null;
  const ram = hostWithGpu + (fit?.cpuLayersBytes ?? 0);

  return {
    request, model, precision, mode: request.mode,
    weightsBytes: weights, kvCacheBytes: kvUsed, computeBytes: compute, runtimeReserveBytes: reserve, training,
    vramBytes: vram, ramBytes: ram, cpuOnlyRamBytes: cpuOnly, fit, warnings,
  };
}
