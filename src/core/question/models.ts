// Models in a sentence: a catalogued name spread over words ("qwen3 30b a3b", "llama 3.1 70b"), a file or
// repo name ("Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf", "gpt-oss:20b"), a chat name ("Mixtral", "R1"), or a
// bare size ("a 70b model").
import { beginsFineTuneName, beginsWithFineTuneStem } from '../catalog/base-model.js';
import { beginsCatalogName, findArchitecture, findGpu } from '../catalog/find.js';
import { parseModelName } from '../parse/filename.js';
import { isSizeWord } from '../parse/params.js';
import { CHAT_NAME_BY_SAID } from './chat-names.js';
import { memoized } from './memo.js';
import type { ModelMention } from './question.js';

export interface FoundModel extends ModelMention {
  /** first and one-past-last word of the sentence it covers */
  readonly start: number;
  readonly end: number;
}

/** A catalogued name is at most this many words: "deepseek r1 distill qwen 7b". */
const MAX_NAME_WORDS = 5;

/** Words after a size that finish a model's name: MoE active size, expert count, version, release kind. */
const NAME_TAIL = /^(?:a\d+(?:\.\d+)?b|\d+e|v\d[\w.]*|instruct|chat|it|base|coder|thinking|\d{4})$/i;

const CHAT_FIRST_WORDS: ReadonlySet<string> = new Set([...CHAT_NAME_BY_SAID.keys()].map((said) => said.split('-')[0] ?? said));

const quoted = (name: string) => `file:"${name.replace(/"/g, '')}"`;

const isGpuWord = memoized((word: string) => /\d/.test(word) && findGpu(word.replace(/(\d)s$/i, '$1')) !== undefined);
const beginsName = memoized((word: string) => CHAT_FIRST_WORDS.has(word.toLowerCase().split('-')[0] ?? '') || beginsCatalogName(word));

/** The catalog row a run of words names from its first word: a chat name, or a catalog alias at its start. */
const rowNamed = memoized(rowNamedNow);

function rowNamedNow(run: string): string | undefined {
  const chat = CHAT_NAME_BY_SAID.get(run.toLowerCase());
  if (chat) return chat.architectureId;
  const match = findArchitecture(run);
  return match?.atStart ? match.architecture.id : undefined;
}

/** The row a run of words names, joined as the catalog spells it: "llama 3.1 8b" as `llama-3.1-8b`, and a family
 * with its version apart as one word ("qwen 3 30b a3b" is `qwen3-30b-a3b`, "gemma 3 27b" `gemma3-27b`). */
function rowNamedRun(run: readonly string[]): string | undefined {
  const dashed = rowNamed(run.join('-'));
  if (dashed || run.length < 2 || !/^\d+(?:\.\d+)?$/.test(run[1] ?? '')) return dashed;
  return rowNamed(`${run[0] ?? ''}${run.slice(1).join('-')}`);
}

/** The shortest run of words from `start` that names the same catalog row as the longest run does. */
function catalogued(words: readonly string[], start: number): FoundModel | undefined {
  const first = words[start] ?? '';
  if (!/[a-z]/i.test(first) || !beginsName(first) || isGpuWord(first)) return undefined;
  let widest: { id: string; end: number } | undefined;
  for (let end = Math.min(words.length, start + MAX_NAME_WORDS); end > start; end--) {
    const run = words.slice(start, end).join('-');
    const id = rowNamedRun(words.slice(start, end));
    if (!id) continue;
    // one word without a digit is a catalog name only when it is long ("starcoder") or a chat name, never "phi"
    if (end - start === 1 && !CHAT_NAME_BY_SAID.has(run.toLowerCase()) && !/\d/.test(run) && run.length < 6) continue;
    if (widest && widest.id !== id) break;
    widest = { id, end };
  }
  if (!widest) return undefined;
  // "qwen3 30b a3b", "llama 3 8b instruct": the words that finish the name belong to it
  let end = widest.end;
  while (end < words.length && NAME_TAIL.test(words[end] ?? '') && rowNamedRun(words.slice(start, end + 1)) === widest.id) end++;
  const run = words.slice(start, end);
  const chat = CHAT_NAME_BY_SAID.get(run.join('-').toLowerCase());
  // several words are the catalog's row: its id is the name to ask for ("qwen3 30b a3b" → qwen3-30b-a3b)
  const option = chat || run.length > 1 ? widest.id : run.join('-');
  return { option: quoted(option), written: run.join(' '), architectureId: widest.id, named: true, start, end };
}

/** A community fine-tune named over words up to its size ("midnight miqu 70b", "magnum v4 72b"): the family
 * table (catalog/fine-tunes.ts) gives its base when the words are asked for as one name. */
function fineTuned(words: readonly string[], start: number): FoundModel | undefined {
  if (!beginsFineTuneName(words[start] ?? '')) return undefined;
  for (let end = start + 1; end <= Math.min(words.length, start + MAX_NAME_WORDS); end++) {
    if (!isSizeWord(words[end - 1] ?? '')) continue;
    const run = words.slice(start, end);
    if (!beginsWithFineTuneStem(run.join('-'))) return undefined;
    return { option: quoted(run.join('-')), written: run.join(' '), named: true, start, end };
  }
  return undefined;
}

/** One word naming a model by its file or repo name, sized by the name itself ("Smaug-72b", "gpt-oss:20b"). */
function fileName(word: string, start: number): FoundModel | undefined {
  if (!/[a-z]/i.test(word) || !/\d/.test(word) || word.length <= 3 || isSizeWord(word) || isGpuWord(word)) return undefined;
  if (parseModelName(word).size === undefined) return undefined;
  return { option: quoted(word), written: word, named: true, start, end: start + 1 };
}

/** Models named in a sentence's words, in the order written. */
export function modelsIn(words: readonly string[]): FoundModel[] {
  const found: FoundModel[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? '';
    const model = catalogued(words, i) ?? fineTuned(words, i) ?? fileName(word, i)
      ?? (isSizeWord(word) ? { option: `params:${word.toLowerCase()}`, written: word, named: false, start: i, end: i + 1 } : undefined);
    if (!model) continue;
    found.push(model);
    i = model.end - 1;
  }
  return found;
}

/**
 * "gpt-oss 120b or 20b": a bare size after a named model is that family's other size, when the catalog has it.
 * Returns the named sibling, or undefined.
 */
export function siblingOf(named: FoundModel, size: FoundModel): FoundModel | undefined {
  const sizeText = size.written.toLowerCase();
  const name = named.option.slice('file:"'.length, -1);
  const swapped = name.replace(/\d+(?:\.\d+)?b\b/i, sizeText);
  if (swapped === name) return undefined;
  const match = findArchitecture(swapped);
  if (!match?.atStart || match.architecture.id === named.architectureId) return undefined;
  return { ...size, option: quoted(swapped), architectureId: match.architecture.id, named: true };
}
