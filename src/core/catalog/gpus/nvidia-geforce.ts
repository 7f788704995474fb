// NVIDIA GeForce desktop and laptop GPUs, one row per memory size. Bandwidth as NVIDIA's spec pages state
// it; laptop pages give only bus width and memory size, so there it is bus width × the usual data rate.
import { gpu, type Gpu, type TableDefaults } from './row.js';
import { fromBus, indexed } from './sources.js';

const SERIES = (page: string) => `https://www.nvidia.com/en-us/geforce/graphics-cards/${page}/`;
const G10: TableDefaults = { vendor: 'nvidia', kind: 'desktop', backend: 'cuda', source: 'https://www.nvidia.com/en-us/geforce/10-series/' };
// Turing without RT cores; NVIDIA's 16-series pages state memory, bus and data rate (bandwidth = bus × rate)
const G16: TableDefaults = { ...G10, source: 'https://www.nvidia.com/en-us/geforce/graphics-cards/gtx-1660-super/' };
const G20: TableDefaults = { ...G10, source: 'https://www.nvidia.com/en-us/geforce/graphics-cards/compare/?section=compare-20' };
const G30: TableDefaults = { ...G10, source: SERIES('30-series') };
const G40: TableDefaults = { ...G10, source: SERIES('40-series') };
const G50: TableDefaults = { ...G10, source: SERIES('50-series') };
const LAPTOP: TableDefaults = { ...G10, kind: 'laptop', source: 'https://www.nvidia.com/en-us/geforce/laptops/compare/' };
const TITAN: TableDefaults = { ...G10, source: 'https://www.nvidia.com/en-us/titan/titan-v/' };

// NVIDIA's laptop pages give memory size and bus width only; the data rate is the board maker's
const OEM_CLOCK = 'bandwidth = bus width × the common memory clock; laptop makers may clock lower';
const laptop = (id: string, name: string, memoryGB: number, busBits: number, gbpsPerPin: number, family?: string): Gpu =>
  gpu(LAPTOP, id, name, memoryGB, fromBus(busBits, gbpsPerPin), { family: family ?? name.replace(/ GPU$/, ''), note: OEM_CLOCK });

export const GEFORCE: readonly Gpu[] = [
  // the 3 GB card is a cut-down variant (1152 cores) that came a month later: "GTX 1060" means the 6 GB
  gpu(G10, 'gtx1060', 'GeForce GTX 1060 6GB', 6, 192, { common: true }),
  gpu(G10, 'gtx1060-3g', 'GeForce GTX 1060 3GB', 3, 192),
  gpu(G10, 'gtx1070', 'GeForce GTX 1070', 8, 256),
  gpu(G10, 'gtx1080', 'GeForce GTX 1080', 8, 320),
  gpu(G10, 'gtx1080ti', 'GeForce GTX 1080 Ti', 11, 484),
  // 12 GB GDDR5X at 11.4 Gbps on a 384-bit bus: NVIDIA states 547.7 GB/s
  gpu(TITAN, 'titan-xp', 'NVIDIA TITAN Xp', 12, 547.7, { source: 'https://www.nvidia.com/en-us/titan/titan-xp/' }),
  gpu(TITAN, 'titan-v', 'NVIDIA TITAN V', 12, 652.8),
  gpu(TITAN, 'titan-rtx', 'NVIDIA TITAN RTX', 24, 672, { source: 'https://www.nvidia.com/en-us/deep-learning-ai/products/titan-rtx/' }),
  // the 2019 GDDR5 board (128-bit, 8 Gbps); the 2020 GDDR6 refresh runs 12 Gbps, 192 GB/s
  gpu(G16, 'gtx1650', 'GeForce GTX 1650', 4, 128, { source: 'https://www.nvidia.com/en-us/geforce/graphics-cards/gtx-1650/', note: 'the GDDR6 board runs 192 GB/s' }),
  gpu(G16, 'gtx1650super', 'GeForce GTX 1650 SUPER', 4, 192, { source: 'https://www.nvidia.com/en-us/geforce/graphics-cards/gtx-1650-super/' }),
  gpu(G16, 'gtx1660', 'GeForce GTX 1660', 6, 192, { source: 'https://www.nvidia.com/en-us/geforce/graphics-cards/gtx-1660/' }),
  gpu(G16, 'gtx1660super', 'GeForce GTX 1660 SUPER', 6, 336),
  gpu(G16, 'gtx1660ti', 'GeForce GTX 1660 Ti', 6, 288, { source: 'https://www.nvidia.com/en-us/geforce/graphics-cards/gtx-1660-ti/' }),
  gpu(G20, 'rtx2060', 'GeForce RTX 2060 6GB', 6, 336),
  gpu(G20, 'rtx2060-12g', 'GeForce RTX 2060 12GB', 12, 336),
  gpu(G20, 'rtx2060super', 'GeForce RTX 2060 SUPER', 8, 448),
  gpu(G20, 'rtx2070', 'GeForce RTX 2070', 8, 448),
  gpu(G20, 'rtx2070super', 'GeForce RTX 2070 SUPER', 8, 448),
  gpu(G20, 'rtx2080', 'GeForce RTX 2080', 8, 448),
  gpu(G20, 'rtx2080super', 'GeForce RTX 2080 SUPER', 8, 496),
  gpu(G20, 'rtx2080ti', 'GeForce RTX 2080 Ti', 11, 616),
  gpu(G30, 'rtx3050', 'GeForce RTX 3050 8GB', 8, 224),
  // the 8 GB card (128-bit, Oct 2022) is a late cut-down: "RTX 3060" means the 12 GB
  gpu(G30, 'rtx3060', 'GeForce RTX 3060 12GB', 12, 360, {
    common: true, smi: [12288, 'https://github.com/geerlingguy/raspberry-pi-pcie-devices/issues/790'],
  }),
  gpu(G30, 'rtx3060-8g', 'GeForce RTX 3060 8GB', 8, 240),
  gpu(G30, 'rtx3060ti', 'GeForce RTX 3060 Ti', 8, 448, { note: 'the 2022 GDDR6X board runs 608 GB/s' }),
  gpu(G30, 'rtx3070', 'GeForce RTX 3070', 8, 448),
  gpu(G30, 'rtx3070ti', 'GeForce RTX 3070 Ti', 8, 608),
  gpu(G30, 'rtx3080', 'GeForce RTX 3080 10GB', 10, 760),
  gpu(G30, 'rtx3080-12g', 'GeForce RTX 3080 12GB', 12, 912),
  gpu(G30, 'rtx3080ti', 'GeForce RTX 3080 Ti', 12, 912),
  gpu(G30, 'rtx3090', 'GeForce RTX 3090', 24, 936, { smi: [24576, 'https://github.com/noonghunna/club-3090/issues/1128'] }),
  gpu(G30, 'rtx3090ti', 'GeForce RTX 3090 Ti', 24, 1008),
  gpu(G40, 'rtx4060', 'GeForce RTX 4060', 8, 272),
  gpu(G40, 'rtx4060ti', 'GeForce RTX 4060 Ti 8GB', 8, 288, { smi: [8188, indexed(2991525688)] }),
  gpu(G40, 'rtx4060ti-16g', 'GeForce RTX 4060 Ti 16GB', 16, 288, { smi: [16380, indexed(56254815482, 22192937725, 39032192772)] }),
  gpu(G40, 'rtx4070', 'GeForce RTX 4070', 12, 504, { note: 'the 2024 GDDR6 board runs 480 GB/s' }),
  gpu(G40, 'rtx4070super', 'GeForce RTX 4070 SUPER', 12, 504),
  gpu(G40, 'rtx4070ti', 'GeForce RTX 4070 Ti', 12, 504, { smi: [12282, indexed(26218044481, 69251779894, 53747611606)] }),
  gpu(G40, 'rtx4070tisuper', 'GeForce RTX 4070 Ti SUPER', 16, 672),
  gpu(G40, 'rtx4080', 'GeForce RTX 4080', 16, 716.8, { smi: [16376, indexed(55661108098, 70028105, 44408223949)] }),
  gpu(G40, 'rtx4080super', 'GeForce RTX 4080 SUPER', 16, 736),
  gpu(G40, 'rtx4090', 'GeForce RTX 4090', 24, 1008, {
    source: SERIES('40-series/rtx-4090'), smi: [24564, 'https://github.com/RLinf/RLinf/issues/255'],
  }),
  gpu(G40, 'rtx4090d', 'GeForce RTX 4090 D', 24, 1008, { note: 'China-market card: fewer cores, the same memory' }),
  gpu(G50, 'rtx5060', 'GeForce RTX 5060', 8, 448),
  gpu(G50, 'rtx5060ti-8g', 'GeForce RTX 5060 Ti 8GB', 8, 448),
  gpu(G50, 'rtx5060ti-16g', 'GeForce RTX 5060 Ti 16GB', 16, 448),
  gpu(G50, 'rtx5070', 'GeForce RTX 5070', 12, 672),
  gpu(G50, 'rtx5070ti', 'GeForce RTX 5070 Ti', 16, 896),
  gpu(G50, 'rtx5080', 'GeForce RTX 5080', 16, 960, { smi: [16303, indexed(58648023060, 18158423464, 49132384000)] }),
  gpu(G50, 'rtx5090', 'GeForce RTX 5090', 32, 1792, {
    source: SERIES('50-series/rtx-5090'), smi: [32607, 'https://github.com/noonghunna/club-3090/issues/1261'],
  }),
  laptop('rtx2060-laptop', 'GeForce RTX 2060 Laptop GPU', 6, 192, 14),
  laptop('rtx2070-laptop', 'GeForce RTX 2070 Laptop GPU', 8, 256, 14),
  laptop('rtx2080-laptop', 'GeForce RTX 2080 Laptop GPU', 8, 256, 14),
  laptop('rtx3050-laptop', 'GeForce RTX 3050 Laptop GPU', 4, 128, 12),
  laptop('rtx3050ti-laptop', 'GeForce RTX 3050 Ti Laptop GPU', 4, 128, 12),
  laptop('rtx3060-laptop', 'GeForce RTX 3060 Laptop GPU', 6, 192, 14),
  laptop('rtx3070-laptop', 'GeForce RTX 3070 Laptop GPU', 8, 256, 14),
  laptop('rtx3070ti-laptop', 'GeForce RTX 3070 Ti Laptop GPU', 8, 256, 14),
  laptop('rtx3080-laptop', 'GeForce RTX 3080 Laptop GPU 8GB', 8, 256, 14, 'GeForce RTX 3080 Laptop'),
  laptop('rtx3080-laptop-16g', 'GeForce RTX 3080 Laptop GPU 16GB', 16, 256, 14, 'GeForce RTX 3080 Laptop'),
  laptop('rtx3080ti-laptop', 'GeForce RTX 3080 Ti Laptop GPU', 16, 256, 16),
  laptop('rtx4050-laptop', 'GeForce RTX 4050 Laptop GPU', 6, 96, 16),
  laptop('rtx4060-laptop', 'GeForce RTX 4060 Laptop GPU', 8, 128, 16),
  laptop('rtx4070-laptop', 'GeForce RTX 4070 Laptop GPU', 8, 128, 16),
  laptop('rtx4080-laptop', 'GeForce RTX 4080 Laptop GPU', 12, 192, 18),
  laptop('rtx4090-laptop', 'GeForce RTX 4090 Laptop GPU', 16, 256, 18),
  laptop('rtx5060-laptop', 'GeForce RTX 5060 Laptop GPU', 8, 128, 24),
  laptop('rtx5070-laptop', 'GeForce RTX 5070 Laptop GPU', 8, 128, 24),
  laptop('rtx5070ti-laptop', 'GeForce RTX 5070 Ti Laptop GPU', 12, 192, 28),
  laptop('rtx5080-laptop', 'GeForce RTX 5080 Laptop GPU', 16, 256, 28),
  laptop('rtx5090-laptop', 'GeForce RTX 5090 Laptop GPU', 24, 256, 28),
];
