// Which catalogued model a log is about when it names none (ollama runs blobs named sha256-…): the shape
// llama.cpp prints (n_layer, n_embd, n_head_kv, n_vocab, n_ff, n_expert) against the catalog's config.json rows.
import { ARCHITECTURES, type Architecture } from '../catalog/architectures.js';
import type { LogModel } from './log-facts.js';

/** The architecture with every printed dimension equal to the catalog's; the trained context breaks ties (Llama 3 vs 3.1). */
export function identifyArchitecture(model: LogModel): Architecture | undefined {
  if (model.layers === undefined || model.embedding === undefined) return undefined;
  const candidates = ARCHITECTURES.filter((a) =>
    a.layers === model.layers && a.hiddenSize === model.embedding &&
    (model.kvHeads === undefined || a.kvHeads === model.kvHeads) &&
    (model.heads === undefined || a.heads === model.heads) &&
    (model.vocab === undefined || a.vocabSize === model.vocab) &&
    (model.feedForward === undefined || model.feedForward === 0 || a.intermediateSize === model.feedForward) &&
    (model.experts === undefined || (a.moe?.experts ?? 0) === model.experts));
  if (candidates.length <= 1 || model.contextTrain === undefined) return candidates[0];
  return candidates.find((a) => a.maxContext === model.contextTrain) ?? candidates[0];
}
