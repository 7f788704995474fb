// Does the request fit the GPUs asked about, and if not, how many layers to keep on them.
import { gpuMemoryBytes, usableShareOfGpu, type Gpu } from '../catalog/gpus.js';
import type { GpuChoice } from '../request.js';
import type { GpuTarget, RuntimeRules } from '../runtimes/types.js';

const GIB = 1024 ** 3;

export interface Fit {
  readonly gpuId: string | null;
  readonly gpuName: string | null;
  readonly gpuCount: number;
  /** one card's memory as its driver reports it (a size given in GB: that many GiB) */
  readonly gpuMemoryBytes: number;
  /** memory the runtime may use on all the GPUs together */
  readonly usableBytes: number;
  readonly fits: boolean;
  /** usable minus needed; negative when it does not fit */
  readonly headroomBytes: number;
  /** layers to offload to the GPUs (all when it fits); null where the runtime cannot split layers off */
  readonly gpuLayers: number | null;
  readonly totalLayers: number;
  /** weights and KV cache of the layers left in system RAM */
  readonly cpuLayersBytes: number;
}

export function gpuTarget(choice: GpuChoice | undefined, count: number, find: (id: string) => Gpu | undefined): GpuTarget | null {
  if (!choice) return null;
  if (choice.kind === 'size') return { gpu: null, memoryBytes: Math.round(choice.memoryGiB * GIB), count };
  const gpu = find(choice.id);
  return gpu ? { gpu, memoryBytes: gpuMemoryBytes(gpu), count } : null;
}

/** What the runtime lets itself use of all the cards: Metal's working-set cap, vLLM's utilization share. */
export function usableGpuBytes(target: GpuTarget, runtime: RuntimeRules): number {
  const share = target.gpu ? usableShareOfGpu(target.gpu) : 1;
  return Math.floor(target.memoryBytes * share * runtime.gpuShare) * target.count;
}

export interface FitInput {
  readonly target: GpuTarget;
  readonly runtime: RuntimeRules;
  readonly vramBytes: number;
  /** memory that does not shrink with fewer layers on the GPU: compute buffers, reserves, output head */
  readonly fixedBytes: number;
  /** weights + KV cache of one repeating block */
  readonly perLayerBytes: number;
  readonly layers: number;
  /** training cannot spill layers to the CPU */
  readonly canOffload: boolean;
}

export function fitOnGpu({ target, runtime, vramBytes, fixedBytes, perLayerBytes, layers, canOffload }: FitInput): Fit {
  const usableBytes = usableGpuBytes(target, runtime);
  const fits = vramBytes <= usableBytes;
  const room = usableBytes - fixedBytes;
  const offloads = canOffload && runtime.layerOffload;
  const gpuLayers = !offloads ? null : fits ? layers : Math.max(0, Math.min(layers, Math.floor(room / perLayerBytes)));
  const cpuLayers = gpuLayers === null || fits ? 0 : layers - gpuLayers;
  return {
    gpuId: target.gpu?.id ?? null,
    gpuName: target.gpu?.name ?? null,
    gpuCount: target.count,
    gpuMemoryBytes: target.memoryBytes,
    usableBytes,
    fits,
    headroomBytes: usableBytes - vramBytes,
    gpuLayers,
    totalLayers: layers,
    cpuLayersBytes: Math.round(cpuLayers * perLayerBytes),
  };
}
