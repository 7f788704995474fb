// Does the request fit the GPUs asked about, and if not, how many layers to keep on them.
import { usableShareOfGpu, type Gpu } from '../catalog/gpus.js';

const GIB = 1024 ** 3;

export interface GpuTarget {
  /** catalog GPU, or null when the user gave a size in GB */
  readonly gpu: Gpu | null;
  readonly memoryGiB: number;
  readonly count: number;
}

export interface Fit {
  readonly gpuId: string | null;
  readonly gpuName: string | null;
  readonly gpuCount: number;
  /** memory the runtime may use on all the GPUs together */
  readonly usableBytes: number;
  readonly fits: boolean;
  /** usable minus needed; negative when it does not fit */
  readonly headroomBytes: number;
  /** layers to offload to the GPUs (all when it fits); null for training, which cannot split to the CPU */
  readonly gpuLayers: number | null;
  readonly totalLayers: number;
  /** weights and KV cache of the layers left in system RAM */
  readonly cpuLayersBytes: number;
}

export interface FitInput {
  readonly target: GpuTarget;
  readonly vramBytes: number;
  /** memory that does not shrink with fewer layers on the GPU: compute buffer, runtime reserve, output head */
  readonly fixedBytes: number;
  /** weights + KV cache of one repeating block */
  readonly perLayerBytes: number;
  readonly layers: number;
  readonly canOffload: boolean;
}

export function usableGpuBytes(target: GpuTarget): number {
  const share = target.gpu ? usableShareOfGpu(target.gpu) : 1;
  return Math.floor(target.memoryGiB * GIB * share) * target.count;
}

export function fitOnGpu({ target, vramBytes, fixedBytes, perLayerBytes, layers, canOffload }: FitInput): Fit {
  const usableBytes = usableGpuBytes(target);
  const fits = vramBytes <= usableBytes;
  const room = usableBytes - fixedBytes;
  const gpuLayers = !canOffload ? null : fits ? layers : Math.max(0, Math.min(layers, Math.floor(room / perLayerBytes)));
  const cpuLayers = gpuLayers === null || fits ? 0 : layers - gpuLayers;
  return {
    gpuId: target.gpu?.id ?? null,
    gpuName: target.gpu?.name ?? null,
    gpuCount: target.count,
    usableBytes,
    fits,
    headroomBytes: usableBytes - vramBytes,
    gpuLayers,
    totalLayers: layers,
    cpuLayersBytes: Math.round(cpuLayers * perLayerBytes),
  };
}
