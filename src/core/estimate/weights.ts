// Memory of the weights, by where the figure comes from: the checkpoint's own headers (exact), a GGUF
// file laid out tensor by tensor (exact for a known shape), or parameters × bits per weight / 8.
import type { Architecture } from '../catalog/architectures.js';
import { formatOf, type FormatSpec } from '../catalog/formats.js';
import type { ResolvedModel } from '../resolve-model.js';
import { ggufWeights } from './gguf-mixture.js';
import { modelTensors } from './gguf-tensors.js';
import type { UsedPrecision } from './precision-choice.js';

export interface Weights {
  readonly bytes: number;
  /** the token embedding table (llama.cpp keeps it in system RAM) */
  readonly tokenEmbeddingBytes: number;
  /** routed experts of a mixture of experts (what --n-cpu-moe moves to system RAM); 0 for dense models */
  readonly expertBytes: number;
  /** the output head (a tied model reuses its embedding table, which llama.cpp copies to the output device) */
  readonly outputBytes: number;
  /** effective bits per weight over the parameters the weights hold */
  readonly bitsPerWeight: number;
  readonly source: 'checkpoint' | 'gguf-layout' | 'width';
}

/** bartowski's `_L`/`_XL` quants (not unsloth's `UD-…_XL`) keep embeddings and output at Q8_0. */
const EMBED_OUTPUT_Q8_VARIANT = /^(?!ud[-_])\S*_(?:l|xl)$/i;

/** Parameters in the token embedding table alone (the output head, when untied, is another as large). */
export function tokenEmbeddingParams(a: Architecture): number {
  return a.vocabSize * a.hiddenSize;
}

/** Parameters in the token embedding table and, when untied, the output head. */
export function embeddingParams(a: Architecture): number {
  return tokenEmbeddingParams(a) * (a.tiedEmbeddings ? 1 : 2);
}

/** Parameters of the routed experts (3-D expert tensors), from the shape. */
export function routedExpertParams(a: Architecture): number {
  if (!a.moe) return 0;
  return modelTensors(a).reduce((sum, t) => sum + (t.experts > 1 ? t.elements : 0), 0);
}

/**
 * params × bits / 8. The seed calculator's four widths are exactly params × {4, 2, 1, 0.5} bytes; GPTQ, AWQ,
 * bitsandbytes and FP8 quantize Linear layers only, so with a known shape the embeddings (and an untied head)
 * are counted at 16 bits.
 */
function widthWeights(params: number, format: FormatSpec, bitsPerWeight: number, shape: Architecture | undefined): Weights {
  const embedding = shape && format.keepsEmbeddings16Bit && !format.seed ? Math.min(embeddingParams(shape), params) : 0;
  const bytes = Math.round(((params - embedding) * bitsPerWeight) / 8 + embedding * 2);
  const tokenEmbedding = shape ? Math.min(tokenEmbeddingParams(shape), params) : 0;
  const tokenEmbeddingBytes = Math.round(tokenEmbedding * (embedding > 0 ? 2 : bitsPerWeight / 8));
  const expertBytes = shape ? Math.round((routedExpertParams(shape) * bitsPerWeight) / 8) : 0;
  return { bytes, tokenEmbeddingBytes, expertBytes, outputBytes: tokenEmbeddingBytes, bitsPerWeight: (bytes * 8) / params, source: 'width' };
}

/** A fine-tune's stated size is its base's rounded (70B for Llama-2-70B's 68.98 B); beyond this it has grown or
 * shrunk (a frankenmerge, an extended vocabulary) and is sized from its stated count instead. */
const BASE_SIZE_TOLERANCE = 0.1;
const sameSizeAsBase = (params: number, base: Architecture) => Math.abs(params - base.params) / base.params <= BASE_SIZE_TOLERANCE;

export function weightsOf(model: ResolvedModel, precision: UsedPrecision): Weights {
  const format = formatOf(precision.id);
  const a = model.architecture;
  const exactShape = model.shapeSource === 'catalog' || model.shapeSource === 'hub' ? a : undefined;
  // a checkpoint read from the Hub, run at its stored precision: its tensors' bytes, to the byte
  const stored = model.exactWeights?.precision === precision.id ? model.exactWeights : undefined;
  if (stored) {
    const expertBytes = exactShape ? Math.round((routedExpertParams(exactShape) / model.params) * stored.bytes) : 0;
    return {
      bytes: stored.bytes, tokenEmbeddingBytes: stored.tokenEmbeddingBytes ?? 0, outputBytes: stored.tokenEmbeddingBytes ?? 0, expertBytes,
      bitsPerWeight: (stored.bytes * 8) / model.params, source: 'checkpoint',
    };
  }
  // a GGUF file of a catalogued model, or of a fine-tune the size of its base (Midnight-Miqu-70B is Llama-2-70B's
  // tensors retrained): every tensor at the type llama-quantize gives it
  const laidOut = model.shapeSource === 'catalog' || (model.shapeSource === 'base-model' && sameSizeAsBase(model.params, a));
  const gguf = format.kind.startsWith('gguf') || format.kind === 'ternary' || format.kind === 'microscaling' || precision.ggufFile
    ? laidOut ? ggufWeights(a, precision.id, { embedOutputQ8: EMBED_OUTPUT_Q8_VARIANT.test(precision.variant ?? '') }) : undefined
    : undefined;
  if (gguf) {
    // a GGUF holds the text decoder only: a vision tower counted in the model's total is not in its bits
    const decoderParams = model.params - (a.nonDecoderParams ?? 0);
    return { ...gguf, bitsPerWeight: (gguf.totalBytes * 8) / decoderParams, bytes: gguf.totalBytes, source: 'gguf-layout' };
  }
  return widthWeights(model.params, format, precision.bitsPerWeight, exactShape);
}
