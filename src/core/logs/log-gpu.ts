// The GPUs a log ran on, as llmmem's gpu:/gpus: options: the cards the log names (ggml's device lines, the memory
// breakdown, ollama's "inference compute"), else the memory it printed, else the cards the asker's words name
// (an nvidia-smi row, "on my 3090"). Different cards are summed and shared out, since gpus: means N equal cards.
import { findGpu } from '../catalog/find.js';
import { gpuMemoryBytes, type Gpu } from '../catalog/gpus.js';
import type { GpuChoice } from '../request.js';
import type { LogFacts } from './log-facts.js';
import type { LogNote } from './log-notes.js';

const GIB = 1024 ** 3;
const MIB = 1024 ** 2;

/** Device names that are GPUs (not CUDA_Host, CPU_Mapped, RPC workers or the host). */
export function isGpuDevice(id: string | null): boolean {
  return id !== null && /^(?:CUDA|ROCm|Vulkan|SYCL|Metal|MUSA|CANN)\d{0,2}$|^GPU[-\d]|^\d{1,2}$/.test(id);
}

interface Card {
  readonly gpu: Gpu | undefined;
  /** memory as the log or the asker printed it, else the catalogued card's */
  readonly bytes: number | undefined;
}

/** "RTX 5070 Ti", "GeForce RTX 3090": the longest run of up to four words that names a catalogued card. */
function cardInWords(words: readonly string[], from: number): { gpu: Gpu; size: number } | undefined {
  for (let size = 4; size >= 1; size--) {
    const run = words.slice(from, from + size);
    if (run.length < size || (size === 1 && !/[a-z]/i.test(run[0] ?? '') && !/^\d{4}$/.test(run[0] ?? ''))) continue;
    const gpu = findGpu(run.join(''));
    if (gpu) return { gpu, size };
  }
  return undefined;
}

/** nvidia-smi and collect_env print the card's memory beside its name: "RTX 5090 D 32607MiB". */
const MEMORY_ON_LINE = /\b(\d{4,6}) ?MiB\b/;

const VENDOR_WORDS = /^(?:nvidia|geforce|amd|radeon|intel|apple)$/i;

/** "12gb vram", "24 GB GPU": a size the asker gives. */
const VRAM_IN_WORDS = /\b(\d{1,3}) ?GB ?(?:of )?(?:VRAM|GPU|card)/i;

function cardsInProse(prose: readonly string[]): Card[] {
  const cards: Card[] = [];
  for (const line of prose) {
    // vendor words stand between a card's number and its suffix in no name: drop them so "RTX 5070 Ti" is read whole
    const words = line.split(/[\s,;:|()]+/).filter((w) => w !== '' && !VENDOR_WORDS.test(w)).slice(0, 60);
    for (let i = 0; i < words.length; i++) {
      const found = cardInWords(words, i);
      if (!found) continue;
      const printed = MEMORY_ON_LINE.exec(line)?.[1];
      cards.push({ gpu: found.gpu, bytes: printed ? Number(printed) * MIB : gpuMemoryBytes(found.gpu) });
      break; // one card per line
    }
    const size = VRAM_IN_WORDS.exec(line)?.[1];
    if (size && !cards.length) cards.push({ gpu: undefined, bytes: Number(size) * GIB });
  }
  return cards;
}

function cardsInLog(facts: LogFacts): Card[] {
  return facts.devices
    .filter((d) => isGpuDevice(d.id) || d.id.startsWith('GPU'))
    .map((d) => {
      const gpu = d.name ? findGpu(d.name.replace(/\s+\(.*\)$/, '')) : undefined;
      return { gpu, bytes: d.totalBytes ?? (gpu ? gpuMemoryBytes(gpu) : undefined) };
    })
    .filter((c) => c.gpu !== undefined || c.bytes !== undefined);
}

/** Memory the log printed without naming a card: vLLM's total_gpu_memory, PyTorch's total capacity, ollama's free memory. */
function printedMemory(facts: LogFacts): { bytes: number; free: boolean } | undefined {
  const total = facts.figures.find((f) => f.key === 'vllm_total_gpu')?.size.bytes ??
    facts.failures.flatMap((f) => (f.code === 'vllm_free_memory' ? [f.total.bytes] : f.code === 'torch_oom' && f.total ? [f.total.bytes] : []))[0];
  if (total) return { bytes: total, free: false };
  const free = facts.figures.find((f) => f.key === 'ollama_available')?.size.bytes;
  return free ? { bytes: free, free: true } : undefined;
}

const gib = (bytes: number) => Math.floor((bytes / GIB) * 100) / 100;

export interface GpuOptions {
  readonly gpu?: GpuChoice;
  readonly gpuCount?: number;
}

function optionsOf(cards: readonly Card[], count: number, notes: LogNote[]): GpuOptions {
  const ids = new Set(cards.map((c) => c.gpu?.id ?? `${c.bytes}`));
  const first = cards[0];
  if (!first) return {};
  if (ids.size === 1 && first.gpu && (first.bytes === undefined || first.bytes === gpuMemoryBytes(first.gpu))) {
    return { gpu: { kind: 'catalog', id: first.gpu.id }, gpuCount: count };
  }
  const known = cards.filter((c) => c.bytes !== undefined);
  const average = known.reduce((sum, c) => sum + (c.bytes ?? 0), 0) / Math.max(1, known.length);
  if (average < GIB) return {};
  notes.push(ids.size > 1 ? { code: 'mixed_gpus', count: ids.size, gib: gib(average) } : { code: 'gpu_from_log_memory', gib: gib(average) });
  return { gpu: { kind: 'size', memoryGiB: gib(average) }, gpuCount: count };
}

export function gpuOptionsOf(facts: LogFacts, notes: LogNote[]): GpuOptions {
  const used = new Set(facts.figures.filter((f) => isGpuDevice(f.device)).map((f) => f.device));
  const parallel = (facts.settings.tensorParallel ?? facts.asked.tensorParallel ?? 1) * (facts.asked.pipelineParallel ?? 1);
  const fromLog = cardsInLog(facts);
  const count = (cards: number) => Math.min(64, Math.max(1, cards, used.size, parallel,
    facts.figures.filter((f) => f.key === 'ollama_available').length));
  if (fromLog.length) return optionsOf(fromLog, count(fromLog.length), notes);
  const printed = printedMemory(facts);
  if (printed && printed.bytes >= GIB) {
    notes.push({ code: printed.free ? 'gpu_from_free_memory' : 'gpu_from_log_memory', gib: gib(printed.bytes) });
    return { gpu: { kind: 'size', memoryGiB: gib(printed.bytes) }, gpuCount: count(1) };
  }
  const fromProse = cardsInProse(facts.prose);
  if (!fromProse[0]) return {};
  notes.push({ code: 'gpu_from_message', gpu: fromProse[0].gpu?.name ?? `${gib(fromProse[0].bytes ?? 0)} GiB` });
  return optionsOf(fromProse, count(fromProse.length), notes);
}
