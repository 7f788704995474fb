// The GPU row and the one builder the vendor tables share. A row is one thing sold: a card in one memory
// size, or an Apple chip with one memory size (the GPU core counts sold with it listed on the row).
import { gpuKey } from './names.js';

export type GpuVendor = 'nvidia' | 'amd' | 'intel' | 'apple';
/** `shared`: one memory for CPU and GPU behind a CUDA/ROCm driver (DGX Spark, Strix Halo, Jetson) */
export type GpuKind = 'desktop' | 'laptop' | 'workstation' | 'datacenter' | 'shared' | 'apple';
export type GpuBackend = 'cuda' | 'rocm' | 'sycl' | 'metal';

export interface Gpu {
  readonly id: string;
  readonly name: string;
  /** the chip without its memory or board ("NVIDIA A100"): what a name that leaves the variant open names */
  readonly family: string;
  readonly vendor: GpuVendor;
  readonly kind: GpuKind;
  readonly backend: GpuBackend;
  /** the size as sold ("24 GB") */
  readonly memoryGB: number;
  /** one card's memory as its driver reports it (nvidia-smi's total) where a printed figure was found, else the size as sold × 1024 */
  readonly memoryMiB: number;
  readonly memoryFrom: 'driver' | 'as-sold';
  /** where the driver's figure was printed */
  readonly memorySource?: string;
  /** memory bandwidth as the maker states it; decode speed reads it */
  readonly bandwidthGBps: number;
  /** Apple: GPU core counts sold with this chip and memory size */
  readonly gpuCores?: readonly number[];
  /** Apple: CPU core counts sold with this row, for a name whose "14-core" is the CPU's ("M4 Pro 14-core") */
  readonly cpuCores?: readonly number[];
  /** Apple silicon: Metal sees system memory and lets one process use only part of it; no CUDA context */
  readonly unified: boolean;
  /** keys (see gpuKey) of the spellings that name this family without memory: "rtx4060ti", "4060ti" */
  readonly keys: readonly string[];
  /** keys of whole spellings that name exactly this row (old ids, the name nvidia-smi prints) */
  readonly exactKeys: readonly string[];
  /** the variant a name without memory takes, where the smallest would mislead (each says why) */
  readonly common: boolean;
  /** keys of wider names ("Jetson Orin") this row is the default of, ahead of their families' common rows */
  readonly defaultOf?: readonly string[];
  /** the maker's spec page */
  readonly source: string;
  /** memory and bandwidth checked against a page read for this table (maker page or a printed log) */
  readonly verified: boolean;
  /** what was not verified, or what the reader should know */
  readonly note?: string;
}

export interface RowOptions {
  /** defaults to the name with its memory ("… 16GB") taken off */
  readonly family?: string;
  /** more spellings of the family; the family itself, and for RTX/GTX/RX/Arc its number alone, are added */
  readonly names?: readonly string[];
  readonly exact?: readonly string[];
  /** [MiB, where it was printed] */
  readonly smi?: readonly [number, string];
  readonly cores?: readonly number[];
  readonly cpuCores?: readonly number[];
  readonly common?: boolean;
  /** wider names, among `names`, that take this row when they give no memory */
  readonly defaultOf?: readonly string[];
  readonly verified?: boolean;
  readonly note?: string;
}

export interface TableDefaults {
  readonly vendor: GpuVendor;
  readonly kind: GpuKind;
  readonly backend: GpuBackend;
  readonly source: string;
}

const MEMORY_SUFFIX = /\s+\d+(?:\.\d+)?\s*GB$/i;
// "RTX 4090" is also written "4090"; "Radeon RX 7900 XTX" "7900 XTX"; "Arc A770" "A770"
const SERIES_PREFIX = /^(?:rtx|gtx|rx|arc)(?=\w)/;

function familyKeys(family: string, names: readonly string[]): string[] {
  const keys = [family, ...names].map(gpuKey).filter((k) => k !== '');
  const bare = keys.map((k) => k.replace(SERIES_PREFIX, '')).filter((k) => /\d/.test(k));
  return [...new Set([...keys, ...bare])];
}

/** One row: `table` gives vendor, kind, backend and the spec page unless the row names its own. */
export function gpu(
  table: TableDefaults, id: string, name: string, memoryGB: number, bandwidthGBps: number,
  options: RowOptions & { readonly source?: string; readonly kind?: GpuKind } = {},
): Gpu {
  const family = options.family ?? name.replace(MEMORY_SUFFIX, '');
  const smi = options.smi;
  return {
    id, name, family, vendor: table.vendor, kind: options.kind ?? table.kind, backend: table.backend,
    memoryGB,
    memoryMiB: smi ? smi[0] : memoryGB * 1024,
    memoryFrom: smi ? 'driver' : 'as-sold',
    ...(smi ? { memorySource: smi[1] } : {}),
    bandwidthGBps,
    ...(options.cores ? { gpuCores: options.cores } : {}),
    ...(options.cpuCores ? { cpuCores: options.cpuCores } : {}),
    unified: table.backend === 'metal',
    keys: familyKeys(family, options.names ?? []),
    exactKeys: [id, ...(options.exact ?? [])].map(gpuKey),
    common: options.common ?? false,
    ...(options.defaultOf ? { defaultOf: options.defaultOf.map(gpuKey) } : {}),
    source: options.source ?? table.source,
    verified: options.verified ?? false,
    ...(options.note ? { note: options.note } : {}),
  };
}
