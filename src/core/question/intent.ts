// Whether a sentence asks something, and whether it is about running a model: a help channel answers
// questions and out-of-memory reports, never announcements, thanks or results someone shares.

/** A question form at the start of a sentence ("can I", "will it", "is it possible", "how much"). */
const QUESTION_FORM =
  /^(?:so |but |and |also |then |ok |hi |hello |hey |sorry |please )*(?:can|could|will|would|does|do|did|should|shall|is|are|am|may|might|has|have)\s+(?:i|we|you|it|this|that|they|one|anyone|anybody|someone|he|she|my|a|an|the|any|8|16|24)\b|^(?:how|what|which|where|why|anyone|anybody|is there|are there)\b/i;
/** Asking inside a sentence: "I'm wondering if", "is it possible to", "enough?", and Japanese question endings. */
const ASKING =
  /\b(?:wonder(?:ing)?|is it possible|possible to|would like to know|want to know|any(?:one|body) (?:know|tried|run|managed)|how (?:much|many|to|can|do)|seeking advice|looking for advice|advice on|recommend(?:ed|ations?)? (?:for|setup|hardware|gpu))\b|(?:ですか|ますか|でしょうか|ませんか|かな|足りる|足ります|動く|動きます|動かせ|使える(?:のか|か)|必要(?!だった|でした|ありません|な)|いけます|どれくらい|どのくらい|何GB)/i;
/** An out-of-memory error reported (not the word "memory" in passing). */
const OOM = /\b(?:out of memory|OOM|OutOfMemory(?:Error)?|cudaMalloc failed|failed to allocate|CUDA error: out of memory|not enough (?:v?ram|gpu memory|memory))\b|メモリ不足/i;
/** About running, fitting or training a model. */
const ABOUT_RUNNING =
  /\b(?:run|running|runs|load|loading|host|hosting|serve|fit|fits|deploy|inference|infer|train|training|fine-?tun\w*|finetun\w*|sft|lora|qlora|vram|memory|mem|ram|gpus?|oom|enough|sufficient|need|needed|requir\w*|context|ctx|offload|quant\w*|hardware|configurations?|setup|specs?)\b|動|足り|必要|メモリ|学習|ファインチューニング|推論|使え|重さ|容量|GB/i;
/** About which model to run: a hardware-only question must ask this ("which model fits my 12GB 3060?"). */
const ABOUT_CHOOSING =
  /\b(?:run|running|load|host|fit|fits|train|fine-?tun\w*|finetun\w*|models?|llms?|requir\w*|larger|bigger|handle)\b|動|足り|必要|使え/i;

export type SentenceRank = 0 | 1 | 2;

/** 2: asks; 1: reports an out-of-memory error; 0: neither. */
export function rankSentence(sentence: string): SentenceRank {
  if (asksIn(sentence)) return 2;
  return OOM.test(sentence) ? 1 : 0;
}

function asksIn(sentence: string): boolean {
  if (!ABOUT_RUNNING.test(sentence)) return false;
  return /\?/.test(sentence) || QUESTION_FORM.test(sentence) || ASKING.test(sentence);
}

export function reportsOom(text: string): boolean {
  return OOM.test(text);
}

/** A pasted log that ends in an error: out of memory, or a failure the runtime printed. */
export function reportsFailure(text: string): boolean {
  return OOM.test(text) || /\b(?:error|failed|abort(?:ed)?)\b/i.test(text);
}

/** A sentence that asks which model, or whether one runs, fits or trains: what a hardware-only question needs. */
export function asksAboutChoosing(sentence: string): boolean {
  return asksIn(sentence) && ABOUT_CHOOSING.test(sentence);
}

/** A helper asking the asker back ("which quant are you using?"): addressed to them, nothing of the writer's own. */
export function asksBack(sentence: string): boolean {
  return /\byou(?:r)?\b/i.test(sentence) && !/\b(?:i|i'm|i've|my|me|we|our|us)\b/i.test(sentence) && !/^(?:can|could|would|will) you\b/i.test(sentence.trim());
}

/** A question form at the start of any sentence of a whole message. */
const QUESTION_START = new RegExp(String.raw`(?:^|[.!。\n]\s*)(?:${QUESTION_FORM.source.slice(1).replace(/\|\^/g, '|')})`, 'i');

/**
 * Whether any sentence of the message could ask or report an error: a superset of what rankSentence finds,
 * read in one pass, so a busy channel's chatter is left alone without the words being read at all.
 */
export function mayAsk(text: string): boolean {
  return text.includes('?') || text.includes('？') || OOM.test(text) || ASKING.test(text) || QUESTION_START.test(text);
}
