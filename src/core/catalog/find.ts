// Name look-ups over the catalog tables, with "did you mean" for near misses.
import { ARCHITECTURES, MODEL_ROWS, ROWS_WITHOUT_SHAPE, type Architecture } from './architectures.js';
import type { ModelRow } from './model-row.js';
import type { Gpu } from './gpus.js';
import { familyOf, GPU_FAMILIES, MAX_GPU_NAME_LENGTH, matchGpu } from './gpus/lookup.js';
import { gpuKey } from './gpus/names.js';

export { beginsGpuName, matchGpu, type GpuMatch } from './gpus/lookup.js';

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

/** The request's `gpu` for a name: its row, flagged when the name left the variant open ("A100", "M3 Max"). */
export function gpuChoiceFor(text: string): { kind: 'catalog'; id: string; variantAssumed?: true } | undefined {
  const match = matchGpu(text);
  if (!match) return undefined;
  return { kind: 'catalog', id: match.gpu.id, ...(match.variantAssumed ? { variantAssumed: true as const } : {}) };
}

export function findGpu(text: string): Gpu | undefined {
  return matchGpu(text)?.gpu;
}

/** `4090 48GB` → rtx4090 (the chip in a size it is sold in), else the nearest spelling (`rtx4099` → rtx4090). */
export function suggestGpu(text: string): string | undefined {
  const family = familyOf(text);
  if (family) return family.id;
  const key = closest(gpuKey(text.slice(0, MAX_GPU_NAME_LENGTH)), [...GPU_FAMILIES.keys()]);
  return key === undefined ? undefined : familyOf(key)?.id;
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
  // `qwen1_5`, `internlm2_5`, `Llama-3_3`: an underscore between digits is the version's point
  return name.toLowerCase().replace(/(\d)_(?=\d)/g, '$1.').replace(/[_\s]+/g, '-');
}


export interface ArchitectureMatch {
  readonly architecture: Architecture;
  /** the name begins with the catalogued model's name: the model itself or a fine-tune of the same shape */
  readonly atStart: boolean;
  /** the alias found, as the catalog spells it */
  readonly alias: string;
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

// Every alias once, for a look-up that costs a few map reads instead of a scan of ~1,700 aliases per name.
const BY_ALIAS: ReadonlyMap<string, Architecture> = new Map(
  // keys spelled as names are (normalizeModelName): an alias written `internlm2_5-7b` must meet `internlm2_5-7b-chat.gguf`
  ARCHITECTURES.flatMap((a) => [a.id, ...a.aliases].map((alias) => [normalizeModelName(alias), a] as const)),
);
const LONGEST_ALIAS = Math.max(...[...BY_ALIAS.keys()].map((alias) => alias.length));
const SEPARATOR = /[-.:/]/;

// the first word of every alias ("llama" of "llama-3.1-8b", "gpt" of "gpt-oss-20b"): a word that begins none
// begins no catalogued name, which lets the question reader skip most words of a sentence at once
const FIRST_WORDS: ReadonlySet<string> = new Set([...BY_ALIAS.keys()].map((alias) => alias.split(SEPARATOR)[0] ?? alias));

/** Whether some catalogued name begins with this word (its first part, as aliases split at `-.:/`). */
export function beginsCatalogName(word: string): boolean {
  return FIRST_WORDS.has(normalizeModelName(word).split(SEPARATOR)[0] ?? '');
}

/** Where words of a normalized name begin (0 and after each [-.:/]) and end (before each, and the end). */
export function wordBoundaries(text: string): { starts: number[]; ends: number[] } {
  const starts = [0];
  const ends: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (SEPARATOR.test(text[i] ?? '')) {
      starts.push(i + 1);
      ends.push(i);
    }
  }
  ends.push(text.length);
  return { starts, ends };
}

// rows known by name and published count whose copied config gives no whole shape (nomic-embed-text-v2-moe)
const UNSHAPED_BY_ALIAS: ReadonlyMap<string, ModelRow> = new Map(
  MODEL_ROWS.filter((row) => ROWS_WITHOUT_SHAPE.includes(row.id))
    .flatMap((row) => [row.id, ...row.aliases].map((alias) => [normalizeModelName(alias), row] as const)),
);

/** The catalogued row without a shape whose name the given one begins with (longest alias, org prefix dropped). */
export function findUnshapedRow(name: string): { row: ModelRow; alias: string } | undefined {
  for (const candidate of [name, name.replace(ORG_PREFIX, '')]) {
    const text = normalizeModelName(candidate);
    const { ends } = wordBoundaries(text);
    for (const end of [...ends].reverse()) {
      const row = UNSHAPED_BY_ALIAS.get(text.slice(0, end));
      if (row) return { row, alias: text.slice(0, end) };
    }
  }
  return undefined;
}

/** The size a name states: its parameter count, and for `8x22B` the expert count, which decides instead. */
export interface StatedSize {
  readonly params: number;
  readonly experts?: number | undefined;
}

/** The candidate nearest in size to a stated one, within the tolerance a rounded size allows; an `8x22B` name
 * matches on the expert count (its 176 B product is not the 141 B total). */
export function nearestInSize(candidates: Iterable<Architecture>, size: StatedSize, tolerance: number): Architecture | undefined {
  let best: { a: Architecture; off: number } | undefined;
  for (const a of candidates) {
    if (size.experts !== undefined && a.moe?.experts !== size.experts) continue;
    const off = Math.abs(a.params - size.params) / a.params;
    if ((size.experts !== undefined || off <= tolerance) && (!best || off < best.off)) best = { a, off };
  }
  return best?.a;
}

/** The longest alias between word boundaries (start or after [-.:/], end or before one), preferring the start. */
function findInText(name: string): ArchitectureMatch | undefined {
  const text = normalizeModelName(name);
  const { starts, ends } = wordBoundaries(text);
  let best: { match: ArchitectureMatch; length: number } | undefined;
  for (const start of starts) {
    for (const end of ends) {
      if (end <= start || end - start > LONGEST_ALIAS) continue;
      const alias = text.slice(start, end);
      const architecture = BY_ALIAS.get(alias);
      if (!architecture) continue;
      const match = { architecture, atStart: start === 0, alias };
      const length = end - start;
      const better = !best || (match.atStart && !best.match.atStart) || (match.atStart === best.match.atStart && length > best.length);
      if (better) best = { match, length };
    }
  }
  return best?.match;
}

/**
 * Another size of the same family and generation: `GLM-4.5-Iceblink-106B-A12B` names GLM-4.5 but is the size of
 * GLM-4.5-Air. Siblings share the id's first two parts (`glm-4.5-air` with `glm-4.5`); the nearest within the
 * tolerance a fine-tune's rounded size allows is taken.
 */
export function sizedSibling(of: Architecture, params: number, tolerance: number): Architecture | undefined {
  const stem = of.id.split('-').slice(0, 2).join('-');
  const siblings = ARCHITECTURES.filter((a) => a !== of && a.id.split('-').slice(0, 2).join('-') === stem);
  return nearestInSize(siblings, { params }, tolerance);
}
