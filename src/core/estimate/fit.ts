// Does the request fit the GPUs asked about, and if not, how many layers to keep on them.
import { gpuMemoryBytes, usableShareOfGpu, type Gpu } from '../catalog/gpus.js';
import type { GpuChoice } from '../request.js';
import type { GpuTarget, RuntimeRules } from '../runtimes/types.js';
import { allLayers, mostLayersThatFit, place, type ModelParts, type Placement } from './placement.js';

const GIB = 1024 ** 3;

export interface Fit {
  readonly gpuId: string | null;
  readonly gpuName: string | null;
  readonly gpuCount: number;
  /** one card's memory as its driver reports it (a size given in GB: that many GiB) */
  readonly gpuMemoryBytes: number;
  /** memory the runtime may use on all the GPUs together */
  readonly usableBytes: number;
  /** what the answer puts on the GPUs fits them */
  readonly fits: boolean;
  /** everything is on the GPUs (no layer or expert left in system RAM) */
  readonly fullyOnGpu: boolean;
  /** usable minus what is placed on the GPUs; negative when it does not fit */
  readonly headroomBytes: number;
  /** layers on the GPUs as -ngl counts them: all when it fits, else as many as fit; null where the runtime cannot split */
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
  readonly parts: ModelParts;
  /** the split asked for (ngl:, cpumoe:), or null: everything on the GPUs */
  readonly asked: { readonly gpuLayers: number; readonly cpuMoeLayers: number } | null;
  /** training cannot spill layers to the CPU */
  readonly canOffload: boolean;
}

export function fitOnGpu({ target, runtime, parts, asked, canOffload }: FitInput): { fit: Fit; placement: Placement } {
  const usableBytes = usableGpuBytes(target, runtime);
  const offloads = canOffload && runtime.layerOffload;
  const total = allLayers(parts);
  const placement = asked && offloads ? place(parts, asked.gpuLayers, runtime.expertOffload ? asked.cpuMoeLayers : 0) : place(parts, total);
  const fits = placement.gpuBytes <= usableBytes;
  const gpuLayers = !offloads ? null : fits ? placement.gpuLayers : mostLayersThatFit(parts, usableBytes, placement.cpuMoeLayers);
  const shown = fits ? placement : gpuLayers === null ? placement : place(parts, gpuLayers, placement.cpuMoeLayers);
  return {
    placement,
    fit: {
      gpuId: target.gpu?.id ?? null,
      gpuName: target.gpu?.name ?? null,
      gpuCount: target.count,
      gpuMemoryBytes: target.memoryBytes,
      usableBytes,
      fits,
      fullyOnGpu: placement.gpuLayers >= total && placement.cpuMoeLayers === 0,
      headroomBytes: usableBytes - placement.gpuBytes,
      gpuLayers,
      totalLayers: total,
      cpuLayersBytes: shown.hostBytes,
    },
  };
}
