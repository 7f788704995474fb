// Apple silicon: one row per chip and memory size sold, with the GPU core counts sold at that size.
// Binned chips can have a narrower bus: the 36 GB M4 Max is only the 32-core chip (410 GB/s, not 546),
// the M3 Max at 36 and 96 GB only the 30-core one (300 GB/s, not 400). Memory is the size as sold;
// Metal lets one process use only part of it (usableShareOfGpu in ../gpus.ts).
// CPU core counts are listed too: "M4 Pro 14-core" names the 14-core CPU (20-core GPU), a count no M4 Pro GPU has,
// and "M3 Max 14-core" the binned 30-core-GPU chip; a GPU core count, where the chip has one, wins.
import { gpu, type Gpu, type RowOptions, type TableDefaults } from './row.js';

const SPECS = (page: string) => `https://support.apple.com/en-us/${page}`;
const NEWSROOM = (path: string) => `https://www.apple.com/newsroom/${path}/`;
// llama.cpp's Apple-silicon benchmark table lists each chip's GPU cores and bandwidth
const LLAMA_TABLE = 'https://github.com/ggml-org/llama.cpp/discussions/4167';

interface Sold {
  readonly memories: readonly number[];
  readonly cores: readonly number[];
  /** CPU core counts sold with those memories and GPUs (Apple's tech specs pages) */
  readonly cpu: readonly number[];
  readonly bandwidthGBps: number;
}

/** Rows for one chip: `sold` lists memory sizes with the GPU core counts and bandwidth they come with. */
function chip(chipId: string, chipName: string, source: string, sold: readonly Sold[], options: RowOptions = {}): Gpu[] {
  const table: TableDefaults = { vendor: 'apple', kind: 'apple', backend: 'metal', source };
  return sold.flatMap(({ memories, cores, cpu, bandwidthGBps }) => memories.map((memoryGB) =>
    gpu(table, `${chipId}-${memoryGB}`, `Apple ${chipName} ${memoryGB}GB`, memoryGB, bandwidthGBps, { ...options, cores, cpuCores: cpu })));
}

const M1_NOTE = 'Apple published no M1 bandwidth: LPDDR4X-4266 on a 128-bit bus';

export const APPLE: readonly Gpu[] = [
  ...chip('m1', 'M1', NEWSROOM('2020/11/apple-unleashes-m1'), [{ memories: [8, 16], cores: [7, 8], cpu: [8], bandwidthGBps: 68.25 }], { note: M1_NOTE }),
  ...chip('m1-pro', 'M1 Pro', SPECS('111902'), [{ memories: [16, 32], cores: [14, 16], cpu: [8, 10], bandwidthGBps: 200 }], { verified: true, note: `200 GB/s in ${LLAMA_TABLE}` }),
  ...chip('m1-max', 'M1 Max', SPECS('111901'), [{ memories: [32, 64], cores: [24, 32], cpu: [10], bandwidthGBps: 400 }]),
  ...chip('m1-ultra', 'M1 Ultra', SPECS('111900'), [{ memories: [64, 128], cores: [48, 64], cpu: [20], bandwidthGBps: 800 }]),
  ...chip('m2', 'M2', NEWSROOM('2022/06/apple-unveils-m2-with-breakthrough-performance-and-capabilities'), [
    { memories: [8, 16, 24], cores: [8, 10], cpu: [8], bandwidthGBps: 100 },
  ]),
  ...chip('m2-pro', 'M2 Pro', SPECS('111340'), [{ memories: [16, 32], cores: [16, 19], cpu: [10, 12], bandwidthGBps: 200 }]),
  ...chip('m2-max', 'M2 Max', NEWSROOM('2023/01/apple-unveils-m2-pro-and-m2-max-next-generation-chips-for-next-level-workflows'), [
    { memories: [32, 64], cores: [30, 38], cpu: [12], bandwidthGBps: 400 },
    { memories: [96], cores: [38], cpu: [12], bandwidthGBps: 400 },
  ], { verified: true, note: `400 GB/s in ${LLAMA_TABLE}` }),
  ...chip('m2-ultra', 'M2 Ultra', SPECS('111835'), [{ memories: [64, 128, 192], cores: [60, 76], cpu: [24], bandwidthGBps: 800 }]),
  ...chip('m3', 'M3', NEWSROOM('2023/10/apple-unveils-m3-m3-pro-and-m3-max-the-most-advanced-chips-for-a-personal-computer'), [
    { memories: [8, 16, 24], cores: [8, 10], cpu: [8], bandwidthGBps: 100 },
  ]),
  ...chip('m3-pro', 'M3 Pro', NEWSROOM('2023/10/apple-unveils-m3-m3-pro-and-m3-max-the-most-advanced-chips-for-a-personal-computer'), [
    { memories: [18, 36], cores: [14, 18], cpu: [11, 12], bandwidthGBps: 150 },
  ]),
  ...chip('m3-max', 'M3 Max', LLAMA_TABLE, [
    { memories: [36, 96], cores: [30], cpu: [14], bandwidthGBps: 300 },
    { memories: [48, 64, 128], cores: [40], cpu: [16], bandwidthGBps: 400 },
  ], { verified: true, note: 'the 30-core chip has a 384-bit bus' }),
  ...chip('m3-ultra', 'M3 Ultra', SPECS('122211'), [
    { memories: [96, 256], cores: [60, 80], cpu: [28, 32], bandwidthGBps: 819 },
    { memories: [512], cores: [80], cpu: [32], bandwidthGBps: 819 },
  ]),
  ...chip('m4', 'M4', SPECS('121555'), [{ memories: [16, 24, 32], cores: [8, 10], cpu: [8, 10], bandwidthGBps: 120 }], { verified: true, note: `120 GB/s in ${LLAMA_TABLE}` }),
  ...chip('m4-pro', 'M4 Pro', SPECS('121555'), [{ memories: [24, 48, 64], cores: [16, 20], cpu: [12, 14], bandwidthGBps: 273 }], {
    verified: true, note: '273 GB/s per Apple (http://www.notebookcheck.net/Apple-M4-Max-official-with-incremental-upgrades-over-the-M3-Max.911098.0.html)',
  }),
  ...chip('m4-max', 'M4 Max', SPECS('122211'), [
    { memories: [36], cores: [32], cpu: [14], bandwidthGBps: 410 },
    { memories: [48, 64, 128], cores: [40], cpu: [16], bandwidthGBps: 546 },
  ], { note: '546 GB/s (40-core) confirmed in notebookcheck.net 911098; the 32-core chip\'s 410 GB/s not re-read this round' }),
  ...chip('m5', 'M5', NEWSROOM('2025/10/apple-unleashes-m5-the-next-big-leap-in-ai-performance-for-apple-silicon'), [
    { memories: [16, 24, 32], cores: [10], cpu: [10], bandwidthGBps: 153 },
  ], { verified: true, note: '153 GB/s (https://www.techradar.com/pro/the-true-pro-tax-m5-pro-vs-m5-max-why-that-extra-275gb-s-of-memory-bandwidth-is-worth-thousands-of-dollars-for-video-and-ai-workflows)' }),
];
