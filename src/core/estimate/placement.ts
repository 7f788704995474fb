// Where the model's bytes go when not all of it is on the GPU: llama.cpp offloads repeating layers from the
// last one backwards, the output layer first (-ngl counts it as one layer: "offloaded 81/81 layers" for an
// 80-block model), and --n-cpu-moe N keeps the experts of the first N layers in system RAM
// (llama-model.cpp load_tensors: i_gpu_start = max(n_layer + 1 − n_gpu_layers, 0); common/arg.cpp --n-cpu-moe,
// https://github.com/ggml-org/llama.cpp/blob/a5bb8ba4c50257437630c136210396810741bbf7/src/llama-model.cpp).

export interface ModelParts {
  /** repeating blocks */
  readonly layers: number;
  /** weights of all repeating blocks (experts included) */
  readonly blockWeightsBytes: number;
  /** routed experts of all blocks */
  readonly expertBytes: number;
  /** the output head as it sits on the output device */
  readonly outputBytes: number;
  readonly kvBytes: number;
  /** on the GPU whatever the split: compute buffers, reserves, training state */
  readonly fixedGpuBytes: number;
}

export interface Placement {
  /** layers on the GPUs as -ngl counts them (blocks + the output layer) */
  readonly gpuLayers: number;
  readonly cpuMoeLayers: number;
  readonly gpuBytes: number;
  /** weights and KV left in system RAM */
  readonly hostBytes: number;
}

/** -ngl that puts everything on the GPU. */
export const allLayers = (parts: ModelParts) => parts.layers + 1;

export function place(parts: ModelParts, gpuLayers: number, cpuMoeLayers = 0): Placement {
  const n = parts.layers;
  const layersOnGpu = Math.max(0, Math.min(gpuLayers, n + 1));
  const blocksOnGpu = Math.max(0, layersOnGpu - 1);
  const cpuMoe = Math.max(0, Math.min(cpuMoeLayers, n));
  const block = (parts.blockWeightsBytes + parts.kvBytes) / n;
  const expertsPerBlock = parts.expertBytes / n;
  // GPU blocks are the last ones; --n-cpu-moe takes the experts of the first ones
  const gpuBlocksWithCpuExperts = Math.max(0, blocksOnGpu - (n - cpuMoe));
  const output = layersOnGpu >= 1 ? parts.outputBytes : 0;
  const gpuBytes = parts.fixedGpuBytes + output + blocksOnGpu * block - gpuBlocksWithCpuExperts * expertsPerBlock;
  const hostBytes = (n - blocksOnGpu) * block + gpuBlocksWithCpuExperts * expertsPerBlock + (layersOnGpu >= 1 ? 0 : parts.outputBytes);
  return { gpuLayers: layersOnGpu, cpuMoeLayers: cpuMoe, gpuBytes: Math.round(gpuBytes), hostBytes: Math.round(hostBytes) };
}

/** The most layers that fit in `usableBytes` (0 when not even the output layer does). */
export function mostLayersThatFit(parts: ModelParts, usableBytes: number, cpuMoeLayers = 0): number {
  let lo = 0;
  let hi = allLayers(parts);
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (place(parts, mid, cpuMoeLayers).gpuBytes <= usableBytes) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The fewest layers whose experts must stay in system RAM for the rest to fit (null when none suffices). */
export function fewestCpuMoeLayers(parts: ModelParts, usableBytes: number): number | null {
  if (parts.expertBytes === 0) return null;
  let lo = 0;
  let hi = parts.layers;
  if (place(parts, allLayers(parts), hi).gpuBytes > usableBytes) return null;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (place(parts, allLayers(parts), mid).gpuBytes <= usableBytes) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
