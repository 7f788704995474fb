// GGML tensor types: how many weights one block holds and how many bytes it takes.
// Bits per weight follow from the layout (Q4_K: 144 bytes per 256 weights = 4.5 bpw), never typed in.
// Layouts: ggml/src/ggml-common.h (block_q4_K … structs) and ggml/src/ggml.c type_traits,
// https://github.com/ggml-org/llama.cpp/blob/b4589/ggml/src/ggml-common.h

/** Weights per super-block of the k-quants and i-quants (QK_K in ggml-common.h). */
const QK_K = 256;

export const GGML_TYPE_IDS = [
  'F32', 'F16', 'BF16', 'Q4_0', 'Q4_1', 'Q5_0', 'Q5_1', 'Q8_0',
  'Q2_K', 'Q3_K', 'Q4_K', 'Q5_K', 'Q6_K', 'Q8_K',
  'IQ1_S', 'IQ1_M', 'IQ2_XXS', 'IQ2_XS', 'IQ2_S', 'IQ3_XXS', 'IQ3_S', 'IQ4_NL', 'IQ4_XS',
  'TQ1_0', 'TQ2_0', 'MXFP4',
  // GGML's April 2023 16-weight types, in .bin files only (removed with the May 2023 format change)
  'Q4_2', 'Q4_3',
] as const;
export type GgmlType = (typeof GGML_TYPE_IDS)[number];

export interface GgmlLayout {
  /** weights in one block */
  readonly blockWeights: number;
  /** bytes of one block, written as the struct's fields add up */
  readonly blockBytes: number;
}

export const GGML_TYPES = {
  F32: { blockWeights: 1, blockBytes: 4 },
  F16: { blockWeights: 1, blockBytes: 2 },
  BF16: { blockWeights: 1, blockBytes: 2 },
  // legacy 32-weight blocks: fp16 scale (+ fp16 min) + packed quants (+ high bits)
  Q4_0: { blockWeights: 32, blockBytes: 2 + 16 },
  Q4_1: { blockWeights: 32, blockBytes: 2 + 2 + 16 },
  Q5_0: { blockWeights: 32, blockBytes: 2 + 4 + 16 },
  Q5_1: { blockWeights: 32, blockBytes: 2 + 2 + 4 + 16 },
  Q8_0: { blockWeights: 32, blockBytes: 2 + 32 },
  // k-quants: 256-weight super-blocks with 6-bit or 8-bit sub-block scales
  Q2_K: { blockWeights: QK_K, blockBytes: 2 + 2 + QK_K / 16 + QK_K / 4 },
  Q3_K: { blockWeights: QK_K, blockBytes: 2 + QK_K / 4 + QK_K / 8 + 12 },
  Q4_K: { blockWeights: QK_K, blockBytes: 2 + 2 + QK_K / 2 + 12 },
  Q5_K: { blockWeights: QK_K, blockBytes: 2 + 2 + QK_K / 2 + QK_K / 8 + 12 },
  Q6_K: { blockWeights: QK_K, blockBytes: 2 + QK_K / 2 + QK_K / 4 + QK_K / 16 },
  Q8_K: { blockWeights: QK_K, blockBytes: 4 + QK_K + QK_K / 8 },
  // i-quants (lattice codebooks)
  IQ1_S: { blockWeights: QK_K, blockBytes: 2 + QK_K / 8 + QK_K / 16 },
  IQ1_M: { blockWeights: QK_K, blockBytes: QK_K / 8 + QK_K / 16 + QK_K / 32 },
  IQ2_XXS: { blockWeights: QK_K, blockBytes: 2 + QK_K / 4 },
  IQ2_XS: { blockWeights: QK_K, blockBytes: 2 + QK_K / 4 + QK_K / 32 },
  IQ2_S: { blockWeights: QK_K, blockBytes: 2 + QK_K / 4 + QK_K / 16 },
  IQ3_XXS: { blockWeights: QK_K, blockBytes: 2 + QK_K / 4 + QK_K / 8 },
  IQ3_S: { blockWeights: QK_K, blockBytes: 2 + QK_K / 4 + QK_K / 8 + QK_K / 32 + 4 },
  IQ4_NL: { blockWeights: 32, blockBytes: 2 + 16 },
  IQ4_XS: { blockWeights: QK_K, blockBytes: 2 + 2 + QK_K / 2 + QK_K / 64 },
  // ternary (TriLM/BitNet) and OCP microscaling fp4 (gpt-oss): e8m0 scale + 32 fp4 values
  TQ1_0: { blockWeights: QK_K, blockBytes: 2 + 4 * 13 },
  TQ2_0: { blockWeights: QK_K, blockBytes: 2 + QK_K / 4 },
  MXFP4: { blockWeights: 32, blockBytes: 1 + 16 },
  // block_q4_2 {half d; uint8 qs[8]} and block_q4_3 {half d, m; uint8 qs[8]} (ggml-cuda.cu, llama.cpp April 2023)
  Q4_2: { blockWeights: 16, blockBytes: 2 + 8 },
  Q4_3: { blockWeights: 16, blockBytes: 2 + 2 + 8 },
} as const satisfies Record<GgmlType, GgmlLayout>;

/** ggml_type enum values as GGUF files store them (ggml/include/ggml.h, the numbers @huggingface/gguf uses). */
export const GGML_TYPE_BY_NUMBER: Readonly<Record<number, GgmlType>> = {
  0: 'F32', 1: 'F16', 2: 'Q4_0', 3: 'Q4_1', 6: 'Q5_0', 7: 'Q5_1', 8: 'Q8_0',
  10: 'Q2_K', 11: 'Q3_K', 12: 'Q4_K', 13: 'Q5_K', 14: 'Q6_K', 15: 'Q8_K',
  16: 'IQ2_XXS', 17: 'IQ2_XS', 18: 'IQ3_XXS', 19: 'IQ1_S', 20: 'IQ4_NL', 21: 'IQ3_S', 22: 'IQ2_S', 23: 'IQ4_XS',
  29: 'IQ1_M', 30: 'BF16', 34: 'TQ1_0', 35: 'TQ2_0', 39: 'MXFP4',
};

export function ggmlBitsPerWeight(type: GgmlType): number {
  const layout: GgmlLayout = GGML_TYPES[type];
  return (layout.blockBytes * 8) / layout.blockWeights;
}
