// A help-channel question in English or Japanese → the command it asks for, or null when it names no
// model. "can I run mixtral-8x7b-instruct-v0.1.Q5_K_M.gguf on my 3090?" → `file:… gpu:rtx3090`;
// "4090で Llama-3.1-8B Q4_K_M 動く?" → `file:Llama-3.1-8B precision:q4_k_m gpu:rtx4090`.
import { findArchitecture, findGpu } from '../catalog/find.js';
import { isSizeWord } from './params.js';
import { parseModelName } from './filename.js';
import { parsePrecision } from './precision.js';

export interface ExtractedQuestion {
  readonly command: string;
  /** the question is written in Japanese: answer in Japanese */
  readonly japanese: boolean;
}

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

/** Kana or kanji in the text: the question is Japanese. */
export function isJapanese(text: string): boolean {
  return JAPANESE.test(text);
}
// platform mentions and links are not part of the question
const NOISE = /<[@#!][^>]*>|https?:\/\/\S+/g;

/** Words of the question: ASCII runs split from Japanese, punctuation dropped, `?` and `!` trimmed. */
function words(text: string): string[] {
  return text
    .replace(NOISE, ' ')
    .replace(/([!-~])([^ -~\s])/g, '$1 $2')
    .replace(/([^ -~\s])([!-~])/g, '$1 $2')
    .split(/[\s、。，．！？「」（）()]+/)
    .map((w) => w.replace(/^[,;"'`*]+|[?!,;:"'`*.]+$/g, ''))
    .filter((w) => w !== '');
}

/** "32k context", "ctx 8192", "128Kコンテキスト", "context of 16k" → tokens. */
function contextTokens(text: string): number | undefined {
  const match =
    /(\d+(?:\.\d+)?)\s*([kK])?\s*(?:tokens?\s*)?(?:of\s+)?(?:context|ctx|コンテキスト|トークン)/.exec(text) ??
    /(?:context|ctx|コンテキスト)\s*(?:of|:|=|length|長)?\s*(\d+(?:\.\d+)?)\s*([kK])?/.exec(text);
  if (!match) return undefined;
  const value = Number(match[1]) * (match[2] ? 1024 : 1);
  return value >= 256 ? Math.round(value) : undefined;
}

/** "3090", "RTX 4090", "A100 80GB", "m2 max 64", "NVIDIA GeForce RTX 4060 Ti 16GB" or "24GB VRAM" → gpu option value. */
function gpu(list: readonly string[], text: string): string | undefined {
  // five words: "Apple M2 Ultra 76-core GPU", "NVIDIA GeForce RTX 4060 Ti"
  for (let size = 5; size >= 1; size--) {
    for (let i = 0; i + size <= list.length; i++) {
      // "3090s" is the plural of a card
      const candidate = list.slice(i, i + size).join(' ').replace(/(\d)s$/i, '$1').replace(/"/g, '');
      if (size === 1 && /^\d+(gb)?$/i.test(candidate) && !/^\d{4}$/.test(candidate)) continue; // "24" alone is not a card
      // the words as written, so the answer can say when they leave the card's memory open ("M3 Max")
      if (findGpu(candidate)) return `"${candidate}"`;
    }
  }
  const vram = /(\d{1,3})\s*GB\s*(?:of\s+|の\s*)?(?:VRAM|GPU|card|カード)/i.exec(text);
  return vram ? vram[1] : undefined;
}

/** The model: a file-like word with a size or a catalogued name, else a name spread over words ("llama 3.1 70b"). */
function model(list: readonly string[]): string | undefined {
  const named = list.find((w) => /[a-z]/i.test(w) && /\d/.test(w) && w.length > 3 && !isSizeWord(w) &&
    (parseModelName(w).size !== undefined || findArchitecture(w)?.atStart === true) && !findGpu(w));
  if (named) return named;
  for (let i = 0; i < list.length; i++) {
    if (!isSizeWord(list[i] ?? '')) continue;
    for (let start = Math.max(0, i - 3); start < i; start++) {
      const candidate = list.slice(start, i + 1).join('-');
      if (findArchitecture(candidate)?.atStart) return candidate;
    }
    return list[i];
  }
  return undefined;
}

function precision(list: readonly string[], modelWord: string | undefined): string | undefined {
  for (const w of list) {
    if (w === modelWord || isSizeWord(w) || /^\d+$/.test(w)) continue;
    const parsed = parsePrecision(w);
    if (parsed) return parsed.variant ?? parsed.id;
  }
  return undefined;
}

const COUNT_WORDS: Readonly<Record<string, number>> = { two: 2, dual: 2, three: 3, four: 4, eight: 8 };

/** "two 3090s", "2x 4090", "dual A100", "3090 2枚" → how many cards. */
function gpuCount(text: string): number | undefined {
  const count = '(two|dual|three|four|eight|[2-8])';
  const card = '(?:rtx\\s*|nvidia\\s*)?[a-z]*\\d{2,4}s?\\b';
  const match = new RegExp(`\\b${count}\\s*[x×]\\s*${card}|\\b${count}\\s+${card}`, 'i').exec(text) ?? /([2-8])\s*(?:枚|台)/.exec(text);
  if (!match) return undefined;
  const word = (match[1] ?? match[2] ?? '').toLowerCase();
  const cards = COUNT_WORDS[word] ?? Number(word);
  return cards >= 2 && cards <= 16 ? cards : undefined;
}

export function extractQuestion(text: string): ExtractedQuestion | null {
  const list = words(text);
  const found = model(list);
  if (!found) return null;
  const parts = [isSizeWord(found) ? `params:${found}` : `file:"${found.replace(/"/g, '')}"`];
  // a precision written into the model's name is read from it; one written beside it is added
  const p = precision(list, found);
  if (p && !parseModelName(found).precision) parts.push(`precision:${p}`);
  const ctx = contextTokens(text);
  if (ctx) parts.push(`ctx:${ctx}`);
  const card = gpu(list.filter((w) => w !== found), text);
  if (card) parts.push(`gpu:${card}`);
  const count = card ? gpuCount(text) : undefined;
  if (count) parts.push(`gpus:${count}`);
  return { command: parts.join(' '), japanese: isJapanese(text) };
}
