// Apple silicon through the answer path: each chip, memory size and GPU core count Apple sells, the bandwidth
// Apple states for it, and the share of memory Metal lets llama.cpp use against what ggml printed.
import { describe, expect, it } from 'vitest';
import { findGpu } from '../../src/core/catalog/find.js';
import { estimateOf } from '../helpers/reply.js';

const MIB = 1024 ** 2;

function mac(name: string) {
  const estimate = estimateOf(`params:1 gpu:"${name}"`);
  const fit = estimate.fit;
  if (!fit) throw new Error(`no fit for gpu:"${name}"`);
  const gpu = findGpu(name);
  expect(gpu?.id).toBe(fit.gpuId);
  return {
    name: fit.gpuName ?? '', memoryMiB: fit.gpuMemoryBytes / MIB, usableMiB: fit.usableBytes / MIB,
    bandwidthGBps: gpu?.bandwidthGBps, variant: estimate.warnings.find((w) => w.code === 'gpu_variant_assumed'),
  };
}

const SPECS = (page: string) => `https://support.apple.com/en-us/${page}`;
// llama.cpp's Apple-silicon table (chip | GPU cores | BW GB/s) for the M1, which Apple gave no bandwidth for
const LLAMA_TABLE = 'https://github.com/ggml-org/llama.cpp/discussions/4167';

// [chip, memory sizes sold, GPU core counts sold at those sizes, bandwidth Apple states (GB/s), Apple's spec page]
const SOLD: ReadonlyArray<readonly [string, readonly number[], readonly number[], number, string]> = [
  // Apple stated no M1 figure: LPDDR4X-4266 on a 128-bit bus, 68.25 GB/s; llama.cpp's table rounds it to 68
  ['M1', [8, 16], [7, 8], 68.25, LLAMA_TABLE],
  ['M1 Pro', [16, 32], [14, 16], 200, SPECS('111902')],
  ['M1 Max', [32, 64], [24, 32], 400, SPECS('111901')],
  ['M1 Ultra', [64, 128], [48, 64], 800, SPECS('111900')],
  ['M2', [8, 16, 24], [8, 10], 100, 'https://www.apple.com/newsroom/2022/06/apple-unveils-m2-with-breakthrough-performance-and-capabilities/'],
  ['M2 Pro', [16, 32], [16, 19], 200, SPECS('111340')],
  ['M2 Max', [32, 64], [30, 38], 400, 'https://www.apple.com/newsroom/2023/01/apple-unveils-m2-pro-and-m2-max-next-generation-chips-for-next-level-workflows/'],
  ['M2 Max', [96], [38], 400, SPECS('111835')],
  ['M2 Ultra', [64, 128, 192], [60, 76], 800, SPECS('111835')],
  ['M3', [8, 16, 24], [8, 10], 100, 'https://www.apple.com/newsroom/2023/10/apple-unveils-m3-m3-pro-and-m3-max-the-most-advanced-chips-for-a-personal-computer/'],
  ['M3 Pro', [18, 36], [14, 18], 150, 'https://www.apple.com/newsroom/2023/10/apple-unveils-m3-m3-pro-and-m3-max-the-most-advanced-chips-for-a-personal-computer/'],
  // issue 18: the binned 30-core M3 Max (36 and 96 GB) has a 384-bit bus, 300 GB/s; the 40-core one 400
  ['M3 Max', [36, 96], [30], 300, LLAMA_TABLE],
  ['M3 Max', [48, 64, 128], [40], 400, LLAMA_TABLE],
  ['M3 Ultra', [96, 256], [60, 80], 819, SPECS('122211')],
  ['M3 Ultra', [512], [80], 819, SPECS('122211')],
  ['M4', [16, 24, 32], [8, 10], 120, SPECS('121555')],
  ['M4 Pro', [24, 48, 64], [16, 20], 273, SPECS('121555')],
  // issue 18: the 36 GB M4 Max is the binned 32-core chip at 410 GB/s, not 546
  ['M4 Max', [36], [32], 410, SPECS('122211')],
  ['M4 Max', [48, 64, 128], [40], 546, SPECS('122211')],
];

const CASES = SOLD.flatMap(([chip, memories, cores, bandwidth, source]) =>
  memories.flatMap((memoryGB) => cores.map((core) => [chip, memoryGB, core, bandwidth, source] as const)));

describe('Apple silicon as sold', () => {
  it.each(CASES)('Apple %s %d GB with a %d-core GPU: %s GB/s (%s)', (chip, memoryGB, cores, bandwidth) => {
    for (const typed of [`Apple ${chip} ${memoryGB}GB ${cores}-core`, `${chip} ${memoryGB}GB`]) {
      const got = mac(typed);
      expect(got.name, typed).toBe(`Apple ${chip} ${memoryGB}GB`);
      // unified memory is the size sold in GiB: ggml's 2/3 and 3/4 shares below start from it
      expect(got.memoryMiB, typed).toBe(memoryGB * 1024);
      expect(got.bandwidthGBps, typed).toBe(bandwidth);
      expect(got.variant, typed).toBeUndefined();
    }
  });

  it('"M3 Max 64GB" is the 40-core chip at 400 GB/s', () => {
    const got = mac('M3 Max 64GB');
    expect([got.name, got.bandwidthGBps]).toEqual(['Apple M3 Max 64GB', 400]);
  });

  it('"Apple M2 Ultra 76-core" is an M2 Ultra at 800 GB/s; no memory named, so it says which size it took', () => {
    const got = mac('Apple M2 Ultra 76-core');
    expect(got.name).toMatch(/^Apple M2 Ultra \d+GB$/);
    expect(got.bandwidthGBps).toBe(800);
    expect(got.variant).toMatchObject({ family: 'Apple M2 Ultra' });
  });

  it('a core count picks the bus: "M3 Max 30-core" is 300 GB/s, "M3 Max 40-core" 400, "M4 Max 32-core" the 36 GB chip', () => {
    expect(mac('M3 Max 30-core').bandwidthGBps).toBe(300);
    expect(mac('M3 Max 40-core').bandwidthGBps).toBe(400);
    const m4 = mac('M4 Max 32-core');
    expect([m4.memoryMiB, m4.bandwidthGBps]).toEqual([36 * 1024, 410]);
  });

  // Apple's tech specs pages sell the M4 Pro as 12-core CPU/16-core GPU or 14-core CPU/20-core GPU, both 273 GB/s
  // (SPECS('121555')), and the M1 Pro's 14- and 16-core GPUs both at 200 GB/s (SPECS('111902'))
  it.each([
    ['M4 Pro 14-core', 273], ['M4 Pro 20-core', 273], ['M4 Pro 16-core', 273], ['M4 Pro 12-core', 273],
    ['M1 Pro 14-core', 200], ['M1 Pro 16-core', 200],
  ] as const)('"%s" is an M4/M1 Pro at %d GB/s, with the memory it took named in a warning', (typed, bandwidth) => {
    const got = mac(typed);
    expect(got.bandwidthGBps).toBe(bandwidth);
    expect(got.variant).toBeDefined();
  });

  // a count no GPU of the chip has is its CPU's: the M3 Max is 14-core CPU/30-core GPU (300 GB/s) or
  // 16-core CPU/40-core GPU (400 GB/s); the M4 Max 14-core CPU/32-core GPU (36 GB, 410) or 16/40 (546)
  it('"M3 Max 14-core" is the 30-core-GPU chip at 300 GB/s, "16-core" the 40-core one at 400; the M4 Max likewise 410 and 546', () => {
    expect(mac('M3 Max 14-core').bandwidthGBps).toBe(300);
    expect(mac('M3 Max 16-core').bandwidthGBps).toBe(400);
    const m4 = mac('M4 Max 14-core');
    expect([m4.memoryMiB, m4.bandwidthGBps]).toEqual([36 * 1024, 410]);
    expect(mac('M4 Max 16-core').bandwidthGBps).toBe(546);
  });

  it('core counts and memory together name one chip: "M4 Max 40-core 128GB" 546 GB/s, "M2 Max 38-core 96GB" 400', () => {
    const m4 = mac('M4 Max 40-core 128GB');
    expect([m4.name, m4.memoryMiB, m4.bandwidthGBps, m4.variant]).toEqual(['Apple M4 Max 128GB', 128 * 1024, 546, undefined]);
    const m2 = mac('M2 Max 38-core 96GB');
    expect([m2.name, m2.memoryMiB, m2.bandwidthGBps, m2.variant]).toEqual(['Apple M2 Max 96GB', 96 * 1024, 400, undefined]);
    // both counts written out: the CPU's is skipped, the GPU's read
    expect(mac('M4 Pro 14-core CPU 20-core GPU 48GB').memoryMiB).toBe(48 * 1024);
  });

  it('"M3 Max" alone takes the smallest chip sold (36 GB, 300 GB/s) and warns', () => {
    const got = mac('M3 Max');
    expect([got.memoryMiB, got.bandwidthGBps]).toEqual([36 * 1024, 300]);
    expect(got.variant).toMatchObject({ memoryGB: 36, bandwidthGBps: 300 });
  });

  it('the ids the contract names still work: m2-max-64, m3-ultra-512', () => {
    expect(mac('m2-max-64').memoryMiB).toBe(64 * 1024);
    expect(mac('M3 Ultra 512GB').memoryMiB).toBe(512 * 1024);
  });
});

// recommendedMaxWorkingSetSize as ggml printed it at start-up; older builds print MiB with an "MB" label
// (16 GiB × 2/3 = 10922.67), builds from 2025 print decimal MB (16 GiB × 2/3 = 11453.25 MB).
const PRINTED: ReadonlyArray<readonly [string, number, string]> = [
  // "ggml_metal_init: recommendedMaxWorkingSetSize  = 10922.67 MB" on a 16 GB M1 MacBook Pro
  ['M1 Pro 16GB', 10_922.67, 'https://github.com/abetlen/llama-cpp-python/issues/687'],
  // "ggml_metal_device_init: recommendedMaxWorkingSetSize  = 11453.25 MB", system memory total="16.0 GiB"
  ['M1 16GB', 11_453.25e6 / MIB, 'https://github.com/ollama/ollama/issues/12912'],
  // "ggml_metal_init: recommendedMaxWorkingSetSize = 21845.34 MB" on an M2 Max with 32 GB
  ['M2 Max 32GB', 21_845.34, 'https://github.com/ollama/ollama/issues/434'],
  // the same figure on an M1 Max with 32 GB
  ['M1 Max 32GB', 21_845.34, 'https://github.com/ggml-org/llama.cpp/pull/2011'],
  // "recommendedMaxWorkingSetSize  = 49152.00 MiB" on an M1 Max with 64 GB
  ['M1 Max 64GB', 49_152, 'https://github.com/ggml-org/llama.cpp/issues/1870'],
  // "recommendedMaxWorkingSetSize  = 73728,00 MB" on an M2 Max with 96 GB
  ['M2 Max 96GB', 73_728, 'https://github.com/ggml-org/llama.cpp/issues/3213'],
];

describe("Metal's working-set cap against what ggml printed", () => {
  it.each(PRINTED)('%s: %d MiB usable (%s)', (typed, printedMiB) => {
    const usable = mac(typed).usableMiB;
    expect(Math.abs(usable - printedMiB) / printedMiB).toBeLessThan(0.01);
  });

  // macOS 15/26 raised the cap: 12713.12 MB on a 16 GB M4 (ggml_metal_device_init in public GitHub files),
  // 107.52 GiB on a 128 GB M5 Max (https://github.com/antirez/ds4/pull/893). The older shares are the floor;
  // the answer must not promise more than the newer systems allow either.
  it('never more than newer macOS grants: 16 GB under 12,713 MB, 128 GB under 107.52 GiB', () => {
    expect(mac('M4 16GB').usableMiB).toBeLessThan(12_713.12e6 / MIB);
    expect(mac('M4 Max 128GB').usableMiB).toBeLessThan(107.52 * 1024);
  });

  it('a CUDA card of the same size keeps all of it', () => {
    expect(estimateOf('params:1 gpu:rtx3090').fit?.usableBytes).toBe(24_576 * MIB);
  });
});
