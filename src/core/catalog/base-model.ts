// The catalogued model a derivative is built on when its name does not spell a catalogued alias: a known
// fine-tune family (fine-tunes.ts), or a family word with the size elsewhere in the name
// ("Gemma-2-Ataraxy-9B" is Gemma-2-9B, "Mistral-Small-Drummer-22B" Mistral-Small-22B).
import { ARCHITECTURES, architectureById, type Architecture } from './architectures.js';
import { FINE_TUNE_FAMILIES, type FineTuneFamily } from './fine-tunes.js';
import { nearestInSize, normalizeModelName, type StatedSize, wordBoundaries } from './find.js';

/** `gemma-2-9b` → family `gemma-2`, size 9 B: every alias that ends in a size, grouped by what comes before it. */
const SIZED_ALIAS = /^(.*[a-z].*)-(\d+(?:\.\d+)?)([bm])$/;
const BY_FAMILY: ReadonlyMap<string, ReadonlyMap<number, Architecture>> = (() => {
  const families = new Map<string, Map<number, Architecture>>();
  for (const a of ARCHITECTURES) {
    for (const alias of [a.id, ...a.aliases]) {
      const sized = SIZED_ALIAS.exec(normalizeModelName(alias));
      if (!sized?.[1]) continue;
      const params = Number(sized[2]) * (sized[3] === 'b' ? 1e9 : 1e6);
      const members = families.get(sized[1]) ?? new Map<number, Architecture>();
      // the first row to claim a size keeps it (rows are listed base model first)
      if (!members.has(params)) members.set(params, a);
      families.set(sized[1], members);
    }
  }
  return families;
})();

/** `8x7b` → the catalogued models an alias names with that experts × size token (only Mixtral-8x7B). */
const EXPERTS_TOKEN = /(?<![a-z0-9.])\d{1,3}x\d+(?:\.\d+)?b(?![a-z0-9])/;
const BY_EXPERTS_TOKEN: ReadonlyMap<string, ReadonlySet<Architecture>> = (() => {
  const tokens = new Map<string, Set<Architecture>>();
  for (const a of ARCHITECTURES) {
    for (const alias of [a.id, ...a.aliases]) {
      const token = EXPERTS_TOKEN.exec(normalizeModelName(alias))?.[0];
      if (token) tokens.set(token, (tokens.get(token) ?? new Set()).add(a));
    }
  }
  return tokens;
})();

/**
 * The one catalogued MoE a name's `8x7B` names: a merge or fine-tune called so has its tensors (mergekit-moe of
 * eight Mistral-7B experts is Mixtral-8x7B's shape). A token two models share, or none does (`4x7B`), names nothing.
 */
export function expertsNamed(name: string): Architecture | undefined {
  const token = EXPERTS_TOKEN.exec(normalizeModelName(name))?.[0];
  const found = token === undefined ? undefined : BY_EXPERTS_TOKEN.get(token);
  return found?.size === 1 ? [...found][0] : undefined;
}

const STEMS: readonly { stem: string; family: FineTuneFamily }[] = FINE_TUNE_FAMILIES
  .flatMap((family) => family.stems.map((stem) => ({ stem, family })))
  .sort((a, b) => b.stem.length - a.stem.length);

/** A family matches where its stem begins a word and ends one (`miqu` in `midnight-miqu-70b`, not `miquella`). */
function stemAt(text: string, starts: readonly number[], stem: string): boolean {
  return starts.some((start) => text.startsWith(stem, start) && /^$|^[-.:/]/.test(text.slice(start + stem.length, start + stem.length + 1)));
}

/** The base of a known fine-tune family: the one its stated size picks, or its only base when no size is given. */
export function fineTuneBase(name: string, size: StatedSize | undefined, tolerance: number): Architecture | undefined {
  const text = normalizeModelName(name);
  const { starts } = wordBoundaries(text);
  // the longest stem decides: `wizardlm-2-7b` is WizardLM-2 (Mistral), not the LLaMA-based WizardLM
  const found = STEMS.find(({ stem }) => stemAt(text, starts, stem));
  if (!found) return undefined;
  const bases = found.family.bases.map((id) => architectureById(id)).filter((a): a is Architecture => a !== undefined);
  return size ? nearestInSize(bases, size, tolerance) : bases.length === 1 ? bases[0] : undefined;
}

/** The member of the longest family word in the name (`llama-3.1` in `Llama-3.1-Storm-8B`) that the catalog names
 * with the stated size. Only the longest family is tried, and only its stated sizes: Llama-3.2 has no 8B, and a
 * "Gemma-…-9B" is not Gemma 1's 7B (8.5 B) though its count is near. */
export function familyMember(name: string, size: StatedSize): Architecture | undefined {
  const text = normalizeModelName(name);
  const { starts, ends } = wordBoundaries(text);
  let longest: ReadonlyMap<number, Architecture> | undefined;
  let longestLength = 0;
  for (const start of starts) {
    for (const end of ends) {
      if (end - start <= longestLength) continue;
      const members = BY_FAMILY.get(text.slice(start, end));
      if (members) {
        longest = members;
        longestLength = end - start;
      }
    }
  }
  return size.experts === undefined ? longest?.get(size.params) : undefined;
}

const STEM_FIRST_WORDS: ReadonlySet<string> = new Set(STEMS.map(({ stem }) => stem.split('-')[0] ?? stem));

/** Whether a word may begin a fine-tune family's name ("midnight" of "midnight miqu 70b"), for the question reader. */
export function beginsFineTuneName(word: string): boolean {
  return STEM_FIRST_WORDS.has(normalizeModelName(word).split(/[-.:/]/)[0] ?? '');
}

/** Whether a name begins with a fine-tune family's stem (`cydonia-24b`, `midnight-miqu-70b-v1.5`). */
export function beginsWithFineTuneStem(name: string): boolean {
  const text = normalizeModelName(name);
  return STEMS.some(({ stem }) => stemAt(text, [0], stem));
}
