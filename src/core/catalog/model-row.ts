// A catalog row: what was published about one model, copied as written, and the Architecture it gives.
import { mtpParams, shapeParams } from '../estimate/gguf-tensors.js';
import type { Architecture } from './architectures.js';
import { architectureFromConfig } from './from-config.js';

export interface PublishedCount {
  readonly count: number;
  /** exact: a source prints the count to the parameter; rounded: only "0.6B"-style figures are published */
  readonly kind: 'exact' | 'rounded';
  readonly asWritten: string;
  readonly source: string;
  readonly how: string;
}

export interface ModelRow {
  readonly id: string;
  readonly name: string;
  /** the Hugging Face repo whose config.json the row copies */
  readonly repo: string;
  readonly released: string;
  /** lower-case names a file, repo or tag may begin with (org removed) */
  readonly aliases: readonly string[];
  /** ollama library tags that are exactly this model (`qwen3:30b-a3b`) */
  readonly ollama?: readonly string[];
  readonly params: PublishedCount;
  /** parameters of the vision tower and projector, counted in params but not in a text GGUF */
  readonly vision?: { readonly params: number; readonly source: string };
  /** the config ties the output head to the embeddings, but the checkpoint stores both, and so does the published total */
  readonly storedTiedHead?: boolean;
  /** the checkpoint's MTP block stores its own copy of the embeddings and head (DeepSeek-V3, GLM-4.5: their totals add up only so) */
  readonly mtpStoresEmbeddings?: boolean;
  /** an embedding model: decoder embedders (Qwen3-Embedding, gte-Qwen2) load without the LM head */
  readonly task?: 'embedding';
  /** keys the copied config lacks that the row's notes establish, with why; merged under the verbatim config */
  readonly configGaps?: { readonly values: Readonly<Record<string, unknown>>; readonly reason: string };
  /** a verbatim subset of the published config.json */
  readonly config: Readonly<Record<string, unknown>>;
  readonly configSource: string;
  readonly notes: string;
}

/** Half the last published digit: "0.6B" is 0.55–0.65 B, "22B" 21.5–22.5 B. */
export function roundingHalfUnit(count: number): number {
  let unit = 1;
  while (count % (unit * 10) === 0 && unit < count) unit *= 10;
  return unit / 2;
}


/** Parameters the row's config adds up to, as its published total counts them (vision, MTP, stored tied heads). */
export function rowShapeParams(row: ModelRow, a: Architecture): number {
  return shapeParams(a) + outsideDecoder(row, a);
}

/** Parameters the published total counts that a GGUF of the text decoder does not hold: the vision tower,
 * the MTP block (convert_hf_to_gguf.py skips DeepSeek's nextn layers), a stored copy of a tied head. */
function outsideDecoder(row: ModelRow, a: Architecture): number {
  return (row.vision?.params ?? 0) + mtpParams(a, row.mtpStoresEmbeddings === true) + (row.storedTiedHead ? a.vocabSize * a.hiddenSize : 0);
}

/** ollama tags are stored as written (`mistral:7b` is v0.3) and with ':' as '-' (file names spell them so);
 * resolve-model.ts looks a tag up as written first, so `mistral:7b` and Hugging Face's `mistral-7b` (v0.1) differ. */
function aliasesOf(row: ModelRow): string[] {
  const tags = (row.ollama ?? []).flatMap((tag) => [tag, tag.replace(/:/g, '-')]);
  return [...new Set([row.id, ...row.aliases, ...tags].map((alias) => alias.toLowerCase()))];
}

export interface ShapeException {
  readonly reason: string;
  /** complete: the text decoder adds up, the gap is elsewhere (a tower, an MTP block) and stays out of GGUF sizes;
   * incomplete: the decoder itself is not described, so no exact GGUF layout is used */
  readonly decoder: 'complete' | 'incomplete';
}

/** Rows whose config shape does not add up to the published count, and why. The catalog test fails on any
 * other row that does not add up, and on any row here that does (so the list cannot go stale). */
export const SHAPE_EXCEPTIONS: Readonly<Record<string, ShapeException>> = {
  'llama-3.2-11b-vision': { decoder: 'incomplete', reason: 'no published vision-tower count, and the 8 gated cross-attention layers are not laid out' },
  'qwen3-next-80b-a3b': { decoder: 'complete', reason: 'the total includes one MTP block (mtp_num_hidden_layers, not in the copied subset); the decoder adds up to the 79,674,391,296 params.how gives' },
  'gemma-3n-e2b': { decoder: 'incomplete', reason: 'per-layer embeddings, AltUp, LAuReL and the vision and audio towers are not laid out' },
  'gemma-3n-e4b': { decoder: 'incomplete', reason: 'per-layer embeddings, AltUp, LAuReL and the vision and audio towers are not laid out' },
  'phi-3.5-vision': { decoder: 'complete', reason: 'the CLIP tower and projector are counted in the rounded 4.2B with no published split; the decoder is Phi-3.5-mini' },
  'phi-4-multimodal': { decoder: 'complete', reason: 'vision and audio encoders and their LoRA adapters are counted with no published split; the decoder is Phi-4-mini' },
  'granite-4.0-h-tiny': { decoder: 'incomplete', reason: 'the copied subset lacks num_experts_per_tok and layer_types' },
  'glm-4.5v': { decoder: 'incomplete', reason: 'the copied text_config lacks the expert count and dense/MoE layout' },
  'glm-4.1v-9b': { decoder: 'complete', reason: 'the vision tower is counted with no published split; the decoder is GLM-4-9B' },
  'ernie-4.5-300b-a47b': { decoder: 'complete', reason: 'the Paddle total also holds one MTP block (989,888,512, computed in params.how) that the copied config does not describe; the decoder and its stored head add up to the rest' },
  'embeddinggemma-300m': { decoder: 'complete', reason: 'the total counts the two sentence-transformers Dense projections (768 -> 3072 -> 768, 4,718,592) after pooling; the Gemma 3 encoder adds up to 302,863,104' },
  'hunyuan-a13b': { decoder: 'incomplete', reason: 'the shape is 0.86 % (683 M) above the total and the gap is not explained by any copied key' },
};

const BUILT = new Map<string, Architecture | undefined>();

/**
 * The row's Architecture through the one converter. A rounded count ("22B") gives way to the count the
 * shape adds up to when that lies within the rounding, the test checks it does.
 */
export function architectureOfRow(row: ModelRow): Architecture | undefined {
  if (BUILT.has(row.id)) return BUILT.get(row.id);
  const draft = architectureFromConfig(row.config, row.name, row.params.count, row.configSource, {
    id: row.id, aliases: aliasesOf(row), ...(row.vision ? { visionParams: row.vision.params } : {}),
    ...(row.task === 'embedding' ? { embedding: true } : {}),
    ...(row.configGaps ? { configGaps: row.configGaps.values } : {}),
  });
  let a = draft;
  if (draft) {
    const exception = SHAPE_EXCEPTIONS[row.id];
    // the shape is walked only where it decides a number: a rounded count, or a total that counts parts the
    // copied config does not describe (the gap is then outside the GGUF); exact rows keep their published count
    const outside = exception?.decoder === 'complete' ? Math.max(0, row.params.count - shapeParams(draft)) : outsideDecoder(row, draft);
    const shape = row.params.kind === 'rounded' ? shapeParams(draft) + outsideDecoder(row, draft) : row.params.count;
    const params = Math.abs(shape - row.params.count) <= roundingHalfUnit(row.params.count) ? shape : row.params.count;
    a = {
      ...draft, params, ...(outside > 0 ? { nonDecoderParams: outside } : {}),
      ...(exception?.decoder === 'incomplete' ? { layoutIncomplete: true } : {}),
    };
  }
  BUILT.set(row.id, a);
  return a;
}
