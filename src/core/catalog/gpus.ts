// GPUs people ask about: memory as the vendor sells it and memory bandwidth, each row with its spec page.
// Card memory sold as "24 GB" is 24 GiB of GDDR/HBM (nvidia-smi shows 24564 MiB on an RTX 4090), so
// sizes are stored in GiB.

export interface Gpu {
  readonly id: string;
  readonly name: string;
  /** more spellings; matching ignores case, spaces, dashes and the words nvidia/geforce/amd/radeon/intel */
  readonly aliases: readonly string[];
  readonly memoryGiB: number;
  readonly bandwidthGBps: number;
  /** Apple silicon shares system memory with the GPU; only part of it is usable by Metal */
  readonly unified: boolean;
  /** the llama.cpp backend it runs (cuda, rocm, metal, vulkan, sycl), when the row says */
  readonly backend?: 'cuda' | 'rocm' | 'metal' | 'vulkan' | 'sycl';
  readonly source: string;
}

const NV = 'https://www.nvidia.com/en-us/geforce/graphics-cards/compare/';
const NV_DC = (page: string) => `https://www.nvidia.com/en-us/data-center/${page}/`;

function card(id: string, name: string, memoryGiB: number, bandwidthGBps: number, source: string, aliases: string[] = []): Gpu {
  return { id, name, aliases, memoryGiB, bandwidthGBps, unified: false, source };
}

const APPLE = 'https://support.apple.com/en-us/docs/mac';
// Apple silicon: one row per chip and memory size sold (Apple tech specs pages).
function apple(chip: string, name: string, memories: number[], bandwidthGBps: number): Gpu[] {
  return memories.map((memoryGiB) => ({
    id: `${chip}-${memoryGiB}`, name: `Apple ${name} ${memoryGiB} GB`, aliases: [], memoryGiB, bandwidthGBps, unified: true, source: APPLE,
  }));
}

export const GPUS: readonly Gpu[] = [
  card('gtx1060', 'GeForce GTX 1060 6GB', 6, 192, NV),
  card('gtx1070', 'GeForce GTX 1070', 8, 256, NV),
  card('gtx1080', 'GeForce GTX 1080', 8, 320, NV),
  card('gtx1080ti', 'GeForce GTX 1080 Ti', 11, 484, NV, ['1080ti']),
  card('rtx2060', 'GeForce RTX 2060', 6, 336, NV, ['2060']),
  card('rtx2070', 'GeForce RTX 2070', 8, 448, NV, ['2070']),
  card('rtx2080', 'GeForce RTX 2080', 8, 448, NV, ['2080']),
  card('rtx2080ti', 'GeForce RTX 2080 Ti', 11, 616, NV, ['2080ti']),
  card('rtx3060', 'GeForce RTX 3060 12GB', 12, 360, NV, ['3060']),
  card('rtx3060ti', 'GeForce RTX 3060 Ti', 8, 448, NV, ['3060ti']),
  card('rtx3070', 'GeForce RTX 3070', 8, 448, NV, ['3070']),
  card('rtx3080', 'GeForce RTX 3080 10GB', 10, 760, NV, ['3080']),
  card('rtx3090', 'GeForce RTX 3090', 24, 936, NV, ['3090']),
  card('rtx3090ti', 'GeForce RTX 3090 Ti', 24, 1008, NV, ['3090ti']),
  card('rtx4060', 'GeForce RTX 4060', 8, 272, NV, ['4060']),
  card('rtx4060ti', 'GeForce RTX 4060 Ti 8GB', 8, 288, NV, ['4060ti', 'rtx4060ti8g']),
  card('rtx4060ti-16g', 'GeForce RTX 4060 Ti 16GB', 16, 288, NV, ['4060ti16g', 'rtx4060ti16gb']),
  card('rtx4070', 'GeForce RTX 4070', 12, 504, NV, ['4070']),
  card('rtx4070ti', 'GeForce RTX 4070 Ti', 12, 504, NV, ['4070ti']),
  card('rtx4070tisuper', 'GeForce RTX 4070 Ti SUPER', 16, 672, NV, ['4070tisuper']),
  card('rtx4080', 'GeForce RTX 4080', 16, 717, NV, ['4080']),
  card('rtx4080super', 'GeForce RTX 4080 SUPER', 16, 736, NV, ['4080super']),
  card('rtx4090', 'GeForce RTX 4090', 24, 1008, NV, ['4090']),
  card('rtx5060ti', 'GeForce RTX 5060 Ti 16GB', 16, 448, NV, ['5060ti']),
  card('rtx5070', 'GeForce RTX 5070', 12, 672, NV, ['5070']),
  card('rtx5070ti', 'GeForce RTX 5070 Ti', 16, 896, NV, ['5070ti']),
  card('rtx5080', 'GeForce RTX 5080', 16, 960, NV, ['5080']),
  card('rtx5090', 'GeForce RTX 5090', 32, 1792, NV, ['5090']),
  card('rtx-a6000', 'RTX A6000', 48, 768, 'https://www.nvidia.com/en-us/design-visualization/rtx-a6000/', ['a6000']),
  card('rtx6000-ada', 'RTX 6000 Ada', 48, 960, 'https://www.nvidia.com/en-us/design-visualization/rtx-6000/', ['6000ada']),
  card('t4', 'Tesla T4', 16, 320, NV_DC('tesla-t4'), ['teslat4']),
  card('l4', 'L4', 24, 300, NV_DC('l4')),
  card('a10', 'A10', 24, 600, NV_DC('products/a10-gpu')),
  card('l40s', 'L40S', 48, 864, NV_DC('l40s')),
  card('a100-40g', 'A100 40GB', 40, 1555, NV_DC('a100'), ['a10040gb', 'a10040']),
  card('a100-80g', 'A100 80GB', 80, 2039, NV_DC('a100'), ['a10080gb', 'a10080']),
  card('h100', 'H100 80GB SXM', 80, 3350, NV_DC('h100'), ['h10080g', 'h100sxm']),
  card('h100-pcie', 'H100 80GB PCIe', 80, 2000, NV_DC('h100'), ['h100pcie']),
  card('h200', 'H200 141GB', 141, 4800, NV_DC('h200')),
  card('b200', 'B200 180GB', 180, 8000, NV_DC('dgx-b200')),
  card('rx7900xtx', 'Radeon RX 7900 XTX', 24, 960, 'https://www.amd.com/en/products/graphics/desktops/radeon/7000-series/amd-radeon-rx-7900xtx.html', ['7900xtx']),
  card('rx7900xt', 'Radeon RX 7900 XT', 20, 800, 'https://www.amd.com/en/products/graphics/desktops/radeon/7000-series/amd-radeon-rx-7900xt.html', ['7900xt']),
  card('mi300x', 'Instinct MI300X', 192, 5300, 'https://www.amd.com/en/products/accelerators/instinct/mi300/mi300x.html'),
  card('arc-a770', 'Arc A770 16GB', 16, 560, 'https://www.intel.com/content/www/us/en/products/sku/229151/intel-arc-a770-graphics-16gb/specifications.html', ['a770']),
  card('arc-b580', 'Arc B580', 12, 456, 'https://www.intel.com/content/www/us/en/products/sku/241598/intel-arc-b580-graphics/specifications.html', ['b580']),
  ...apple('m1', 'M1', [8, 16], 68),
  ...apple('m1-pro', 'M1 Pro', [16, 32], 200),
  ...apple('m1-max', 'M1 Max', [32, 64], 400),
  ...apple('m1-ultra', 'M1 Ultra', [64, 128], 800),
  ...apple('m2', 'M2', [8, 16, 24], 100),
  ...apple('m2-pro', 'M2 Pro', [16, 32], 200),
  ...apple('m2-max', 'M2 Max', [32, 64, 96], 400),
  ...apple('m2-ultra', 'M2 Ultra', [64, 128, 192], 800),
  ...apple('m3', 'M3', [8, 16, 24], 100),
  ...apple('m3-pro', 'M3 Pro', [18, 36], 150),
  ...apple('m3-max', 'M3 Max', [36, 48, 64, 96, 128], 400),
  ...apple('m4', 'M4', [16, 24, 32], 120),
  ...apple('m4-pro', 'M4 Pro', [24, 48, 64], 273),
  ...apple('m4-max', 'M4 Max', [36, 48, 64, 128], 546),
];

const GIB = 1024 ** 3;

/** One card's memory in bytes, as its driver reports it. */
export function gpuMemoryBytes(gpu: Gpu): number {
  return gpu.memoryGiB * GIB;
}

export function gpuById(id: string): Gpu | undefined {
  return GPUS.find((g) => g.id === id);
}

/**
 * Share of unified memory Metal lets one process use (`recommendedMaxWorkingSetSize`): about two thirds
 * up to 36 GB and three quarters above, as llama.cpp users measured and ggml prints at start-up
 * (https://github.com/ggml-org/llama.cpp/discussions/2182).
 */
export function usableShareOfGpu(gpu: Gpu): number {
  if (!gpu.unified) return 1;
  return gpu.memoryGiB > 36 ? 3 / 4 : 2 / 3;
}
