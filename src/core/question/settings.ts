// Settings a question gives in words: training mode, runtime, KV cache type and context length.
import type { TrainingAsked } from './question.js';

const QLORA = /\bq-?lora\b|\bqlora/i;
const LORA = /\blora\b|\bpeft\b|\badapters?\b|-lora\b|_lora\b/i;
const FULL = /\bfull(?:[- ]param(?:eter)?s?|[- ]fine-?tun\w*|[- ]finetun\w*|[- ]training|y train\w*|[- ]sft)\b|\bfull\b.*\b(?:sft|train\w*|fine-?tun\w*)|フル(?:パラメータ|ファインチューニング)/i;
const TRAINING = /\b(?:fine-?tun\w*|finetun\w*|train|training|trained on my|sft|dpo|grpo|rlhf|continued pre-?training|pre-?train\w*)\b|ファインチューニング|ファインチューン|学習|微调|训练/i;

/** The training asked about: QLoRA or LoRA by name, full when said, else "unnamed"; undefined for inference. */
export function trainingIn(text: string): TrainingAsked | undefined {
  if (QLORA.test(text)) return 'qlora';
  if (LORA.test(text)) return 'lora';
  if (FULL.test(text)) return 'full';
  return TRAINING.test(text) ? 'unnamed' : undefined;
}

/** Runtimes by the names people use; LM Studio runs llama.cpp. */
const RUNTIMES: readonly (readonly [RegExp, string])[] = [
  [/\bollama\b/i, 'ollama'],
  [/\bllama[.-]?cpp\b|\bllama-server\b|\blm ?studio\b|\bkoboldcpp\b/i, 'llama.cpp'],
  [/\bvllm\b/i, 'vllm'],
  [/\bexllama(?:v2)?\b|\btabbyapi\b/i, 'exllamav2'],
  [/\bmlx(?:[-_]lm)?\b/i, 'mlx'],
  [/\btransformers\b|\bbitsandbytes\b|\bbnb\b/i, 'transformers'],
];

export function runtimeIn(text: string): string | undefined {
  return RUNTIMES.find(([pattern]) => pattern.test(text))?.[1];
}

/** "kv cache q8", "q8_0 KV", "OLLAMA_KV_CACHE_TYPE=q8_0", "--cache-type-k q4_0", "KVキャッシュ q8_0". */
const KV =
  /(?:\bkv[\s_-]*(?:cache)?(?:[\s_-]*type)?|cache[\s_-]*type(?:[\s_-]*[kv])?|KVキャッシュ)\s*(?:=|:|to|in|at|as|を|は)?\s*(q8_0|q8|q4_0|q4|q5_1|q5_0|f16|fp16|bf16|fp8|f32|fp32)\b|\b(q8_0|q8|q4_0|q4|fp8|f16|fp16)\s+(?:kv|KV)\b/i;
const KV_IDS: Readonly<Record<string, string>> = { q8: 'q8_0', q4: 'q4_0', f16: 'fp16', f32: 'fp32' };

export interface KvMention {
  readonly value: string;
  /** where it was written, so the precision reader skips it */
  readonly index: number;
  readonly length: number;
}

export function kvIn(text: string): KvMention | undefined {
  const match = KV.exec(text);
  const type = (match?.[1] ?? match?.[2])?.toLowerCase();
  if (!match || !type) return undefined;
  return { value: KV_IDS[type] ?? type, index: match.index, length: match[0].length };
}

/** Fewer tokens than this is not a context anyone asks about ("2 bit", "24k" is fine). */
const MIN_CONTEXT = 512;
const MAX_CONTEXT = 10_485_760;
const TOKENS = String.raw`(\d+(?:\.\d+)?)\s*([kKmM])?`;
const CONTEXT_PATTERNS: readonly RegExp[] = [
  // flags and settings: num_ctx = 32678, OLLAMA_CONTEXT_LENGTH=131072, --ctx-size 8192, -c 4096, max_model_len 32768
  new RegExp(String.raw`(?:num_ctx|n_ctx|context_length|context_len|ctx[-_]size|max_model_len|max_seq_len(?:gth)?|max_position_embeddings|--ctx-size|(?:^|\s)-c)\s*(?:=|:|>|>=)?\s*${TOKENS}`, 'i'),
  // 32k context, 8192 tokens of context, 128Kコンテキスト, full 8K context
  new RegExp(String.raw`${TOKENS}\s*(?:tokens?\s*)?(?:of\s+)?(?:context|ctx|コンテキスト|トークン)`, 'i'),
  // context of 16k, context size of 8192, context length: 32k, コンテキストは32k
  new RegExp(String.raw`(?:context|ctx|コンテキスト)\s*(?:window|size|length|len|長)?\s*(?:of|is|=|:|>|は|が|を)?\s*${TOKENS}`, 'i'),
  // at 16k, with 32k, @ 128k: a bare size with k is a context
  /(?:\bat|\bwith|@|で)\s*(\d+(?:\.\d+)?)\s*([kK])\b(?!\s*(?:b\b|gb|params))/i,
];

/** Tokens of context the message names (k = 1024, as every runtime counts it), if any. */
export function contextIn(text: string): number | undefined {
  for (const pattern of CONTEXT_PATTERNS) {
    const match = pattern.exec(text);
    if (!match) continue;
    const unit = match[2]?.toLowerCase();
    const tokens = Math.round(Number(match[1]) * (unit === 'k' ? 1024 : unit === 'm' ? 1024 * 1024 : 1));
    if (tokens >= MIN_CONTEXT && tokens <= MAX_CONTEXT) return tokens;
  }
  return undefined;
}
