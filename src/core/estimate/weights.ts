// Memory of the weights: parameters × bits per weight / 8.
import type { Architecture } from '../catalog/architectures.js';
import type { FormatSpec } from '../catalog/formats.js';

/** Parameters in the token embedding table and, when untied, the output head. */
export function embeddingParams(architecture: Architecture): number {
  return architecture.vocabSize * architecture.hiddenSize * (architecture.tiedEmbeddings ? 1 : 2);
}

export interface WeightsInput {
  readonly params: number;
  readonly format: FormatSpec;
  readonly bitsPerWeight: number;
  /** known only when the shape is the model's own; a size-based reference shape must not be used here */
  readonly exactArchitecture?: Architecture;
}

export function weightsBytes({ params, format, bitsPerWeight, exactArchitecture }: WeightsInput): number {
  // Seed parity: the calculator's four widths are exactly params × {4, 2, 1, 0.5} bytes.
  if (format.seed || !format.keepsEmbeddings16Bit || !exactArchitecture) return Math.round((params * bitsPerWeight) / 8);
  // GPTQ, AWQ, bitsandbytes and FP8 quantize Linear layers only; embeddings (and an untied head) stay 16-bit.
  const embedding = Math.min(embeddingParams(exactArchitecture), params);
  return Math.round(((params - embedding) * bitsPerWeight) / 8 + embedding * 2);
}
