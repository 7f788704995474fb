// AMD Radeon, Radeon PRO, Instinct and Strix Halo; Intel Arc. One row per memory size; bandwidth as the
// maker states it. ROCm supports only some Radeons officially; the others run through Vulkan or
// HSA_OVERRIDE_GFX_VERSION, with the same memory.
import { gpu, type Gpu, type TableDefaults } from './row.js';
import { fromBus } from './sources.js';

const RADEON: TableDefaults = { vendor: 'amd', kind: 'desktop', backend: 'rocm', source: 'https://www.amd.com/en/products/graphics/desktops/radeon.html' };
const PRO: TableDefaults = { ...RADEON, kind: 'workstation', source: 'https://www.amd.com/en/products/graphics/workstations.html' };
const INSTINCT: TableDefaults = { ...RADEON, kind: 'datacenter', source: 'https://www.amd.com/en/products/accelerators/instinct.html' };
const STRIX: TableDefaults = {
  ...RADEON, kind: 'shared',
  source: 'https://www.amd.com/en/products/processors/laptop/ryzen/ai-300-series/amd-ryzen-ai-max-plus-395.html',
};
const ARC: TableDefaults = { vendor: 'intel', kind: 'desktop', backend: 'sycl', source: 'https://www.intel.com/content/www/us/en/products/details/discrete-gpus/arc.html' };

// Strix Halo: 256-bit LPDDR5X-8000 (https://ar.whatpsu.com/articles/1364-The-AMD-Ryzen-AI-MAX-300-Strix-Halo-iGPU-will-showcase-the-Radeon-8000S-branding)
const STRIX_BANDWIDTH = fromBus(256, 8);
const STRIX_NOTE = 'the BIOS and OS decide how much of it the GPU may take (Windows: up to 96 of 128 GB as dedicated memory)';
const strix395 = (memoryGB: number, id: string): Gpu =>
  gpu(STRIX, id, `AMD Ryzen AI Max+ 395 ${memoryGB}GB`, memoryGB, STRIX_BANDWIDTH, {
    names: ['Strix Halo', 'Ryzen AI Max 395', 'Radeon 8060S'], verified: true, note: STRIX_NOTE,
  });

// TechPowerUp's GPU database, for cards AMD no longer lists
const TPU = (card: string) => `https://www.techpowerup.com/gpu-specs/${card}`;

export const AMD: readonly Gpu[] = [
  // Polaris (gfx803): no ROCm for years; llama.cpp runs it through Vulkan. AMD's reference 8 GB card is
  // 8 Gbps on 256 bits (256 GB/s) and is the one sold most: "RX 580" means it; 4 GB boards are 7 Gbps
  gpu(RADEON, 'rx580', 'Radeon RX 580 8GB', 8, fromBus(256, 8), {
    family: 'Radeon RX 580', common: true, source: TPU('radeon-rx-580.c2938'),
  }),
  gpu(RADEON, 'rx580-4g', 'Radeon RX 580 4GB', 4, fromBus(256, 7), {
    family: 'Radeon RX 580', source: TPU('radeon-rx-580.c2938'), note: 'some 4 GB boards run 8 Gbps (256 GB/s)',
  }),
  // Vega 20 (gfx906, the MI50's chip): 16 GB HBM2 on a 4096-bit bus, 1 TB/s
  gpu(RADEON, 'radeon-vii', 'Radeon VII', 16, 1024, { source: TPU('radeon-vii.c3358') }),
  // RDNA1 (gfx1010): 8 GB GDDR6 at 14 Gbps on 256 bits
  gpu(RADEON, 'rx5700', 'Radeon RX 5700', 8, 448, { source: TPU('radeon-rx-5700.c3437') }),
  gpu(RADEON, 'rx5700xt', 'Radeon RX 5700 XT', 8, 448, { source: TPU('radeon-rx-5700-xt.c3339') }),
  gpu(RADEON, 'rx6600', 'Radeon RX 6600', 8, 224),
  gpu(RADEON, 'rx6600xt', 'Radeon RX 6600 XT', 8, 256),
  gpu(RADEON, 'rx6700xt', 'Radeon RX 6700 XT', 12, 384),
  gpu(RADEON, 'rx6750xt', 'Radeon RX 6750 XT', 12, 432),
  gpu(RADEON, 'rx6800', 'Radeon RX 6800', 16, 512),
  gpu(RADEON, 'rx6800xt', 'Radeon RX 6800 XT', 16, 512),
  gpu(RADEON, 'rx6900xt', 'Radeon RX 6900 XT', 16, 512),
  gpu(RADEON, 'rx6950xt', 'Radeon RX 6950 XT', 16, 576),
  gpu(RADEON, 'rx7600', 'Radeon RX 7600', 8, 288),
  gpu(RADEON, 'rx7600xt', 'Radeon RX 7600 XT', 16, 288),
  gpu(RADEON, 'rx7700xt', 'Radeon RX 7700 XT', 12, 432),
  gpu(RADEON, 'rx7800xt', 'Radeon RX 7800 XT', 16, 624),
  gpu(RADEON, 'rx7900gre', 'Radeon RX 7900 GRE', 16, 576),
  gpu(RADEON, 'rx7900xt', 'Radeon RX 7900 XT', 20, 800),
  gpu(RADEON, 'rx7900xtx', 'Radeon RX 7900 XTX', 24, 960),
  gpu(RADEON, 'rx9060xt-8g', 'Radeon RX 9060 XT 8GB', 8, 320),
  gpu(RADEON, 'rx9060xt', 'Radeon RX 9060 XT 16GB', 16, 320),
  gpu(RADEON, 'rx9070', 'Radeon RX 9070', 16, 640),
  gpu(RADEON, 'rx9070xt', 'Radeon RX 9070 XT', 16, 640),
  gpu(PRO, 'w6800', 'Radeon PRO W6800', 32, 512, { names: ['W6800'] }),
  gpu(PRO, 'w7800', 'Radeon PRO W7800', 32, 576, { names: ['W7800'], note: 'a 48 GB W7800 came later' }),
  gpu(PRO, 'w7900', 'Radeon PRO W7900', 48, 864, { names: ['W7900'] }),
  gpu(INSTINCT, 'mi50', 'AMD Instinct MI50 16GB', 16, 1024),
  gpu(INSTINCT, 'mi50-32g', 'AMD Instinct MI50 32GB', 32, 1024),
  gpu(INSTINCT, 'mi60', 'AMD Instinct MI60', 32, 1024),
  gpu(INSTINCT, 'mi100', 'AMD Instinct MI100', 32, 1228.8),
  gpu(INSTINCT, 'mi210', 'AMD Instinct MI210', 64, 1638.4),
  // two dies that the driver shows as two 64 GB devices of 1.6 TB/s each
  gpu(INSTINCT, 'mi250', 'AMD Instinct MI250', 128, 3276.8, { note: 'ROCm shows it as two 64 GB GPUs' }),
  gpu(INSTINCT, 'mi250x', 'AMD Instinct MI250X', 128, 3276.8, { note: 'ROCm shows it as two 64 GB GPUs' }),
  gpu(INSTINCT, 'mi300a', 'AMD Instinct MI300A', 128, 5300, { note: 'an APU: the 128 GB are shared with its CPU' }),
  // rocm-smi --showmeminfo vram prints "VRAM Total Memory (B): 205822885888" (196,288 MiB), not 192 × 1024 MiB
  gpu(INSTINCT, 'mi300x', 'AMD Instinct MI300X', 192, 5300, {
    smi: [196288, 'rocm-smi output in public GitHub files (code index file ids 68445414372, 69240662799, 70352164058; the index gives no URL)'],
  }),
  gpu(INSTINCT, 'mi325x', 'AMD Instinct MI325X', 256, 6000),
  gpu(INSTINCT, 'mi355x', 'AMD Instinct MI355X', 288, 8000),
  gpu(STRIX, 'ryzen-ai-max-385', 'AMD Ryzen AI Max 385 32GB', 32, STRIX_BANDWIDTH, {
    source: 'https://www.amd.com/en/products/processors/laptop/ryzen/ai-300-series/amd-ryzen-ai-max-385.html',
    names: ['Radeon 8050S'], verified: true, note: STRIX_NOTE,
  }),
  strix395(64, 'strix-halo-64'),
  strix395(96, 'strix-halo-96'),
  strix395(128, 'strix-halo-128'),
];

export const INTEL: readonly Gpu[] = [
  gpu(ARC, 'arc-a310', 'Intel Arc A310', 4, 124),
  gpu(ARC, 'arc-a380', 'Intel Arc A380', 6, 186),
  gpu(ARC, 'arc-a580', 'Intel Arc A580', 8, 512),
  gpu(ARC, 'arc-a750', 'Intel Arc A750', 8, 512),
  gpu(ARC, 'arc-a770-8g', 'Intel Arc A770 8GB', 8, 512),
  // Intel's own Limited Edition card is the 16 GB; 8 GB boards came from partners
  gpu(ARC, 'arc-a770', 'Intel Arc A770 16GB', 16, 560, { common: true }),
  gpu(ARC, 'arc-b570', 'Intel Arc B570', 10, 380),
  gpu(ARC, 'arc-b580', 'Intel Arc B580', 12, 456),
  gpu(ARC, 'arc-pro-b50', 'Intel Arc Pro B50', 16, 224, {
    kind: 'workstation', names: ['Pro B50'], verified: true, note: '128-bit GDDR6 at 14 Gbps (https://technical.city/en/video/Iris-Plus-Graphics-650-vs-Arc-Pro-B50)',
  }),
  gpu(ARC, 'arc-pro-b60', 'Intel Arc Pro B60', 24, 456, { kind: 'workstation', names: ['Pro B60'], note: 'dual-GPU boards are two of these' }),
];
