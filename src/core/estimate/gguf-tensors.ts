// The weight tensors of a model's text decoder, from its shape, in llama.cpp's GGUF names. Shapes follow
// convert_hf_to_gguf.py: ne[0] is a weight's input width (the row length that must be a multiple of a quant
// type's block), rows × ne[0] its elements. The same list counts a config's parameters, so a catalog row's
// shape is checked against its published count (test/core/catalog.test.ts).
import type { Architecture, Block } from '../catalog/architectures.js';
import { LLAMA_LAYOUT } from '../catalog/layouts.js';

/**
 * llama-quantize's broad categories (tensor_get_category in src/llama-quant.cpp): `other` is a 2-D weight
 * that gets the file's default type (ssm_in, ssm_out, MLA's low-rank projections, a pooler); `norm`,
 * `router` and `fixed` are never quantized (norms, the expert router, biases, convolutions, position and
 * token-type tables: tensor_allows_quantization) and the converter writes them F32.
 */
export type TensorCategory =
  | 'token_embd' | 'output' | 'attn_q' | 'attn_k' | 'attn_v' | 'attn_qkv' | 'attn_kv_b' | 'attn_output'
  | 'ffn_gate' | 'ffn_up' | 'ffn_down' | 'other' | 'norm' | 'router' | 'fixed';

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
const fixed = (layer: number | null, elements: number): WeightTensor => tensor('fixed', layer, elements, 1);

/** Model families whose extra tensors this layout does not describe (Gemma 3n's per-layer embeddings, AltUp
 * and LAuReL; Llama-3.2-Vision's gated cross-attention): their GGUF bytes come from the width instead. */
export function hasKnownLayout(a: Architecture): boolean {
  return !a.layoutIncomplete && !a.blocks?.some((b) => b.sharesKv || b.crossAttention);
}

function normTensors(a: Architecture, layer: number | null, count: number, width = a.hiddenSize): WeightTensor[] {
  const layout = a.layout ?? LLAMA_LAYOUT;
  if (count === 0) return [];
  return [tensor('norm', layer, width, count * (layout.normBias ? 2 : 1))];
}

function attentionTensors(a: Architecture, i: number, block: Block): WeightTensor[] {
  const layout = a.layout ?? LLAMA_LAYOUT;
  const h = a.hiddenSize;
  if (block.linearAttention) return [tensor('other', i, h, h)];
  const kvHeads = block.kvHeads ?? a.kvHeads;
  const mla = a.latentKv;
  if (mla) {
    // DeepSeek V2/V3 (llama.cpp MLA, convert_hf_to_gguf.py DeepseekV2Model): q_a → q_a_norm → q_b (or one
    // attn_q when q_lora_rank is null), kv_a_mqa → kv_a_norm, kv_b split into k_b and v_b, attn_output
    const nope = mla.nopeHeadDim ?? a.headDim - mla.ropeHeadDim;
    const v = mla.vHeadDim ?? nope;
    const q = mla.qLoraRank
      ? [tensor('other', i, h, mla.qLoraRank), tensor('norm', i, mla.qLoraRank, 1), tensor('other', i, mla.qLoraRank, a.heads * (nope + mla.ropeHeadDim))]
      : [tensor('attn_q', i, h, a.heads * (nope + mla.ropeHeadDim))];
    return [
      ...q,
      tensor('other', i, h, mla.kvLoraRank + mla.ropeHeadDim), tensor('norm', i, mla.kvLoraRank, 1),
      tensor('other', i, nope, a.heads * mla.kvLoraRank), tensor('other', i, mla.kvLoraRank, a.heads * v),
      tensor('attn_output', i, a.heads * v, h),
    ];
  }
  const qWidth = a.heads * a.headDim;
  const kvWidth = kvHeads * a.headDim;
  // Qwen3-Next's full-attention layers project a gate beside each query (q_proj is twice as wide)
  const qRows = a.recurrent?.keyHeads ? 2 * qWidth : qWidth;
  const projections = layout.fusedQkv
    ? [tensor('attn_qkv', i, h, qRows + 2 * kvWidth)]
    : [tensor('attn_q', i, h, qRows), tensor('attn_k', i, h, kvWidth), tensor('attn_v', i, h, kvWidth)];
  const extras: WeightTensor[] = [];
  if (layout.qkvBias) extras.push(fixed(i, qRows + 2 * kvWidth));
  if (layout.outBias) extras.push(fixed(i, h));
  if (layout.qkNorm === 'head') extras.push(tensor('norm', i, a.headDim, 2));
  if (layout.qkNorm === 'full') extras.push(tensor('norm', i, qWidth + kvWidth, 1));
  if (layout.sinks) extras.push(fixed(i, a.heads));
  return [...projections, tensor('attn_output', i, qWidth, h), ...extras];
}

function lightningTensors(a: Architecture, i: number): WeightTensor[] {
  // MiniMax lightning attention: fused qkv, an output gate, a norm over the heads, out_proj
  const width = a.heads * a.headDim;
  return [tensor('attn_qkv', i, a.hiddenSize, 3 * width), tensor('other', i, a.hiddenSize, width), tensor('norm', i, width, 1), tensor('attn_output', i, width, a.hiddenSize)];
}

function recurrentTensors(a: Architecture, i: number, mixer: Block['mixer']): WeightTensor[] {
  const r = a.recurrent;
  if (!r) return [];
  const h = a.hiddenSize;
  if (mixer === 'shortconv') {
    // LFM2 (Lfm2ShortConv): in_proj to B, C and x, a depthwise conv of conv_L_cache taps, out_proj; no biases
    return [tensor('other', i, h, 3 * h), fixed(i, h * r.convKernel), tensor('other', i, h, h)];
  }
  if (mixer === 'mamba') {
    const dtRank = r.dtRank ?? Math.ceil(h / 16);
    return [
      tensor('other', i, h, 2 * r.innerSize), fixed(i, r.innerSize * r.convKernel + r.innerSize),
      tensor('other', i, r.innerSize, dtRank + 2 * r.stateSize), tensor('other', i, dtRank, r.innerSize), fixed(i, r.innerSize),
      fixed(i, r.innerSize * r.stateSize + r.innerSize), tensor('other', i, r.innerSize, h),
      // Jamba: dt_layernorm, b_layernorm, c_layernorm
      ...((a.layout ?? LLAMA_LAYOUT).mambaInnerNorms ? [tensor('norm', i, dtRank + 2 * r.stateSize, 1)] : []),
    ];
  }
  if (mixer === 'gated-deltanet') {
    const keyWidth = (r.keyHeads ?? 0) * (r.keyHeadDim ?? 0);
    const convWidth = 2 * keyWidth + r.innerSize;
    return [
      tensor('other', i, h, 2 * keyWidth + 2 * r.innerSize), tensor('other', i, h, 2 * r.heads),
      fixed(i, convWidth * r.convKernel), fixed(i, 2 * r.heads), tensor('norm', i, r.valueHeadDim ?? 0, 1),
      tensor('other', i, r.innerSize, h),
    ];
  }
  // Mamba-2: in_proj gives z, x, B, C and dt; conv over x, B, C; per-head dt bias, A and D; a gated norm
  const convWidth = r.innerSize + 2 * r.groups * r.stateSize;
  return [
    tensor('other', i, h, 2 * r.innerSize + 2 * r.groups * r.stateSize + r.heads),
    fixed(i, convWidth * r.convKernel + convWidth), fixed(i, 3 * r.heads), tensor('norm', i, r.innerSize, 1),
    tensor('other', i, r.innerSize, h),
  ];
}

function denseFfn(a: Architecture, i: number, width: number): WeightTensor[] {
  const layout = a.layout ?? LLAMA_LAYOUT;
  const h = a.hiddenSize;
  const gated = layout.ffn === 'gated';
  return [
    ...(gated ? [tensor('ffn_gate', i, h, width)] : []),
    tensor('ffn_up', i, h, width), tensor('ffn_down', i, width, h),
    ...(layout.ffnBias ? [fixed(i, (gated ? 2 : 1) * width + h)] : []),
  ];
}

function moeFfn(a: Architecture, i: number): WeightTensor[] {
  const moe = a.moe;
  if (!moe) return denseFfn(a, i, a.intermediateSize);
  const h = a.hiddenSize;
  const width = moe.expertIntermediateSize ?? a.intermediateSize;
  const n = moe.experts;
  const out = [
    tensor('router', i, h, n), ...(moe.routerBias ? [fixed(i, n)] : []),
    tensor('ffn_gate', i, h, width, n), tensor('ffn_up', i, h, width, n), tensor('ffn_down', i, width, h, n),
  ];
  if ((a.layout ?? LLAMA_LAYOUT).expertBias) out.push(fixed(i, n * (2 * width + h)));
  if (moe.sharedIntermediateSize) out.push(...denseFfn(a, i, moe.sharedIntermediateSize));
  if (moe.sharedGate) out.push(fixed(i, h));
  return out;
}

function blockOf(a: Architecture, i: number): Block {
  return a.blocks?.[i] ?? { mixer: 'attention', ffn: a.moe ? 'moe' : 'dense' };
}

function blockTensors(a: Architecture, i: number, block: Block): WeightTensor[] {
  const layout = a.layout ?? LLAMA_LAYOUT;
  // pre-norm blocks have one norm per sub-layer that exists (Nemotron-NAS drops both with a no-op sub-layer)
  const norms = layout.normsPerBlock === 2 && a.blocks && !layout.encoder
    ? (block.mixer === 'none' ? 0 : 1) + (block.ffn === 'none' ? 0 : 1)
    : layout.normsPerBlock;
  const out = normTensors(a, i, norms);
  if (block.mixer === 'attention' || block.mixer === 'attention+mamba2') out.push(...attentionTensors(a, i, block));
  if (block.mixer === 'lightning') out.push(...lightningTensors(a, i));
  if (block.mixer === 'mamba' || block.mixer === 'mamba2' || block.mixer === 'gated-deltanet' || block.mixer === 'shortconv') out.push(...recurrentTensors(a, i, block.mixer));
  if (block.mixer === 'attention+mamba2') out.push(...recurrentTensors(a, i, 'mamba2'));
  if (block.ffn === 'dense') out.push(...(block.linearFfn ? [tensor('other', i, a.hiddenSize, a.hiddenSize)] : denseFfn(a, i, block.ffnWidth ?? a.intermediateSize)));
  if (block.ffn === 'moe') out.push(...moeFfn(a, i));
  return out;
}

/** Every tensor of the text decoder, in the order convert_hf_to_gguf.py writes them. */
export function modelTensors(a: Architecture): WeightTensor[] {
  const layout = a.layout ?? LLAMA_LAYOUT;
  const h = a.hiddenSize;
  const tensors: WeightTensor[] = [tensor('token_embd', null, h, a.vocabSize)];
  if (layout.learnedPositions) tensors.push(fixed(null, a.maxContext * h));
  if (layout.encoder) tensors.push(fixed(null, (a.tokenTypes ?? 2) * h), ...normTensors(a, null, 1));
  for (let i = 0; i < a.layers; i++) tensors.push(...blockTensors(a, i, blockOf(a, i)));
  if (layout.finalNorm) tensors.push(...normTensors(a, null, 1));
  if (!a.tiedEmbeddings && !a.noOutputHead) tensors.push(tensor('output', null, h, a.vocabSize));
  if (layout.headBias) tensors.push(fixed(null, a.vocabSize));
  if (layout.pooler) tensors.push(tensor('other', null, h, h), fixed(null, h));
  return tensors;
}

/** Parameters the shape implies for the text decoder (norms and biases included). */
export function shapeParams(a: Architecture): number {
  return modelTensors(a).reduce((sum, t) => sum + t.elements, 0);
}

/**
 * Multi-token-prediction modules a checkpoint stores after its decoder (DeepSeek-V3, GLM-4.5, MiniMax-M2):
 * one more block each, with two input norms, the 2·hidden → hidden projection and the shared head's norm.
 * DeepSeek-V3 also stores its own copy of the embeddings and output head there (model.layers.61.embed_tokens
 * and shared_head.head), which is why its published total is 684.5 B for a 671 B model.
 */
export function mtpParams(a: Architecture, withOwnEmbeddings: boolean): number {
  if (!a.mtpLayers) return 0;
  const h = a.hiddenSize;
  const last = blockOf(a, a.layers - 1);
  const block = blockTensors(a, a.layers, last).reduce((sum, t) => sum + t.elements, 0);
  const glue = 2 * h + 2 * h * h + h + (withOwnEmbeddings ? 2 * a.vocabSize * h : 0);
  return a.mtpLayers * (block + glue);
}
