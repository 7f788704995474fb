// GPUs as people name them, read through the whole answer path (`gpu:` → the card on the fit), against the
// figures their makers publish and the totals nvidia-smi prints. Every expected number below is copied from
// the source named beside it, never from our tables. Apple silicon and Metal's share: gpus-apple.test.ts.
import { describe, expect, it } from 'vitest';
import { answer } from '../../src/answer.js';
import { findGpu } from '../../src/core/catalog/find.js';
import { estimateOf } from '../helpers/reply.js';

const MIB = 1024 ** 2;
const GIB = 1024 ** 3;

/** The card a `gpu:` option lands on, as the answer carries it, with the warning when the name left a variant open. */
function card(name: string) {
  const estimate = estimateOf(`params:1 gpu:"${name}"`);
  const fit = estimate.fit;
  if (!fit) throw new Error(`no fit for gpu:"${name}"`);
  const variant = estimate.warnings.find((w) => w.code === 'gpu_variant_assumed');
  // bandwidth is not on the fit; the same look-up the parser uses gives the row it chose
  const gpu = findGpu(name);
  expect(gpu?.id, `look-up and answer disagree on ${name}`).toBe(fit.gpuId);
  return {
    name: fit.gpuName ?? '', memoryMiB: fit.gpuMemoryBytes / MIB, usableBytes: fit.usableBytes,
    bandwidthGBps: gpu?.bandwidthGBps, variant,
  };
}

const GEFORCE = (page: string) => `https://www.nvidia.com/en-us/geforce/graphics-cards/${page}/`;
const NV_DC = (page: string) => `https://www.nvidia.com/en-us/data-center/${page}/`;
const NV_WS = (page: string) => `https://www.nvidia.com/en-us/design-visualization/${page}/`;
const AMD_RADEON = 'https://www.amd.com/en/products/specifications/graphics.html';
const AMD_INSTINCT = 'https://www.amd.com/en/products/specifications/accelerators.html';
const INTEL_ARC = 'https://www.intel.com/content/www/us/en/products/details/discrete-gpus/arc.html';

// [as typed, the card it must be, memory as sold (GB), bandwidth the maker states (GB/s), the maker's page].
// Issue 13 item 4 lists every one of these families; cards with a printed driver total are checked again below.
const PUBLISHED: ReadonlyArray<readonly [string, RegExp, number, number, string]> = [
  ['RTX 2060', /2060 6GB/, 6, 336, GEFORCE('compare/?section=compare-20')],
  ['RTX 2060 12GB', /2060 12GB/, 12, 336, GEFORCE('compare/?section=compare-20')],
  ['RTX 2060 Super', /2060 SUPER/, 8, 448, GEFORCE('compare/?section=compare-20')],
  ['RTX 2070', /RTX 2070$/, 8, 448, GEFORCE('compare/?section=compare-20')],
  ['RTX 2070 Super', /2070 SUPER/, 8, 448, GEFORCE('compare/?section=compare-20')],
  ['RTX 2080', /RTX 2080$/, 8, 448, GEFORCE('compare/?section=compare-20')],
  ['RTX 2080 Super', /2080 SUPER/, 8, 496, GEFORCE('compare/?section=compare-20')],
  ['RTX 2080 Ti', /2080 Ti/, 11, 616, GEFORCE('compare/?section=compare-20')],
  ['RTX 3050', /3050/, 8, 224, GEFORCE('30-series/rtx-3050')],
  ['RTX 3060 8GB', /3060 8GB/, 8, 240, GEFORCE('30-series/rtx-3060-3060ti')],
  ['RTX 3060 Ti', /3060 Ti/, 8, 448, GEFORCE('30-series/rtx-3060-3060ti')],
  ['RTX 3070', /RTX 3070$/, 8, 448, GEFORCE('30-series/rtx-3070-3070ti')],
  ['RTX 3070 Ti', /3070 Ti/, 8, 608, GEFORCE('30-series/rtx-3070-3070ti')],
  ['RTX 3080', /3080 10GB/, 10, 760, GEFORCE('30-series/rtx-3080-3080ti')],
  ['RTX 3080 12GB', /3080 12GB/, 12, 912, GEFORCE('30-series/rtx-3080-3080ti')],
  ['RTX 3080 Ti', /3080 Ti/, 12, 912, GEFORCE('30-series/rtx-3080-3080ti')],
  ['RTX 3090 Ti', /3090 Ti/, 24, 1008, GEFORCE('30-series/rtx-3090-3090ti')],
  ['RTX 4060', /RTX 4060$/, 8, 272, GEFORCE('40-series/rtx-4060-4060ti')],
  ['RTX 4060 Ti 8GB', /4060 Ti 8GB/, 8, 288, GEFORCE('40-series/rtx-4060-4060ti')],
  ['RTX 4070', /RTX 4070$/, 12, 504, GEFORCE('40-series/rtx-4070-family')],
  ['RTX 4070 Super', /4070 SUPER/, 12, 504, GEFORCE('40-series/rtx-4070-family')],
  ['RTX 4070 Ti', /4070 Ti$/, 12, 504, GEFORCE('40-series/rtx-4070-family')],
  ['RTX 4070 Ti Super', /4070 Ti SUPER/, 16, 672, GEFORCE('40-series/rtx-4070-family')],
  ['RTX 4080', /RTX 4080$/, 16, 716.8, GEFORCE('40-series/rtx-4080-family')],
  ['RTX 4080 Super', /4080 SUPER/, 16, 736, GEFORCE('40-series/rtx-4080-family')],
  ['RTX 5060', /RTX 5060$/, 8, 448, GEFORCE('50-series/rtx-5060-family')],
  ['RTX 5060 Ti 8GB', /5060 Ti 8GB/, 8, 448, GEFORCE('50-series/rtx-5060-family')],
  ['RTX 5060 Ti 16GB', /5060 Ti 16GB/, 16, 448, GEFORCE('50-series/rtx-5060-family')],
  ['RTX 5070', /RTX 5070$/, 12, 672, GEFORCE('50-series/rtx-5070-family')],
  ['RTX 5070 Ti', /5070 Ti/, 16, 896, GEFORCE('50-series/rtx-5070-family')],
  ['RTX 5080', /5080/, 16, 960, GEFORCE('50-series/rtx-5080')],
  ['Tesla P40', /P40/, 24, 346, NV_DC('tesla-p40')],
  ['Tesla P100 12GB', /P100 PCIe 12GB/, 12, 549, NV_DC('tesla-p100')],
  ['Tesla V100 16GB', /V100 16GB/, 16, 900, NV_DC('v100')],
  ['A10', /A10$/, 24, 600, NV_DC('products/a10-gpu')],
  ['A40', /A40/, 48, 696, NV_DC('a40')],
  ['RTX A6000', /A6000/, 48, 768, NV_WS('rtx-a6000')],
  ['RTX 6000 Ada', /6000 Ada/, 48, 960, NV_WS('rtx-6000')],
  ['RTX PRO 6000 Blackwell', /PRO 6000/, 96, 1792, 'https://www.nvidia.com/en-us/products/workstations/professional-desktop-gpus/rtx-pro-6000/'],
  ['A100 80GB PCIe', /A100 PCIe 80GB/, 80, 1935, NV_DC('a100')],
  ['H100 PCIe', /H100 PCIe/, 80, 2000, NV_DC('h100')],
  ['H100 NVL', /H100 NVL/, 94, 3900, NV_DC('h100')],
  ['H20', /H20/, 96, 4000, 'https://www.nvidia.cn/data-center/'],
  ['GH200 144GB', /GH200 144GB/, 144, 4900, NV_DC('grace-hopper-superchip')],
  ['Jetson AGX Orin 64GB', /AGX Orin 64GB/, 64, 204.8, 'https://www.nvidia.com/en-us/autonomous-machines/embedded-systems/jetson-orin/'],
  ['Jetson AGX Orin 32GB', /AGX Orin 32GB/, 32, 204.8, 'https://www.nvidia.com/en-us/autonomous-machines/embedded-systems/jetson-orin/'],
  ['Jetson Orin NX 16GB', /Orin NX 16GB/, 16, 102.4, 'https://www.nvidia.com/en-us/autonomous-machines/embedded-systems/jetson-orin/'],
  ['Jetson Orin Nano 8GB', /Orin Nano 8GB/, 8, 68, 'https://www.nvidia.com/en-us/autonomous-machines/embedded-systems/jetson-orin/'],
  ['Radeon RX 6600', /RX 6600$/, 8, 224, AMD_RADEON],
  ['RX 6700 XT', /6700 XT/, 12, 384, AMD_RADEON],
  ['RX 6800 XT', /6800 XT/, 16, 512, AMD_RADEON],
  ['RX 6950 XT', /6950 XT/, 16, 576, AMD_RADEON],
  ['RX 7600 XT', /7600 XT/, 16, 288, AMD_RADEON],
  ['RX 7800 XT', /7800 XT/, 16, 624, AMD_RADEON],
  ['RX 7900 GRE', /7900 GRE/, 16, 576, AMD_RADEON],
  ['RX 7900 XT', /7900 XT$/, 20, 800, AMD_RADEON],
  ['Radeon RX 7900 XTX', /7900 XTX/, 24, 960, AMD_RADEON],
  ['RX 9060 XT 16GB', /9060 XT 16GB/, 16, 320, AMD_RADEON],
  ['RX 9070', /RX 9070$/, 16, 640, AMD_RADEON],
  ['RX 9070 XT', /9070 XT/, 16, 640, AMD_RADEON],
  ['Radeon PRO W7900', /W7900/, 48, 864, AMD_RADEON],
  ['MI250', /MI250$/, 128, 3276.8, AMD_INSTINCT],
  ['MI300X', /MI300X/, 192, 5300, AMD_INSTINCT],
  ['MI325X', /MI325X/, 256, 6000, AMD_INSTINCT],
  ['Arc A310', /A310/, 4, 124, INTEL_ARC],
  ['Arc A380', /A380/, 6, 186, INTEL_ARC],
  ['Arc A750', /A750/, 8, 512, INTEL_ARC],
  ['Arc A770 8GB', /A770 8GB/, 8, 512, INTEL_ARC],
  ['Arc A770 16GB', /A770 16GB/, 16, 560, INTEL_ARC],
  ['Arc B570', /B570/, 10, 380, INTEL_ARC],
  ['Arc B580', /B580/, 12, 456, INTEL_ARC],
  // older and second-hand cards people run llama.cpp on; NVIDIA and AMD no longer list some, so TechPowerUp's
  // GPU database (techpowerup.com/gpu-specs) gives the board figures
  ['GTX 1070', /GTX 1070$/, 8, 256, 'https://www.nvidia.com/en-us/geforce/10-series/'],
  ['GTX 1080', /GTX 1080$/, 8, 320, 'https://www.nvidia.com/en-us/geforce/10-series/'],
  ['Titan Xp', /TITAN Xp/, 12, 547.7, 'https://www.nvidia.com/en-us/titan/titan-xp/'],
  ['Titan V', /TITAN V$/, 12, 652.8, 'https://www.nvidia.com/en-us/titan/titan-v/'],
  ['Titan RTX', /TITAN RTX/, 24, 672, 'https://www.nvidia.com/en-us/deep-learning-ai/products/titan-rtx/'],
  ['Tesla M40 24GB', /M40 24GB/, 24, 288, 'https://www.techpowerup.com/gpu-specs/tesla-m40-24-gb.c3838'],
  // one board is two GK210 GPUs of 12 GB and 240 GB/s each (NVIDIA: 24 GB, 480 GB/s per board)
  ['Tesla K80', /K80/, 12, 240, 'https://www.nvidia.com/en-gb/data-center/tesla-k80/'],
  ['Quadro RTX 6000', /Quadro RTX 6000/, 24, 672, NV_WS('quadro/rtx-6000')],
  ['Quadro RTX 8000', /Quadro RTX 8000/, 48, 672, NV_WS('quadro/rtx-8000')],
  ['RTX A4000', /A4000/, 16, 448, NV_WS('rtx-a4000')],
  ['RTX A4500', /A4500/, 20, 640, NV_WS('rtx-a4500')],
  ['RTX A5000', /A5000/, 24, 768, NV_WS('rtx-a5000')],
  ['RTX 4000 Ada', /RTX 4000 Ada$/, 20, 360, NV_WS('rtx-4000')],
  ['RTX 5000 Ada', /RTX 5000 Ada$/, 32, 576, NV_WS('rtx-5000')],
  ['L40', /L40$/, 48, 864, NV_DC('l40')],
  ['A30', /A30$/, 24, 933, NV_DC('products/a30-gpu')],
  // four GPUs of 16 GB and 200 GB/s on one board (NVIDIA: 4 × 16 GB, 4 × 200 GB/s)
  ['A16', /A16/, 16, 200, NV_DC('products/a16-gpu')],
  ['V100 32GB', /V100 32GB/, 32, 900, NV_DC('v100')],
  ['P100 12GB', /P100 PCIe 12GB/, 12, 549, NV_DC('tesla-p100')],
  ['Jetson AGX Orin 32GB', /AGX Orin 32GB/, 32, 204.8, 'https://www.nvidia.com/en-us/autonomous-machines/embedded-systems/jetson-orin/'],
  ['Radeon VII', /Radeon VII/, 16, 1024, 'https://www.techpowerup.com/gpu-specs/radeon-vii.c3358'],
  ['RX 580 8GB', /RX 580 8GB/, 8, 256, 'https://www.techpowerup.com/gpu-specs/radeon-rx-580.c2938'],
  ['RX 5700 XT', /5700 XT/, 8, 448, 'https://www.techpowerup.com/gpu-specs/radeon-rx-5700-xt.c3339'],
  ['RX 6600 XT', /6600 XT/, 8, 256, AMD_RADEON],
  ['GTX 1650', /GTX 1650$/, 4, 128, 'https://www.nvidia.com/en-us/geforce/graphics-cards/gtx-1650/'],
  ['GTX 1660 Super', /GTX 1660 SUPER/, 6, 336, 'https://www.nvidia.com/en-us/geforce/graphics-cards/gtx-1660-super/'],
  ['GTX 1660 Ti', /GTX 1660 Ti/, 6, 288, 'https://www.nvidia.com/en-us/geforce/graphics-cards/gtx-1660-ti/'],
  ['V100S', /V100S/, 32, 1134, NV_DC('v100')],
  ['Quadro P5000', /Quadro P5000/, 16, 288, NV_WS('quadro/quadro-desktop-gpus')],
  ['RTX PRO 6000 Max-Q', /RTX PRO 6000 Blackwell/, 96, 1792, 'https://www.nvidia.com/en-us/products/workstations/professional-desktop-gpus/rtx-pro-6000/'],
  // 13.4 TB and 576 TB/s over the NVL72's 72 GPUs
  ['GB200', /GB200/, 186, 8000, NV_DC('gb200-nvl72')],
  // 256-bit LPDDR5X-8000 (AMD's product page): 256 GB/s
  ['Ryzen AI Max+ 395 128GB', /395 128GB/, 128, 256, 'https://www.amd.com/en/products/processors/laptop/ryzen/ai-300-series/amd-ryzen-ai-max-plus-395.html'],
];

describe('every GPU issue 13 lists is recognised with the memory and bandwidth its maker publishes', () => {
  it.each(PUBLISHED)('%s → %s, %d GB, %s GB/s (%s)', (typed, expected, memoryGB, bandwidthGBps) => {
    const got = card(typed);
    expect(got.name).toMatch(expected);
    // a driver shows at most the size sold, and ECC or reserved memory takes under 7 % (T4: 15,360 of 16,384 MiB)
    expect(got.memoryMiB).toBeLessThanOrEqual(memoryGB * 1024);
    expect(got.memoryMiB).toBeGreaterThan(memoryGB * 1024 * 0.93);
    expect(got.bandwidthGBps).toBe(bandwidthGBps);
  });
});

// Laptop parts: NVIDIA's pages give memory size and bus width only (https://www.nvidia.com/en-us/geforce/laptops/compare/)
describe('laptop GPUs are recognised with the memory NVIDIA lists', () => {
  it.each([
    ['RTX 2060 Laptop', 6], ['RTX 3050 Ti Laptop GPU', 4], ['RTX 3060 Laptop', 6], ['RTX 3070 Ti Laptop', 8],
    ['RTX 3080 Ti Laptop', 16], ['RTX 4050 Laptop', 6], ['RTX 4060 Laptop', 8], ['RTX 4070 Laptop', 8],
    ['RTX 4080 Laptop', 12], ['RTX 4090 Laptop', 16], ['RTX 5070 Ti Laptop', 12], ['RTX 5090 Laptop', 24],
    ['RTX 4090 mobile', 16],
  ] as const)('%s → %d GB, not the desktop card', (typed, memoryGB) => {
    const got = card(typed);
    expect(got.name).toMatch(/Laptop/);
    expect(got.memoryMiB).toBe(memoryGB * 1024);
  });
});

// What nvidia-smi (rocm-smi, CUDA) printed for one card: HBM and ECC cards hold less than "N GB" × 1024 MiB, and the
// answer must size against what the driver reports. Issue 18: H200 143,771 MiB, B200 183,359 MiB.
const MODAL = 'https://github.com/modal-labs/modal-client/pull/2797';
const DRIVER_TOTALS: ReadonlyArray<readonly [string, number, string]> = [
  ['H200', 143_771, 'issue 18; nvidia-smi in public files'],
  ['NVIDIA B200', 183_359, 'https://github.com/NVIDIA/TensorRT-LLM/issues/10278'],
  // "0MiB / 275040MiB" beside "NVIDIA B300 SXM6 AC" in nvidia-smi tables in public files
  ['NVIDIA B300 SXM6 AC', 275_040, 'nvidia-smi in public files'],
  ['B300', 275_040, 'nvidia-smi in public files'],
  ['NVIDIA H100 80GB HBM3', 81_559, 'https://github.com/NVIDIA/nccl/issues/1264'],
  ['H100 SXM', 81_559, 'https://github.com/NVIDIA/nccl/issues/1264'],
  ['NVIDIA A100-SXM4-80GB', 81_920, MODAL],
  ['A100 40GB', 40_960, MODAL],
  ['Tesla T4', 15_360, MODAL],
  ['L4', 23_034, MODAL],
  ['L40S', 46_068, MODAL],
  ['A10G', 23_028, MODAL],
  // "0MiB / 23028MiB" beside "NVIDIA A10" in nvidia-smi tables in public files (ECC on, as shipped)
  ['NVIDIA A10', 23_028, 'nvidia-smi in public files'],
  ['NVIDIA H800', 81_559, 'nvidia-smi in public files'],
  // nvidia-smi tables in public GitHub files: "0MiB / 16280MiB" on Tesla P100-PCIE and -SXM2, "0MiB / 32768MiB"
  // on Tesla V100-SXM2-32GB (driver 535; 410 and 440 printed 32510), "1MiB / 97871MiB" on NVIDIA GH200 480GB
  ['Tesla P100 16GB', 16_280, 'nvidia-smi in public files'],
  ['Tesla V100 32GB', 32_768, 'nvidia-smi in public files'],
  ['GH200', 97_871, 'nvidia-smi in public files'],
  ['NVIDIA GeForce RTX 4090', 24_564, 'https://github.com/RLinf/RLinf/issues/255'],
  ['RTX 3090', 24_576, 'https://github.com/noonghunna/club-3090/issues/1128'],
  ['RTX 5090', 32_607, 'https://github.com/noonghunna/club-3090/issues/1261'],
  ['RTX 3060 12GB', 12_288, 'https://github.com/geerlingguy/raspberry-pi-pcie-devices/issues/790'],
  // rocm-smi --showmeminfo vram: "VRAM Total Memory (B): 205822885888" on MI300X instances, in public files
  ['MI300X', 205_822_885_888 / MIB, 'rocm-smi in public files'],
  // CUDA deviceQuery on GB10 (nvidia-smi shows N/A): https://blog.kubesimplify.com/day-3-the-dgx-spark-unpacked-gb10-unified-memory-sm-121-and-the-one-reason-this-hardware-exists
  ['DGX Spark', 122_570, 'kubesimplify deviceQuery'],
];

describe('cards are sized by the total their driver (nvidia-smi, rocm-smi, CUDA) prints, not the label', () => {
  it.each(DRIVER_TOTALS)('%s: %d MiB (%s)', (typed, mib) => {
    const got = card(typed);
    expect(got.memoryMiB).toBe(mib);
    // CUDA/ROCm cards: llama.cpp may use all of it (no Metal-style cap)
    expect(got.usableBytes).toBe(mib * MIB);
  });

  it('HBM cards are not N GiB: H200 and B200 are a GiB or more under 141 and 180 GiB', () => {
    expect(card('H200').memoryMiB).toBeLessThan(141 * 1024);
    expect(card('B200').memoryMiB).toBeLessThan(180 * 1024);
  });

  it('H100 SXM, PCIe and NVL carry their own bandwidth (NVIDIA: 3.35, 2 and 3.9 TB/s) and the H200 4.8 TB/s, B200 8 TB/s', () => {
    expect(['H100 SXM', 'H100 PCIe', 'H100 NVL', 'H200', 'B200'].map((n) => card(n).bandwidthGBps)).toEqual([3350, 2000, 3900, 4800, 8000]);
  });
});

describe('spellings people type', () => {
  it('"RTX 3060 12GB" is the 12 GB card, 360 GB/s (NVIDIA 30-series page), with nothing assumed', () => {
    const got = card('RTX 3060 12GB');
    expect([got.name, got.memoryMiB, got.bandwidthGBps, got.variant]).toEqual(['GeForce RTX 3060 12GB', 12_288, 360, undefined]);
  });

  it('a bare "3060" takes the 12 GB card (the 8 GB one is a 2022 cut-down) and says it assumed so', () => {
    const got = card('3060');
    expect(got.memoryMiB).toBe(12_288);
    expect(got.variant).toMatchObject({ family: 'GeForce RTX 3060', memoryGB: 12, bandwidthGBps: 360 });
  });

  it('"4060 Ti 16GB" is the 16 GB card (nvidia-smi: 16,380 MiB), not the 8 GB one', () => {
    const got = card('4060 Ti 16GB');
    expect(got.name).toBe('GeForce RTX 4060 Ti 16GB');
    // nvidia-smi totals in public GitHub files: 16380 MiB for the 16 GB board, 8188 MiB for the 8 GB
    expect(got.memoryMiB).toBe(16_380);
    expect(got.variant).toBeUndefined();
  });

  it('a bare "4060 Ti" takes the smaller card and warns, so a "fits" holds on both', () => {
    const got = card('4060 Ti');
    expect(got.memoryMiB).toBe(8_188);
    expect(got.variant).toMatchObject({ memoryGB: 8 });
  });

  it.each([
    ['Mac Studio M2 Ultra 192GB', 'Apple M2 Ultra 192GB'], ['MacBook Pro M3 Max 36GB', 'Apple M3 Max 36GB'], ['Mac mini M4 Pro 64GB', 'Apple M4 Pro 64GB'],
  ])('the Mac around a chip is not part of its name: %s is %s', (typed, name) => {
    expect(card(typed).name).toBe(name);
  });

  it.each([
    ['NVIDIA GeForce RTX 4090'], ['RTX 4090'], ['rtx4090'], ['4090'], ['GeForce RTX 4090'],
  ])('"%s" is the RTX 4090 (24 GB, 1008 GB/s, nvidia-smi 24,564 MiB)', (typed) => {
    const got = card(typed);
    expect([got.name, got.memoryMiB, got.bandwidthGBps]).toEqual(['GeForce RTX 4090', 24_564, 1008]);
  });

  it('"Tesla P40" is the 24 GB Pascal card at 346 GB/s (NVIDIA P40 datasheet)', () => {
    const got = card('Tesla P40');
    expect([got.memoryMiB, got.bandwidthGBps]).toEqual([24 * 1024, 346]);
  });

  it('"DGX Spark" is the 128 GB GB10 box at 273 GB/s, sized by what CUDA reports (122,570 MiB)', () => {
    const got = card('DGX Spark');
    expect([got.name, got.memoryMiB, got.bandwidthGBps]).toEqual(['NVIDIA DGX Spark 128GB', 122_570, 273]);
  });

  it('"Strix Halo" is a Ryzen AI Max+ 395 at 256 GB/s; with no size named it warns which memory it took', () => {
    const got = card('Strix Halo');
    expect(got.name).toMatch(/Ryzen AI Max\+ 395/);
    expect(got.bandwidthGBps).toBe(256);
    expect(got.variant).toBeDefined();
    expect(card('Strix Halo 128GB').memoryMiB).toBe(128 * 1024);
  });

  it('"Jetson Orin" alone takes the AGX Orin 64GB of the Developer Kit (204.8 GB/s) and says it assumed so', () => {
    const got = card('Jetson Orin');
    expect([got.name, got.memoryMiB, got.bandwidthGBps]).toEqual(['NVIDIA Jetson AGX Orin 64GB', 64 * 1024, 204.8]);
    expect(got.variant).toMatchObject({ memoryGB: 64, bandwidthGBps: 204.8 });
    // the module names keep their own defaults: "AGX Orin" the smaller 32 GB, "Orin Nano" the 8 GB kit at 68 GB/s
    expect(card('AGX Orin').memoryMiB).toBe(32 * 1024);
    expect([card('Orin Nano').memoryMiB, card('Orin Nano').bandwidthGBps]).toEqual([8 * 1024, 68]);
  });

  it('"RX 580" is the 8 GB reference card (256 GB/s) with a warning; "RX 580 4GB" the 224 GB/s one', () => {
    const got = card('RX 580');
    expect([got.memoryMiB, got.bandwidthGBps]).toEqual([8 * 1024, 256]);
    expect(got.variant).toMatchObject({ memoryGB: 8 });
    expect([card('RX 580 4GB').memoryMiB, card('RX 580 4GB').bandwidthGBps]).toEqual([4 * 1024, 224]);
  });

  it('"Tesla M40" alone takes the 12 GB card and warns; the 24 GB one is sized by nvidia-smi (22,939 MiB, ECC on)', () => {
    expect(card('Tesla M40').memoryMiB).toBe(12 * 1024);
    expect(card('Tesla M40').variant).toMatchObject({ memoryGB: 12 });
    // gpustat JSON in a public GitHub file: "name": "Tesla M40 24GB", "memory.total": 22939
    expect(card('Tesla M40 24GB').memoryMiB).toBe(22_939);
  });

  it('"Tesla K80" is one of its two GPUs: nvidia-smi prints 11,441 MiB for each', () => {
    // "Tesla K80 ... 0MiB / 11441MiB" in nvidia-smi tables in public GitHub files
    expect(card('Tesla K80').memoryMiB).toBe(11_441);
  });

  it.each([
    ['RTX 3060 8GB', 'GeForce RTX 3060 8GB', 8 * 1024, 240],
    ['A10G', 'NVIDIA A10G', 23_028, 600],
    ['H20', 'NVIDIA H20 96GB', 97_871, 4000],
    ['GH200 144GB', 'NVIDIA GH200 144GB', 144 * 1024, 4900],
    ['MI250', 'AMD Instinct MI250', 128 * 1024, 3276.8],
    ['MI325X', 'AMD Instinct MI325X', 256 * 1024, 6000],
    ['Arc B580', 'Intel Arc B580', 12 * 1024, 456],
    ['Ryzen AI Max+ 395 128GB', 'AMD Ryzen AI Max+ 395 128GB', 128 * 1024, 256],
  ] as const)('"%s" names one card (%s, %d MiB, %s GB/s) and assumes nothing', (typed, name, mib, bandwidth) => {
    const got = card(typed);
    expect([got.name, got.memoryMiB, got.bandwidthGBps, got.variant]).toEqual([name, mib, bandwidth, undefined]);
  });

  it('"A100" means the 80 GB SXM4 board clouds rent (2,039 GB/s) and says so; "A100 40GB" is the 1,555 GB/s one', () => {
    const a100 = card('A100');
    expect([a100.memoryMiB, a100.bandwidthGBps]).toEqual([81_920, 2039]);
    expect(a100.variant).toMatchObject({ family: 'NVIDIA A100' });
    expect(card('A100 40GB').bandwidthGBps).toBe(1555);
  });

  it('a name fixing one row warns nothing; a family name with several sizes warns', () => {
    expect(card('H100 NVL').variant).toBeUndefined();
    expect(card('V100').variant).toMatchObject({ family: 'Tesla V100', memoryGB: 16 });
  });

  it('two 3090s are written gpu:rtx3090 gpus:2 (docs/contract.md): usable memory doubles', () => {
    const one = estimateOf('params:1 gpu:rtx3090').fit;
    const two = estimateOf('params:1 gpu:rtx3090 gpus:2').fit;
    expect(two?.gpuCount).toBe(2);
    expect(two?.usableBytes).toBe(2 * 24_576 * MIB);
    expect(one?.usableBytes).toBe(24_576 * MIB);
  });

  it.each([
    ['gpu:2x3090', 'GeForce RTX 3090', 2], ['gpu:"4 × A100 80GB"', 'NVIDIA A100 SXM4 80GB', 4], ['gpu:8*h100', 'NVIDIA H100 SXM 80GB', 8],
  ])('%s is the count before the GPU, as people write their rigs', (option, gpuName, count) => {
    const fit = estimateOf(`params:70 precision:q4_k_m ${option}`).fit;
    expect([fit?.gpuName, fit?.gpuCount]).toEqual([gpuName, count]);
  });

  it('a count before an unknown GPU is refused with the GPU named, not the count', () => {
    const reply = answer('params:1 gpu:2x3099');
    expect(reply.ok ? [] : reply.issues.map((i) => i.code === 'unknown_gpu' && i.input)).toEqual(['3099']);
  });

  it('a bare word names the GPU too (docs/contract.md: "`4090` a GPU"): "7b 4090" is sized on the RTX 4090', () => {
    const fit = estimateOf('7b 4090').fit;
    expect([fit?.gpuName, (fit?.gpuMemoryBytes ?? 0) / MIB]).toEqual(['GeForce RTX 4090', 24_564]);
  });

  it('a size in GB is that many GiB', () => {
    expect(estimateOf('params:1 gpu:24').fit?.gpuMemoryBytes).toBe(24 * GIB);
  });
});
