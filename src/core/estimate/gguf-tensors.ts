// The weight tensors of a llama-family GGUF file, from the architecture's shape, in llama.cpp's names.
// Shapes follow convert_hf_to_gguf.py: ne[0] is a weight's input width (the row length that must be a
// multiple of a quant type's block), rows × ne[0] its elements.
import type { Architecture } from '../catalog/architectures.js';

export type TensorCategory =
  | 'token_embd' | 'output' | 'attn_q' | 'attn_k' | 'attn_v' | 'attn_output'
  | 'ffn_gate' | 'ffn_up' | 'ffn_down' | 'norm' | 'router';

export interface WeightTensor {
  readonly category: TensorCategory;
  /** block index, or null for token_embd, output and output_norm */
  readonly layer: number | null;
  /** row length (input width) */
  readonly rowLength: number;
  readonly elements: number;
  /** expert tensors are 3-D (ne[2] = experts); MXFP4_MOE quantizes only those */
  readonly experts: number;
}

function tensor(category: TensorCategory, layer: number | null, rowLength: number, rows: number, experts = 1): WeightTensor {
  return { category, layer, rowLength, elements: rowLength * rows * experts, experts };
}

export function llamaFamilyTensors(a: Architecture): WeightTensor[] {
  const qWidth = a.heads * a.headDim;
  const kvWidth = a.kvHeads * a.headDim;
  const experts = a.moe?.experts ?? 1;
  const ffn = a.moe?.expertIntermediateSize ?? a.intermediateSize;
  const tensors: WeightTensor[] = [tensor('token_embd', null, a.hiddenSize, a.vocabSize)];
  for (let layer = 0; layer < a.layers; layer++) {
    tensors.push(
      tensor('norm', layer, a.hiddenSize, 2),
      tensor('attn_q', layer, a.hiddenSize, qWidth),
      tensor('attn_k', layer, a.hiddenSize, kvWidth),
      tensor('attn_v', layer, a.hiddenSize, kvWidth),
      tensor('attn_output', layer, qWidth, a.hiddenSize),
      tensor('ffn_gate', layer, a.hiddenSize, ffn, experts),
      tensor('ffn_up', layer, a.hiddenSize, ffn, experts),
      tensor('ffn_down', layer, ffn, a.hiddenSize, experts),
    );
    if (experts > 1) tensors.push(tensor('router', layer, a.hiddenSize, experts));
  }
  tensors.push(tensor('norm', null, a.hiddenSize, 1));
  if (!a.tiedEmbeddings) tensors.push(tensor('output', null, a.hiddenSize, a.vocabSize));
  return tensors;
}

/** Parameters the shape implies (norms included, biases not): checks a catalog row against its published count. */
export function shapeParams(a: Architecture): number {
  return llamaFamilyTensors(a).reduce((sum, t) => sum + t.elements, 0);
}
