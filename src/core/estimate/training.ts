// Extra memory for fine-tuning: gradients, Adam states, LoRA adapters and activations.
import type { Architecture } from '../catalog/architectures.js';
import type { Mode } from '../request.js';

/** Mixed-precision Adam keeps an fp32 master copy plus two fp32 moments: 12 bytes per trained parameter,
 * on top of 2 for 16-bit weights and 2 for 16-bit gradients, "16Ψ" in all (ZeRO, Rajbhandari et al. 2019,
 * §3.1, https://arxiv.org/abs/1910.02054). */
export const ADAM_STATE_BYTES_PER_PARAM = 12;
export const HALF_GRADIENT_BYTES_PER_PARAM = 2;
/** PEFT keeps LoRA adapters in fp32: weight 4 + gradient 4 + Adam moments 8. */
export const ADAPTER_BYTES_PER_PARAM = 16;
/** QLoRA's recipe: rank 64 on every linear layer of every block (Dettmers et al. 2023, §4 and App. B). */
export const LORA_RANK = 64;

/** Adapter parameters for rank r on q, k, v, o, gate, up and down projections: r × (in + out) each. */
export function loraAdapterParams(a: Architecture, rank: number): number {
  const qOut = a.heads * a.headDim;
  const kvOut = a.kvHeads * a.headDim;
  const perLayer =
    (a.hiddenSize + qOut) + 2 * (a.hiddenSize + kvOut) + (qOut + a.hiddenSize) +
    2 * (a.hiddenSize + a.intermediateSize) + (a.intermediateSize + a.hiddenSize);
  return a.layers * rank * perLayer;
}

/**
 * Activations with gradient checkpointing and flash attention: each block's 16-bit input is kept
 * (2·s·b·h bytes per layer), one block at a time is recomputed in full (34·s·b·h bytes; Korthikanti et
 * al. 2022, eq. 1 without the 5as/h attention-score term flash attention never stores,
 * https://arxiv.org/abs/2205.05198), and the loss reads fp32 logits over the vocabulary (4·s·b·V).
 */
export function activationBytes(a: Architecture, contextTokens: number, batch: number): number {
  const tokens = contextTokens * batch;
  return tokens * (2 * a.hiddenSize * a.layers + 34 * a.hiddenSize + 4 * a.vocabSize);
}

export interface TrainingBytes {
  readonly gradientsBytes: number;
  readonly optimizerBytes: number;
  readonly adapterBytes: number;
  readonly adapterParams: number;
  readonly activationsBytes: number;
}

export function trainingBytes(mode: Exclude<Mode, 'inference'>, params: number, a: Architecture, contextTokens: number, batch: number): TrainingBytes {
  const activationsBytes = activationBytes(a, contextTokens, batch);
  if (mode === 'full') {
    return {
      gradientsBytes: params * HALF_GRADIENT_BYTES_PER_PARAM,
      optimizerBytes: params * ADAM_STATE_BYTES_PER_PARAM,
      adapterBytes: 0, adapterParams: 0, activationsBytes,
    };
  }
  const adapterParams = loraAdapterParams(a, LORA_RANK);
  return { gradientsBytes: 0, optimizerBytes: 0, adapterBytes: adapterParams * ADAPTER_BYTES_PER_PARAM, adapterParams, activationsBytes };
}

/**
 * How training state is split over several GPUs: plain data parallelism keeps everything on every GPU;
 * ZeRO stage 1 shards the optimizer states, stage 2 the gradients too, stage 3 (and PyTorch FSDP's full
 * sharding) the weights as well (Rajbhandari et al. 2019, §5, https://arxiv.org/abs/1910.02054).
 * Activations stay per GPU: each holds its own micro-batch.
 */
export const SHARDING_STAGES = ['ddp', 'zero-1', 'zero-2', 'zero-3'] as const;
export type Sharding = (typeof SHARDING_STAGES)[number];

export function perGpuTrainingStateBytes(weightsBytes: number, t: TrainingBytes, gpus: number, stage: Sharding): number {
  const level = SHARDING_STAGES.indexOf(stage);
  const optimizer = level >= 1 ? t.optimizerBytes / gpus : t.optimizerBytes;
  const gradients = level >= 2 ? t.gradientsBytes / gpus : t.gradientsBytes;
  const weights = level >= 3 ? weightsBytes / gpus : weightsBytes;
  return Math.ceil(weights + gradients + optimizer + t.adapterBytes);
}

/** The lightest sharding under which one GPU's share fits `usablePerGpu`, or ZeRO-3 when none does. */
export function shardingFor(weightsBytes: number, t: TrainingBytes, gpus: number, fixedPerGpu: number, usablePerGpu: number): Sharding {
  return SHARDING_STAGES.find((stage) => perGpuTrainingStateBytes(weightsBytes, t, gpus, stage) + fixedPerGpu <= usablePerGpu) ?? 'zero-3';
}
