// Every GPU the catalog knows, one row per memory variant (tables in ./gpus/), and what one card holds.
import { AMD, INTEL } from './gpus/amd-intel.js';
import { APPLE } from './gpus/apple.js';
import { NVIDIA_DATACENTER } from './gpus/nvidia-datacenter.js';
import { GEFORCE } from './gpus/nvidia-geforce.js';
import type { Gpu } from './gpus/row.js';

export type { Gpu, GpuBackend, GpuKind, GpuVendor } from './gpus/row.js';

export const GPUS: readonly Gpu[] = [...GEFORCE, ...NVIDIA_DATACENTER, ...AMD, ...INTEL, ...APPLE];

const MIB = 1024 ** 2;
const BY_ID: ReadonlyMap<string, Gpu> = new Map(GPUS.map((gpu) => [gpu.id, gpu]));

/** One card's memory in bytes, as its driver reports it (the size as sold where no printed figure was found). */
export function gpuMemoryBytes(gpu: Gpu): number {
  return gpu.memoryMiB * MIB;
}

export function gpuById(id: string): Gpu | undefined {
  return BY_ID.get(id);
}

/** Macs with more than this much memory let Metal use 3/4 of it, the others 2/3. */
const METAL_THREE_QUARTERS_ABOVE_GB = 32;

/**
 * Share of unified memory Metal lets one process use: `recommendedMaxWorkingSetSize`, which ggml prints at
 * start-up. Printed: 16 GB → 10,922.67 MiB and 32 GB → 21,845.34 MiB (2/3; abetlen/llama-cpp-python#687,
 * ggml-org/llama.cpp#2011, ollama/ollama#434), 64 GB → 49,152 MiB and 96 GB → 73,728 MiB (3/4;
 * ggml-org/llama.cpp#1870, #3213); test/core/gpus-apple.test.ts checks each. No printed 36 or 48 GB figure was
 * found, so where 3/4 starts between 32 and 64 GB is not confirmed. Newer macOS prints more (12,713 MB at
 * 16 GB; 107.52 GiB at 128 GB, antirez/ds4#893), so these shares are the lower bound.
 */
export function usableShareOfGpu(gpu: Gpu): number {
  if (!gpu.unified) return 1;
  return gpu.memoryGB > METAL_THREE_QUARTERS_ABOVE_GB ? 3 / 4 : 2 / 3;
}
