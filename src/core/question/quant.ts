// Quants as people say them in chat. "q4" there means llama.cpp's Q4_K_M preset (what ollama and most
// GGUF repos ship), not the seed calculator's flat INT4; "4-bit" means the 4-bit format of the runtime
// they use, or bitsandbytes' when they train.
import { parsePrecision } from '../parse/precision.js';
import { memoized } from './memo.js';
import type { PrecisionMention, TrainingAsked } from './question.js';

const precisionOf = memoized((word: string) => parsePrecision(word.replace(/^int-(\d)$/i, 'int$1')));

/**
 * llama.cpp's presets for a bare width: llama-quantize lists Q4_K_M and Q5_K_M as "recommended", Q3_K_M,
 * Q6_K and Q8_0 are the middle of their widths (ggml-org/llama.cpp tools/quantize/README.md).
 */
const GGUF_FOR_WIDTH: Readonly<Record<string, string>> = { '2': 'q2_k', '3': 'q3_k_m', '4': 'q4_k_m', '5': 'q5_k_m', '6': 'q6_k', '8': 'q8_0' };

/** A width in bits for the runtime (or training) asked; undefined where that runtime has no such width. */
function widthFor(bits: string, runtime: string | undefined, training: TrainingAsked | undefined): string | undefined {
  if (training !== undefined || runtime === 'transformers') return bits === '4' ? 'nf4' : bits === '8' ? 'int8' : undefined;
  if (runtime === 'vllm') return bits === '4' ? 'awq' : bits === '8' ? 'int8' : undefined;
  if (runtime === 'mlx') return bits === '4' || bits === '8' ? `mlx_${bits}bit` : undefined;
  if (runtime === 'exllamav2') return `${bits}.0bpw`;
  return GGUF_FOR_WIDTH[bits];
}

// "4-bit", "4 bit", "4bit", "3ビット"; "q4", "Q5"; "3.0bpw", "3.0 quant" (EXL2's measured bits)
const BITS = /^(\d)[-\s]?(?:bits?|ビット)$/i;
const BARE_Q = /^q([2-8])$/i;
const BPW = /^(\d\.\d{1,3})\s*(?:bpw|quant)$/i;

const DIGIT = /\d/;
/** A word after a number that makes the pair a width: "4 bit", "3.0 quant". */
const UNIT_WORD = /^(?:bits?|ビット|bpw|quant)$/i;

/** Words in chat that name a quant though no file spells them so: Google's quantization-aware releases are
 * Q4_0 GGUFs (google/gemma-3-27b-it-qat-q4_0-gguf; ollama's `gemma3:27b-it-qat`). */
const CHAT_QUANTS: Readonly<Record<string, string>> = { qat: 'q4_0' };

/** Words never read as a precision in a sentence: common words some spellings collide with. */
const NOT_A_QUANT = new Set(['float', 'half', 'int', 'double']);

export function precisionIn(words: readonly string[], runtime: string | undefined, training: TrainingAsked | undefined): PrecisionMention | undefined {
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? '';
    // most words are neither a width nor a quant's name: one map read decides ("awq", "gptq", "half")
    if (!DIGIT.test(word)) {
      const chat = CHAT_QUANTS[word.toLowerCase()];
      if (chat) return { value: chat, written: word };
      const named = NOT_A_QUANT.has(word.toLowerCase()) ? undefined : precisionOf(word);
      if (named) return { value: named.variant ?? named.id, written: word };
      continue;
    }
    const pair = UNIT_WORD.test(words[i + 1] ?? '') ? `${word} ${words[i + 1]}` : word;
    const bits = BITS.exec(word) ?? BITS.exec(pair);
    if (bits?.[1]) {
      const value = widthFor(bits[1], runtime, training);
      if (value) return { value, written: bits[0] };
      continue;
    }
    const bpw = BPW.exec(pair) ?? BPW.exec(word);
    if (bpw?.[1]) return { value: `${bpw[1]}bpw`, written: bpw[0] };
    const q = BARE_Q.exec(word);
    if (q?.[1]) {
      const value = widthFor(q[1], runtime === 'vllm' || runtime === 'transformers' ? undefined : runtime, undefined);
      if (value) return { value, written: word };
      continue;
    }
    if (NOT_A_QUANT.has(word.toLowerCase()) || /^\d+$/.test(word)) continue;
    const parsed = precisionOf(word);
    if (parsed) return { value: parsed.bitsPerWeight !== undefined ? `${parsed.bitsPerWeight.toFixed(1)}bpw` : (parsed.variant ?? parsed.id), written: word };
  }
  return undefined;
}
