// A GPU as people name it → the catalog row, and whether the name left its variant open ("A100", "M3 Max").
import { GPUS } from '../gpus.js';
import { BRAND_WORDS, gpuKey, readGpuName, splitReadings, type NamedGpu } from './names.js';
import type { Gpu } from './row.js';

export interface GpuMatch {
  readonly gpu: Gpu;
  /** the name fits rows with other memory or bandwidth: this one was taken (a warning says so) */
  readonly variantAssumed: boolean;
}

/** Longer text names no GPU; it is not read (a name with its maker, memory and cores is under 60). */
export const MAX_GPU_NAME_LENGTH = 80;

function index(keysOf: (gpu: Gpu) => readonly string[]): ReadonlyMap<string, readonly Gpu[]> {
  const map = new Map<string, Gpu[]>();
  for (const gpu of GPUS) for (const key of keysOf(gpu)) map.set(key, [...(map.get(key) ?? []), gpu]);
  return map;
}

/** family key → the rows that name covers ("a100" → the 40 GB and both 80 GB boards) */
export const GPU_FAMILIES = index((gpu) => gpu.keys);
const EXACT = index((gpu) => gpu.exactKeys);

// every beginning of a family key ("r", "rt", "rtx", "rtx4", …): a word whose key is none begins no GPU name
const KEY_BEGINNINGS: ReadonlySet<string> = new Set([...GPU_FAMILIES.keys()].flatMap((key) => [...key].map((_, i) => key.slice(0, i + 1))));

/** Whether a GPU name could begin with this word: the question reader tries only those. */
export function beginsGpuName(word: string): boolean {
  const lower = word.toLowerCase().replace(/\+/g, '');
  // "h100-80g", "rtx4060ti16gb": the name before its memory
  const head = /^[a-z]*\d*[a-z]*/.exec(lower)?.[0] ?? '';
  return BRAND_WORDS.has(lower) || KEY_BEGINNINGS.has(lower.replace(/[\s_\-/(),]/g, '')) || (head !== '' && KEY_BEGINNINGS.has(head));
}

function byMemoryThenBandwidth(a: Gpu, b: Gpu): number {
  return a.memoryMiB - b.memoryMiB || a.bandwidthGBps - b.bandwidthGBps;
}

/**
 * The row a reading names. Several fit: the one that is this name's default (defaultOf), else the one marked
 * common, else the smallest memory and then the lowest
 * bandwidth, so an answer that says "fits" holds on every card sold under that name.
 */
function choose(named: NamedGpu): GpuMatch | undefined {
  const { cores } = named;
  const sized = (GPU_FAMILIES.get(named.key) ?? []).filter((gpu) => named.memoryGB === undefined || gpu.memoryGB === named.memoryGB);
  const byGpuCores = sized.filter((gpu) => cores === undefined || gpu.gpuCores === undefined || gpu.gpuCores.includes(cores));
  // a count no GPU of the chip has is its CPU's: "M4 Pro 14-core" is the 14-core CPU with the 20-core GPU
  const fits = byGpuCores.length > 0 || cores === undefined ? byGpuCores : sized.filter((gpu) => gpu.cpuCores?.includes(cores));
  const chosen = fits.find((gpu) => gpu.defaultOf?.includes(named.key)) ?? fits.find((gpu) => gpu.common) ??
    [...fits].sort(byMemoryThenBandwidth)[0];
  if (!chosen) return undefined;
  const variantAssumed = fits.some((gpu) => gpu.memoryMiB !== chosen.memoryMiB || gpu.bandwidthGBps !== chosen.bandwidthGBps);
  return { gpu: chosen, variantAssumed };
}

/** "RTX 3060 12GB", "m3 max 64gb", "Apple M2 Ultra 76-core", "NVIDIA H100 80GB HBM3", "a100-80g" → the row. */
export function matchGpu(text: string): GpuMatch | undefined {
  if (text.length > MAX_GPU_NAME_LENGTH) return undefined;
  const whole = gpuKey(text);
  // an id or a printed name ("a100-80g", "NVIDIA A100-SXM4-80GB") names one row, unless it is a family's name
  const exact = GPU_FAMILIES.has(whole) ? undefined : EXACT.get(whole)?.[0];
  if (exact) return { gpu: exact, variantAssumed: false };
  const named = readGpuName(text);
  if (GPU_FAMILIES.has(named.key)) return choose(named);
  for (const reading of splitReadings(named)) {
    const match = choose(reading);
    if (match) return match;
  }
  return undefined;
}

/** The family a name points at even where no row fits it ("4090 48GB", a size it was never sold in). */
export function familyOf(text: string): Gpu | undefined {
  if (text.length > MAX_GPU_NAME_LENGTH) return undefined;
  const named = readGpuName(text);
  const key = [named, ...splitReadings(named)].map((r) => r.key).find((k) => GPU_FAMILIES.has(k));
  return key === undefined ? undefined : choose({ key })?.gpu;
}
