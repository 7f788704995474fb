// The asker's hardware: GPUs with their count and memory ("2x3090", "8 * 4090", "4 GPU Mi50 16GB",
// "RTX 5090 + 5070 Ti", "Apple M3 Max RAM: 128GB"), a bare amount of VRAM ("a 24gb GPU", "16G VRAM") and
// system RAM ("32 GB RAM"). Amounts they quote as a requirement or a usage ("needs 8.5G", "usage - 16.5GB")
// are not their hardware.
import { beginsGpuName, type GpuMatch, matchGpu } from '../catalog/find.js';
import { memoized } from './memo.js';
import type { GpuMention } from './question.js';

const gpuNamed = memoized((words: string) => matchGpu(words));

/** Longest run of words a GPU name takes: "NVIDIA GeForce RTX 4060 Ti 16GB". */
const MAX_GPU_WORDS = 6;
const MAX_GPUS = 1024;
/** A card's memory as people round it: within this share of the catalog's it is the same card. */
const STATED_MEMORY_SLACK = 0.1;
const COUNT_WORDS: Readonly<Record<string, number>> = { single: 1, one: 1, a: 1, an: 1, two: 2, dual: 2, pair: 2, three: 3, four: 4, quad: 4, six: 6, eight: 8 };
const MEMORY = /^(\d{1,4}(?:\.\d+)?)\s*(?:gb|gib|g)$/i;
/** A number here is not a GPU: versions, layer counts, years. */
const NOT_GPU_START = /^(?:\d{1,2}|\d+\.\d+(?:\.\d+)*|v\d.*)$/i;
/** Words before an amount that make it a requirement or a usage, not what the asker has. */
const QUOTED = /\b(?:needs?|needed|requires?|required|requirement|takes?|took|uses?|used|using|usage|only needs|allocate[sd]?|reserved|free|shows?|claims?|loaded|weights?|about|around|approx\w*|over|under|~|additional|extra|more)\s*(?:-|:|=)?\s*(?:an?\s+|the\s+|only\s+|just\s+|over\s+|about\s+|around\s+)?$/i;

interface Found {
  readonly match: GpuMatch;
  readonly count: number;
  /** memory the asker states for this card, when the catalog has no row for it ("3080 16GB") */
  readonly statedGB?: number;
  readonly at: number;
}

/** "4x3090" and "8xH100" as a count and a card; "3090s" as "3090". */
function splitWords(words: readonly string[]): string[] {
  return words.flatMap((w) => {
    if (!/\d/.test(w)) return [w];
    const joined = /^(\d{1,4})[x×*]([a-z]*\d[\w-]*)$/i.exec(w);
    if (joined?.[1] && joined[2]) return [`${joined[1]}x`, joined[2].replace(/(\d)s$/i, '$1')];
    return [w.replace(/^([a-z]*\d{2,4}(?:ti)?)s$/i, '$1')];
  });
}

/** How many cards the words before a name give; never a word of the card named before it ("5090 + 5070 Ti"). */
function countBefore(words: readonly string[], at: number, previousEnd: number): number | undefined {
  let i = at - 1;
  // "4 GPU Mi50", "2 x RTX 3090", "8 * 4090", "2x 4090"
  if (/^(?:gpus?|cards?|x|×|\*)$/i.test(words[i] ?? '')) i--;
  if (i < previousEnd) return undefined;
  const word = (words[i] ?? '').toLowerCase();
  const n = /^(\d{1,4})x?$/.exec(word)?.[1];
  if (n) return Number(n);
  return COUNT_WORDS[word];
}

function countAfter(words: readonly string[], end: number): number | undefined {
  const next = words[end] ?? '';
  const written = /^[x×*]?(\d{1,3})(?:枚|台|x)?$/.exec(next);
  if (written?.[1] && /[x×*枚台]/.test(next + (words[end + 1] ?? ''))) return Number(written[1]);
  const kanji = /^(\d{1,3})$/.exec(next);
  if (kanji?.[1] && /^(?:枚|台)/.test(words[end + 1] ?? '')) return Number(kanji[1]);
  return undefined;
}

/** The longest run of words from `at` naming a GPU. */
function gpuAt(words: readonly string[], at: number): { match: GpuMatch; end: number } | undefined {
  const first = words[at] ?? '';
  if (!/\d/.test(first) && !/^(?:nvidia|geforce|rtx|gtx|tesla|quadro|radeon|rx|amd|apple|intel|arc|dgx|strix|jetson|titan|mac)$/i.test(first)) return undefined;
  if (NOT_GPU_START.test(first) || (!MEMORY.test(first) && !beginsGpuName(first))) return undefined;
  for (let end = Math.min(words.length, at + MAX_GPU_WORDS); end > at; end--) {
    const last = words[end - 1] ?? '';
    if (end - at > 1 && /^(?:on|my|a|the|with|and|or|to|for|in)$/i.test(last)) continue;
    const match = gpuNamed(words.slice(at, end).join(' '));
    if (match) return { match, end };
  }
  return undefined;
}

/** Words after a memory amount that make it system memory ("2x 3090 + 128gb ram"), unless the chip's memory is
 * unified ("M3 Max 128GB RAM" is the GPU's). */
const SYSTEM_MEMORY_WORD = /^(?:ram|ddr\d?|system|cpu|sysram|dram)$/i;

/** Memory stated just after a card ("3080 GTX 16GB VRAM", "M3 Max RAM: 128GB", "m1 max with 64G"). */
function statedAfter(words: readonly string[], end: number, unified: boolean): number | undefined {
  for (let i = end; i < Math.min(words.length, end + 3); i++) {
    // "5090 + 5070 Ti (total 48 GB)": a total is every card's, not this one's; "3090 + 128gb ram" adds another part
    if (/^(?:total|combined|together|each|per|\+|and|plus|&)$/i.test(words[i] ?? '')) return undefined;
    const glued = MEMORY.exec(words[i] ?? '') === null;
    const memory = MEMORY.exec(words[i] ?? '') ?? MEMORY.exec(`${words[i] ?? ''}${words[i + 1] ?? ''}`);
    if (!memory?.[1]) continue;
    if (!unified && SYSTEM_MEMORY_WORD.test(words[i + (glued ? 2 : 1)] ?? '')) return undefined;
    return Number(memory[1]);
  }
  return undefined;
}

function findGpus(words: readonly string[]): Found[] {
  const found: Found[] = [];
  let previousEnd = 0;
  for (let i = 0; i < words.length; i++) {
    const named = gpuAt(words, i);
    if (!named) continue;
    let match = named.match;
    let statedGB: number | undefined;
    const stated = named.match.variantAssumed || !/gb|g$/i.test(words.slice(i, named.end).join(' ')) ? statedAfter(words, named.end, named.match.gpu.unified) : undefined;
    // "A10 (23G)" is the card's 24 GB as nvidia-smi rounds it; a size far from the row's is another board
    if (stated !== undefined && Math.abs(stated - match.gpu.memoryGB) / match.gpu.memoryGB > STATED_MEMORY_SLACK) {
      const exact = gpuNamed(`${words.slice(i, named.end).join(' ')} ${stated}GB`);
      if (exact) match = exact;
      else if (!match.gpu.unified) statedGB = stated;
    }
    const count = countBefore(words, i, previousEnd) ?? countAfter(words, named.end) ?? 1;
    found.push({ match, count: Math.min(Math.max(count, 1), MAX_GPUS), ...(statedGB !== undefined ? { statedGB } : {}), at: i });
    previousEnd = named.end;
    i = named.end - 1;
  }
  return found;
}

/** "NVIDIA GeForce RTX 4060 Ti 16GB" → "RTX 4060 Ti": "Read as" adds the memory itself. */
function shortName(name: string): string {
  return name.replace(/^(?:NVIDIA |GeForce |AMD |Apple )+/, '').replace(/^(?:GeForce |Radeon )/, '').replace(/ \d+GB$/, '');
}

/** Cards named in a sentence: one kind (the largest count said), or several kinds summed ("5090 + 5070 Ti"). */
export function gpusIn(sentenceWords: readonly (readonly string[])[]): GpuMention | undefined {
  const byId = new Map<string, Found>();
  let compared = false;
  for (const raw of sentenceWords) {
    const words = splitWords(raw);
    const found = findGpus(words);
    for (let k = 0; k < found.length; k++) {
      const f = found[k] as Found;
      const previous = byId.get(f.match.gpu.id);
      if (k > 0 && words.slice((found[k - 1] as Found).at, f.at).some((w) => /^(?:or|vs\.?|versus|instead|than)$/i.test(w))) compared = true;
      if (!previous || f.count > previous.count) byId.set(f.match.gpu.id, f);
    }
  }
  const cards = [...byId.values()];
  const first = cards[0];
  if (!first) return undefined;
  // "3090 or 4090?" asks about one card at a time: the first is read
  if (cards.length === 1 || compared) {
    const memoryGB = first.statedGB ?? first.match.gpu.memoryGB;
    const label = `${first.count > 1 ? `${first.count}× ` : ''}${shortName(first.match.gpu.name)}`;
    const value = first.statedGB !== undefined ? String(first.statedGB) : `"${first.match.gpu.name}"`;
    return { value, count: first.count, memoryGB, label, unified: first.match.gpu.unified };
  }
  // different cards together: llama.cpp and vLLM split by memory, so their sum is what the model gets
  const count = cards.reduce((n, c) => n + c.count, 0);
  const total = cards.reduce((sum, c) => sum + c.count * (c.statedGB ?? c.match.gpu.memoryGB), 0);
  const label = cards.map((c) => `${c.count > 1 ? `${c.count}× ` : ''}${shortName(c.match.gpu.name)}`).join(' + ');
  return { value: String(Math.round((total / count) * 10) / 10), count, memoryGB: total / count, label, unified: false };
}

// "24gb GPU", "16G VRAM", "8GB of VRAM", "12GB card", "vram 16 gb", "VRAM: 24GB", "with 8GB", "card has 12GB"
const VRAM_AFTER = /(\d{1,3}(?:\.\d+)?)\s*(?:gb|gib|g)\s*(?:of\s+|の\s*)?(?:v-?ram|gpu|graphics|video memory|card|dedicated)\b/gi;
const VRAM_BEFORE = /(?:v-?ram|gpu memory|graphics memory|card (?:has|with))\s*(?:of|is|=|:|-)?\s*(\d{1,3}(?:\.\d+)?)\s*(?:gb|gib|g)\b/gi;
// a card the catalog does not know, with its memory: "GTX1650 4GB", "RTX A2000 12GB"
const UNKNOWN_CARD = /\b(?:gtx|rtx|rx|arc|quadro|tesla|radeon)\s?-?[a-z]*\d{3,4}\w*\s+(\d{1,3})\s*(?:gb|g)\b/gi;

// an amount followed by a RAM word, a disk or a Mac is not a GPU's
const NOT_GPU_AFTER = String.raw`(?!\s*(?:of\s+)?(?:system\s+|cpu\s+|unified\s+)?(?:ram|memory|ddr|ssd|disk|storage|unified|mac|macbook|m\d))`;
// "with 8GB", "I have 12g", "my 16gb"
const WITH_AMOUNT = new RegExp(String.raw`\b(?:with|have|has|got|my)\s+(?:a\s+|an\s+|only\s+|just\s+)?(\d{1,3})\s*(?:gb|g)\b${NOT_GPU_AFTER}`, 'gi');
// "fit in 8gb", "on 24gb": an amount the model is to run in
const ON_AMOUNT = new RegExp(String.raw`\b(?:on|onto|in|into|within|under)\s+(?:a\s+|an\s+|only\s+|just\s+|my\s+)?(\d{1,3})\s*(?:gb|g)\b${NOT_GPU_AFTER}`, 'gi');
const ENOUGH_AMOUNT = /\b(\d{1,3})\s*(?:gb|g)\s+(?:(?:be|is)\s+)?enough\b/gi;
// 「16GBで足りる？」「12GBで動く？」「24GBに載る？」
const ENOUGH_AMOUNT_JA = /(\d{1,3})\s*(?:gb|g)\s*(?:で|に)\s*(?:足り|動|載|入|収ま)/gi;

function amountIn(text: string, pattern: RegExp): number | undefined {
  for (const match of text.matchAll(pattern)) {
    if (QUOTED.test(text.slice(Math.max(0, (match.index ?? 0) - 30), match.index ?? 0))) continue;
    return Number(match[1]);
  }
  return undefined;
}

/** VRAM the asker states without naming a card. */
export function vramIn(text: string): number | undefined {
  const amount = amountIn(text, VRAM_AFTER) ?? amountIn(text, VRAM_BEFORE) ?? amountIn(text, UNKNOWN_CARD) ?? amountIn(text, WITH_AMOUNT)
    ?? amountIn(text, ON_AMOUNT) ?? amountIn(text, ENOUGH_AMOUNT) ?? amountIn(text, ENOUGH_AMOUNT_JA);
  return amount !== undefined && amount >= 1 ? amount : undefined;
}

const SYSTEM_RAM = /(\d{1,4})\s*(?:gb|g)\s*(?:of\s+)?(?:system\s+|cpu\s+)?(?:ram|ddr\d?)\b|\bram\s*(?::|=|-)?\s*(\d{1,4})\s*(?:gb|g)\b/gi;

/** System RAM the asker states ("32 GB RAM", "RAM: 64GB"). */
export function systemRamIn(text: string): number | undefined {
  for (const match of text.matchAll(SYSTEM_RAM)) {
    if (QUOTED.test(text.slice(Math.max(0, (match.index ?? 0) - 30), match.index ?? 0))) continue;
    return Number(match[1] ?? match[2]);
  }
  return undefined;
}
