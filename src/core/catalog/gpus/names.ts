// GPU names as people write them → a comparable key, the memory and the GPU core count they name.
// "NVIDIA GeForce RTX 4060 Ti 16GB" → key "rtx4060ti", 16 GB; "Apple M2 Ultra 76-core" → "m2ultra", 76 cores.

/** brand words that name no particular chip */
export const BRAND_WORDS: ReadonlySet<string> = new Set(['nvidia', 'geforce', 'amd', 'radeon', 'intel', 'apple', 'silicon', 'tesla', 'instinct', 'generation']);
const BRAND = BRAND_WORDS;
/** words beside a name that say nothing about which chip: "24GB VRAM card" */
const FILLER = new Set(['gpu', 'graphics', 'card', 'vram', 'memory', 'unified', 'ram']);
/** memory types: dropped when reading a typed name, kept in printed names ("NVIDIA H100 80GB HBM3" is the SXM) */
const MEMORY_TYPES = new Set(['hbm2', 'hbm2e', 'hbm3', 'hbm3e', 'gddr5', 'gddr5x', 'gddr6', 'gddr6x', 'gddr7', 'lpddr4x', 'lpddr5', 'lpddr5x']);
/** the Mac a chip sits in says nothing about the chip: "Mac Studio M2 Ultra", "MacBook Pro M3 Max", "Mac mini M4" */
const MAC_MODEL = /\b(?:mac\s*(?:studio|mini|pro)|macbook(?:\s*(?:pro|air))?|imac)\b/g;
const SYNONYMS: Readonly<Record<string, string>> = { mobile: 'laptop', notebook: 'laptop' };
const UNIT = /^(?:gb|gib|g)$/;
const CORE = /^(?:cores?|c)$/;
const MEMORY_TOKEN = /^(\d{1,4}(?:\.\d+)?)gb$/;
const CORES_TOKEN = /^(\d{1,3})core$/;

/**
 * Lower-case words with "+" dropped ("Max+ 395"), split at spaces, dashes, underscores, slashes and brackets
 * (not dots: "M.2" is no Apple M2), brand words dropped, "16 GB"/"16g" as "16gb" and "76-core"/"76c" as "76core".
 */
export function gpuTokens(text: string): string[] {
  const raw = text.toLowerCase().replace(/\+/g, '').replace(MAC_MODEL, ' ').split(/[\s_\-/(),]+/).filter((w) => w !== '' && !BRAND.has(w));
  const out: string[] = [];
  for (let i = 0; i < raw.length; i++) {
    const word = SYNONYMS[raw[i] ?? ''] ?? raw[i] ?? '';
    const next = raw[i + 1] ?? '';
    const joined = /^\d+(?:\.\d+)?$/.test(word) && (UNIT.test(next) || CORE.test(next)) ? `${word}${next}` : word;
    if (joined !== word) i++;
    out.push(joined.replace(/^(\d+(?:\.\d+)?)(?:gib|gb|g)$/, '$1gb').replace(/^(\d+)(?:cores?|c)$/, '$1core'));
  }
  return out;
}

/** The words of a name run together: the key a row's spellings and a typed name are compared by. */
export function gpuKey(text: string): string {
  return gpuTokens(text).filter((w) => !FILLER.has(w)).join('');
}

export interface NamedGpu {
  /** the name without its memory, cores and filler words */
  readonly key: string;
  readonly memoryGB?: number;
  readonly cores?: number;
}

/** What a typed name says: the chip's key, and the memory and GPU cores when it gives them. */
export function readGpuName(text: string): NamedGpu {
  const words = gpuTokens(text);
  const rest: string[] = [];
  let memoryGB: number | undefined;
  let cores: number | undefined;
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? '';
    const memory = MEMORY_TOKEN.exec(word);
    const gpuCores = CORES_TOKEN.exec(word);
    if (memory && memoryGB === undefined) memoryGB = Number(memory[1]);
    else if (gpuCores && words[i + 1] === 'cpu') i++; // "14-core CPU": not the GPU's cores
    else if (gpuCores && cores === undefined) cores = Number(gpuCores[1]);
    else if (!FILLER.has(word) && !MEMORY_TYPES.has(word)) rest.push(word);
  }
  return { key: rest.join(''), ...(memoryGB !== undefined ? { memoryGB } : {}), ...(cores !== undefined ? { cores } : {}) };
}

/**
 * Readings of a name written without spaces, or ending in a bare size, for a key that was not found
 * whole: "rtx4060ti16gb" → rtx4060ti 16 GB, "a10080g" → a100 80 GB, "m2max64" and "m2 max 64" → m2max 64 GB,
 * "m2ultra76core" → m2ultra 76 cores. Each split point is a reading; the caller keeps the first it knows.
 */
export function splitReadings(named: NamedGpu): NamedGpu[] {
  const readings: NamedGpu[] = [];
  const { key } = named;
  for (let at = 1; at < key.length; at++) {
    const head = key.slice(0, at);
    const tail = key.slice(at);
    const memory = /^(\d{1,4})(?:gb|g)?$/.exec(tail);
    const cores = /^(\d{1,3})core$/.exec(tail);
    if (memory && named.memoryGB === undefined) readings.push({ ...named, key: head, memoryGB: Number(memory[1]) });
    if (cores && named.cores === undefined) readings.push({ ...named, key: head, cores: Number(cores[1]) });
  }
  return readings;
}
