// A chat message → the question it asks: the model (or up to three compared), its quant, the context,
// the asker's GPUs and RAM, the training mode, runtime and KV cache type. Pure and fast: a busy help
// channel passes every message through it.
import { isJapanese } from './normalize.js';
import { asksAboutChoosing, asksBack, rankSentence, reportsOom, type SentenceRank } from './intent.js';
import { gpusIn, systemRamIn, vramIn } from './hardware.js';
import { type FoundModel, modelsIn, siblingOf } from './models.js';
import { normalizeMessage, sentencesOf, wordsOf } from './normalize.js';
import { precisionIn } from './quant.js';
import type { GpuMention, ModelMention, PrecisionMention, Question } from './question.js';
import { contextIn, kvIn, runtimeIn, trainingIn } from './settings.js';

/** A question this short that names a model asks about it ("llama 3.1 8b?", "Mixtral 8x22B in q4?"). */
const SHORT_QUESTION_WORDS = 6;
/** Models compared side by side at most. */
const MAX_MODELS = 3;
/** Words between two models that compare them: "llama 3.1 8b or qwen2.5 7b". */
const COMPARING = /^(?:or|vs\.?|versus|and|&|と|か|または|compared|against)$/i;

interface Sentence {
  readonly text: string;
  readonly words: readonly string[];
  readonly rank: SentenceRank;
  readonly models: readonly FoundModel[];
}

function readSentences(text: string, kvSpan: { index: number; length: number } | undefined): Sentence[] {
  // the KV cache's type is not the weights' precision: blank it before the words are read
  const withoutKv = kvSpan ? `${text.slice(0, kvSpan.index)} ${' '.repeat(kvSpan.length)}${text.slice(kvSpan.index + kvSpan.length)}` : text;
  return sentencesOf(withoutKv).map((s) => {
    const words = wordsOf(s);
    const models = modelsIn(words);
    // "Mixtral on 16 * A10?", "llama 3.1 8b?": a question mark over a model and a GPU, or a model alone, asks
    const overModel = models.length > 0 && s.includes('?') && (gpusIn([words]) !== undefined || words.length <= SHORT_QUESTION_WORDS);
    const rank = overModel ? 2 : rankSentence(s);
    return { text: s, words, rank, models };
  });
}

/** The sentence the question is in: the best-ranked one holding a model (named before bare), else none. */
function primarySentence(sentences: readonly Sentence[]): Sentence | undefined {
  const withModels = sentences.filter((s) => s.models.length > 0);
  const best = Math.max(-1, ...withModels.map((s) => s.rank));
  const ranked = withModels.filter((s) => s.rank === best);
  return ranked.find((s) => s.models.some((m) => m.named)) ?? ranked[0];
}

/** The model asked about, then those compared with it in the same sentence ("…8b or qwen2.5 7b"). */
function chooseModels(sentence: Sentence | undefined, all: readonly Sentence[]): FoundModel[] {
  if (!sentence) return [];
  const named = sentence.models.filter((m) => m.named);
  // a size inside a model's name beats a bare size; a model named elsewhere beats a bare size here only when it asks
  const otherNamed = all.filter((s) => s !== sentence && s.rank >= sentence.rank).flatMap((s) => s.models.filter((m) => m.named));
  const said = named[0] ?? (sentence.rank < 2 ? otherNamed[0] : undefined) ?? sentence.models[0];
  if (!said) return [];
  const first = withSize(said, all);
  const chosen: FoundModel[] = [first];
  const inSentence = sentence.models.includes(first);
  for (const model of inSentence ? sentence.models : []) {
    if (chosen.length >= MAX_MODELS || model === first) continue;
    const previous = chosen[chosen.length - 1] as FoundModel;
    const between = sentence.words.slice(previous.end, model.start);
    if (model.start < previous.end || !between.some((w) => COMPARING.test(w))) continue;
    const candidate = model.named ? model : siblingOf(first, model);
    if (!candidate || chosen.some((c) => (c.architectureId ?? c.option) === (candidate.architectureId ?? candidate.option))) continue;
    chosen.push(candidate);
  }
  return chosen;
}

/** "OOM with mixtral 8x22b … if mixtral is an MoE…": a family said without its size is the sized one named elsewhere. */
function withSize(model: FoundModel, all: readonly Sentence[]): FoundModel {
  if (/\d/.test(model.written)) return model;
  const family = model.written.toLowerCase().split(/[\s-]/)[0] ?? '';
  const sized = all.flatMap((s) => s.models).find((m) => m.named && /\d/.test(m.written) && m.written.toLowerCase().startsWith(family));
  return sized ?? model;
}

function covered(models: readonly FoundModel[], index: number): boolean {
  return models.some((m) => index >= m.start && index < m.end);
}

/** Words of a sentence outside its model names, where a quant written beside the model is read. */
function freeWords(sentence: Sentence): string[] {
  return sentence.words.filter((_, i) => !covered(sentence.models, i));
}

/**
 * The quant asked: beside the model asked about, else in a sentence naming no other model (best-ranked first,
 * the last said among equals: "tried int8 … maybe int4?"). A quant beside another model is that model's.
 */
function choosePrecision(primary: Sentence | undefined, sentences: readonly Sentence[], runtime: string | undefined, training: Question['training']): PrecisionMention | undefined {
  if (primary) {
    const here = precisionIn(freeWords(primary), runtime, training);
    if (here) return here;
  }
  const donors = sentences.filter((s) => s !== primary && s.models.length === 0);
  // "maybe int4?" asks about the quant even with no word of running in it
  const rankOf = (s: Sentence) => (s.text.includes('?') ? 2 : s.rank);
  const byRank = [...donors].reverse().sort((a, b) => rankOf(b) - rankOf(a));
  for (const sentence of byRank) {
    const found = precisionIn(freeWords(sentence), runtime, training);
    if (found) return found;
  }
  return undefined;
}

function chooseGpu(sentences: readonly Sentence[], text: string): GpuMention | undefined {
  const named = gpusIn(sentences.map((s) => s.words));
  if (named) return named;
  const vram = vramIn(text);
  return vram === undefined ? undefined : { value: String(vram), count: 1, memoryGB: vram, label: `${vram} GB`, unified: false };
}

function toMention(found: FoundModel): ModelMention {
  return { option: found.option, written: found.written, named: found.named, ...(found.architectureId ? { architectureId: found.architectureId } : {}) };
}

export function readQuestion(raw: string): Question {
  const text = normalizeMessage(raw);
  const kv = kvIn(text);
  const sentences = readSentences(text, kv);
  const training = trainingIn(text);
  const runtime = runtimeIn(text);
  const primary = primarySentence(sentences);
  const models = chooseModels(primary, sentences);
  const precision = choosePrecision(primary, sentences, runtime, training);
  const gpu = chooseGpu(sentences, text);
  const contextTokens = contextIn(text);
  const ram = gpu?.unified ? undefined : systemRamIn(text);
  const asking = sentences.filter((s) => s.rank === 2 && !asksBack(s.text));
  const asks = asking.length > 0 && (models.length > 0 || asking.some((s) => asksAboutChoosing(s.text)));
  return {
    lang: isJapanese(raw) ? 'ja' : 'en',
    models: models.map(toMention),
    ...(precision ? { precision } : {}),
    ...(contextTokens !== undefined ? { contextTokens } : {}),
    ...(gpu ? { gpu } : {}),
    ...(ram !== undefined ? { systemRamGB: ram } : {}),
    ...(training ? { training } : {}),
    ...(runtime ? { runtime } : {}),
    ...(kv ? { kv: kv.value } : {}),
    asks,
    reportsOom: reportsOom(text),
  };
}
