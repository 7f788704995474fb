// Name look-ups over the catalog tables, with "did you mean" for near misses.
import { ARCHITECTURES, type Architecture } from './architectures.js';
import { GPUS, type Gpu } from './gpus.js';

/** Edit distance (Levenshtein), for suggestions only. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** The closest candidate within a distance that scales with the word's length, if any. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  const limit = Math.max(1, Math.floor(word.length / 3));
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const distance = editDistance(word, candidate);
    if (distance <= limit && (!best || distance < best.distance)) best = { candidate, distance };
  }
  return best?.candidate;
}

const GPU_NOISE = /nvidia|geforce|amd|radeon|intel|apple|[\s_\-.]/g;
const normalizeGpu = (text: string) => text.toLowerCase().replace(GPU_NOISE, '').replace(/gb$/, 'g');

const GPU_KEYS: ReadonlyMap<string, Gpu> = new Map(
  GPUS.flatMap((gpu) => [gpu.id, ...gpu.aliases].map((key) => [normalizeGpu(key), gpu] as const)),
);

export function findGpu(text: string): Gpu | undefined {
  return GPU_KEYS.get(normalizeGpu(text));
}

/** `a100` → `a100-40g` (a card sold in several sizes: its first size), else the nearest spelling. */
export function suggestGpu(text: string): string | undefined {
  const typed = normalizeGpu(text);
  const variant = typed.length >= 2 ? GPUS.find((gpu) => normalizeGpu(gpu.id).startsWith(typed)) : undefined;
  if (variant) return variant.id;
  const key = closest(typed, [...GPU_KEYS.keys()]);
  return key === undefined ? undefined : GPU_KEYS.get(key)?.id;
}

const MODEL_ALIASES: readonly string[] = ARCHITECTURES.flatMap((a) => [a.id, ...a.aliases]);

/** The catalogued name a mistyped one begins with (`phi-3-mediun-4k-instruct` → `phi-3-medium`). */
export function suggestModel(name: string): string | undefined {
  const text = normalizeModelName(name);
  let best: { alias: string; distance: number } | undefined;
  for (const alias of MODEL_ALIASES) {
    const distance = editDistance(alias, text.slice(0, alias.length));
    const limit = Math.max(1, Math.floor(alias.length / 4));
    if (distance <= limit && (!best || distance < best.distance || (distance === best.distance && alias.length > best.alias.length))) {
      best = { alias, distance };
    }
  }
  return best?.alias;
}

/** Lower case with `_` and spaces as `-`, the spelling catalog aliases use. */
export function normalizeModelName(name: string): string {
  return name.toLowerCase().replace(/[_\s]+/g, '-');
}

const BOUNDARY = /^($|[-.:/])/;

export interface ArchitectureMatch {
  readonly architecture: Architecture;
  /** the name begins with the catalogued model's name: the model itself or a fine-tune of the same shape */
  readonly atStart: boolean;
}

/** bartowski names files `org_Model-…` (`Qwen_Qwen3-30B-A3B-Q4_K_M.gguf`, `openai_gpt-oss-20b-MXFP4.gguf`). */
const ORG_PREFIX = /^[a-z0-9.-]+_(?=[a-z])/i;

/** The catalogued model a name refers to: the longest alias found at a word boundary, preferring the start. */
export function findArchitecture(name: string): ArchitectureMatch | undefined {
  const found = findInText(name);
  if (found?.atStart || !ORG_PREFIX.test(name)) return found;
  const withoutOrg = findInText(name.replace(ORG_PREFIX, ''));
  return withoutOrg?.atStart ? withoutOrg : found;
}

function findInText(name: string): ArchitectureMatch | undefined {
  const text = normalizeModelName(name);
  let best: { match: ArchitectureMatch; length: number } | undefined;
  for (const architecture of ARCHITECTURES) {
    for (const alias of [architecture.id, ...architecture.aliases]) {
      const at = findAtBoundary(text, alias);
      if (at < 0) continue;
      const match = { architecture, atStart: at === 0 };
      const better = !best || (match.atStart && !best.match.atStart) ||
        (match.atStart === best.match.atStart && alias.length > best.length);
      if (better) best = { match, length: alias.length };
    }
  }
  return best?.match;
}

function findAtBoundary(text: string, alias: string): number {
  let from = 0;
  for (;;) {
    const at = text.indexOf(alias, from);
    if (at < 0) return -1;
    const before = at === 0 ? '' : text[at - 1] ?? '';
    if ((before === '' || /[-.:/]/.test(before)) && BOUNDARY.test(text.slice(at + alias.length))) return at;
    from = at + 1;
  }
}

/**
 * Another size of the same family and generation: `GLM-4.5-Iceblink-106B-A12B` names GLM-4.5 but is the size of
 * GLM-4.5-Air. Siblings share the id's first two parts (`glm-4.5-air` with `glm-4.5`); the nearest within the
 * tolerance a fine-tune's rounded size allows is taken.
 */
export function sizedSibling(of: Architecture, params: number, tolerance: number): Architecture | undefined {
  const stem = of.id.split('-').slice(0, 2).join('-');
  let best: { a: Architecture; off: number } | undefined;
  for (const a of ARCHITECTURES) {
    if (a === of || a.id.split('-').slice(0, 2).join('-') !== stem) continue;
    const off = Math.abs(a.params - params) / a.params;
    if (off <= tolerance && (!best || off < best.off)) best = { a, off };
  }
  return best?.a;
}
