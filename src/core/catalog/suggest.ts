// What to offer while someone types an option (Discord autocomplete): catalog entries matching the text.
import { ARCHITECTURES } from './architectures.js';
import { PRECISION_IDS } from './formats.js';
import { GPUS, type Gpu } from './gpus.js';

export interface Suggestion {
  /** shown to the user (≤ 100 characters) */
  readonly name: string;
  /** put into the option (≤ 100 characters) */
  readonly value: string;
}

/** Discord shows at most 25 choices (https://discord.com/developers/docs/interactions/receiving-and-responding#autocomplete). */
export const MAX_SUGGESTIONS = 25;

const squash = (text: string) => text.toLowerCase().replace(/[\s_\-.:/]/g, '');

function matching<T>(items: readonly T[], typed: string, keys: (item: T) => string[]): T[] {
  const wanted = squash(typed);
  if (wanted === '') return items.slice(0, MAX_SUGGESTIONS);
  const starts = items.filter((item) => keys(item).some((k) => squash(k).startsWith(wanted)));
  const contains = items.filter((item) => !starts.includes(item) && keys(item).some((k) => squash(k).includes(wanted)));
  return [...starts, ...contains].slice(0, MAX_SUGGESTIONS);
}

/** The Hub repo a catalog row's config.json lives in. */
function repoOf(source: string): string {
  return /huggingface\.co\/([^/]+\/[^/]+)\//.exec(source)?.[1] ?? '';
}

/** "GeForce RTX 4090 · 24 GB · 1008 GB/s", "Apple M3 Max 36GB (30-core GPU) · 300 GB/s": what tells variants apart. */
function gpuLabel(g: Gpu): string {
  const cores = g.gpuCores ? ` (${g.gpuCores.join('/')}-core GPU)` : '';
  const memory = /\d\s*GB$/i.test(g.name) ? '' : ` · ${g.memoryGB} GB`;
  return `${g.name}${cores}${memory} · ${g.bandwidthGBps} GB/s`.slice(0, 100);
}

export type SuggestedOption = 'file' | 'model' | 'gpu' | 'precision';

export function suggest(option: SuggestedOption, typed: string): Suggestion[] {
  switch (option) {
    case 'gpu':
      return matching(GPUS, typed, (g) => [g.id, g.name, g.family]).map((g) => ({ name: gpuLabel(g), value: g.id }));
    case 'precision':
      return matching(PRECISION_IDS, typed, (id) => [id]).map((id) => ({ name: id, value: id }));
    case 'model':
      return matching(ARCHITECTURES, typed, (a) => [a.name, repoOf(a.source)]).map((a) => ({ name: repoOf(a.source), value: repoOf(a.source) }));
    case 'file':
      return matching(ARCHITECTURES, typed, (a) => [a.name, ...a.aliases]).map((a) => ({ name: a.name, value: a.name }));
  }
}
