// Which GGML type llama-quantize gives each tensor of a GGUF file type, and so the file's exact weight bytes.
// Q4_K_M is not 4.5 bits everywhere: the output head goes to Q6_K, half of attn_v and ffn_down to Q6_K,
// and rows whose width is not a multiple of 256 (Qwen2.5-0.5B's 896) fall back to 32-weight types.
// Rules from llama_tensor_get_type_impl, tensor_type_fallback and llama_ftype_get_default_type in
// https://github.com/ggml-org/llama.cpp/blob/007dbbf3fd17eefe9b47fee45f48f7ba5e62b714/src/llama-quant.cpp
// Files are taken as made without an importance matrix unless their type cannot be made without one
// (tensor_requires_imatrix). attn_v's rules also cover fused attn_qkv and MLA's attn_kv_b (category_is_attn_v),
// counted over those tensors (i_attention_wv of n_attention_wv), so a hybrid's few attention layers spread
// use_more_bits as llama-quantize does; ffn_* take their layer from the tensor name.
import type { Architecture } from '../catalog/architectures.js';
import type { PrecisionId } from '../catalog/formats.js';
import { GGML_TYPES, type GgmlType } from '../catalog/ggml-types.js';
import { hasKnownLayout, modelTensors, type WeightTensor } from './gguf-tensors.js';

/** llama_ftype_get_default_type: the type most tensors of a file type get. */
export const GGUF_FILE_DEFAULT_TYPES: Partial<Record<PrecisionId, GgmlType>> = {
  fp32: 'F32', fp16: 'F16', bf16: 'BF16',
  q4_0: 'Q4_0', q4_1: 'Q4_1', q5_0: 'Q5_0', q5_1: 'Q5_1', q8_0: 'Q8_0',
  q2_k: 'Q2_K', q2_k_s: 'Q2_K', q3_k_s: 'Q3_K', q3_k_m: 'Q3_K', q3_k_l: 'Q3_K',
  q4_k_s: 'Q4_K', q4_k_m: 'Q4_K', q5_k_s: 'Q5_K', q5_k_m: 'Q5_K', q6_k: 'Q6_K',
  iq1_s: 'IQ1_S', iq1_m: 'IQ1_M', iq2_xxs: 'IQ2_XXS', iq2_xs: 'IQ2_XS', iq2_s: 'IQ2_XS', iq2_m: 'IQ2_S',
  iq3_xxs: 'IQ3_XXS', iq3_xs: 'IQ3_S', iq3_s: 'IQ3_S', iq3_m: 'IQ3_S', iq4_nl: 'IQ4_NL', iq4_xs: 'IQ4_XS',
  tq1_0: 'TQ1_0', tq2_0: 'TQ2_0', mxfp4: 'MXFP4',
};

/** tensor_type_fallback: the type used when a row is not a multiple of the chosen type's block. */
const FALLBACK: Partial<Record<GgmlType, GgmlType>> = {
  IQ1_S: 'IQ4_NL', IQ1_M: 'IQ4_NL', IQ2_XXS: 'IQ4_NL', IQ2_XS: 'IQ4_NL', IQ2_S: 'IQ4_NL', IQ3_XXS: 'IQ4_NL',
  IQ3_S: 'IQ4_NL', IQ4_XS: 'IQ4_NL',
  Q2_K: 'Q4_0', Q3_K: 'Q4_0', TQ1_0: 'Q4_0', TQ2_0: 'Q4_0',
  Q4_K: 'Q5_0', Q5_K: 'Q5_1', Q6_K: 'Q8_0',
};

const FLOAT_TYPES: ReadonlySet<GgmlType> = new Set(['F32', 'F16', 'BF16']);
const IQ2_FILES: ReadonlySet<PrecisionId> = new Set(['iq2_xxs', 'iq2_xs', 'iq1_s', 'iq2_s', 'iq2_m', 'iq1_m']);
const OUTPUT_Q5_K_FILES: ReadonlySet<PrecisionId> = new Set([...IQ2_FILES, 'iq3_xxs']);
const MOE8_ATTN_OUTPUT_Q5_K: ReadonlySet<PrecisionId> = new Set([
  'q2_k', 'iq3_xs', 'iq3_xxs', 'q3_k_s', 'q3_k_m', 'iq4_nl', 'q4_k_s', 'q4_k_m', 'iq3_s', 'iq3_m', 'iq4_xs',
]);

interface FileContext {
  readonly file: PrecisionId;
  readonly defaultType: GgmlType;
  readonly layers: number;
  /** query heads per KV head (n_gqa) */
  readonly gqa: number;
  readonly experts: number;
  /** llama.cpp's LLM_TYPE_70B (80 blocks of width 8192): attn_v gets Q5_K instead of Q3_K/Q4_K */
  readonly is70B: boolean;
  /** attn_v-like tensors in the file (n_attention_wv) */
  readonly attnVCount: number;
  /** LLM_ARCH_FALCON has branches of its own (output always Q8_0, lighter ffn_down) */
  readonly falcon: boolean;
  /** the checkpoint ships its experts in MXFP4 (gpt-oss): llama-quantize keeps them so in every file type */
  readonly mxfp4Experts: boolean;
  readonly hasImatrix: boolean;
}

/** tensor_requires_imatrix: llama-quantize refuses these without an importance matrix, so such files had one. */
const NEEDS_IMATRIX: ReadonlySet<GgmlType> = new Set(['IQ3_XXS', 'IQ2_XXS', 'IQ2_XS', 'IQ2_S', 'IQ1_M', 'IQ1_S']);

const blockOf = (type: GgmlType) => GGML_TYPES[type].blockWeights;

/** use_more_bits: the first and last eighth of the layers, and every third in between. */
function useMoreBits(layer: number, layers: number): boolean {
  const eighth = Math.floor(layers / 8);
  return layer < eighth || layer >= Math.floor((7 * layers) / 8) || (layer - eighth) % 3 === 2;
}

function outputType(c: FileContext, rowLength: number): GgmlType {
  if (c.file === 'mxfp4' || c.falcon || rowLength % blockOf(c.defaultType) !== 0) return 'Q8_0';
  if (OUTPUT_Q5_K_FILES.has(c.file)) return 'Q5_K';
  return c.defaultType === 'Q8_0' ? 'Q8_0' : 'Q6_K';
}

function tokenEmbeddingType(c: FileContext): GgmlType {
  if (['iq2_xxs', 'iq2_xs', 'iq1_s', 'iq1_m'].includes(c.file)) return 'Q2_K';
  if (['iq2_s', 'iq2_m', 'iq3_xxs'].includes(c.file)) return 'IQ3_S';
  if (c.file === 'tq1_0' || c.file === 'tq2_0') return 'Q4_K';
  return c.defaultType;
}

function iq2Type(c: FileContext, t: WeightTensor, layer: number): GgmlType {
  const iq2sm = c.file === 'iq2_s' || c.file === 'iq2_m';
  switch (t.category) {
    case 'attn_v': case 'attn_qkv': case 'attn_kv_b': return c.gqa >= 4 || c.experts >= 4 ? 'Q4_K' : iq2sm ? 'IQ3_S' : 'Q2_K';
    case 'attn_k': return c.experts === 8 ? 'Q4_K' : c.defaultType;
    case 'ffn_down': return layer < Math.floor(c.layers / 8) ? (iq2sm ? 'IQ3_S' : 'Q2_K') : c.defaultType;
    case 'attn_output':
      if (c.experts === 8) return 'Q5_K';
      return c.file === 'iq1_s' || c.file === 'iq1_m' ? 'IQ2_XXS' : iq2sm ? 'IQ3_S' : c.defaultType;
    default: return c.defaultType;
  }
}

function attnVType(c: FileContext, index: number): GgmlType {
  const layer = index;
  const f = c.file;
  let type = c.defaultType;
  if (f === 'q2_k') type = c.gqa >= 4 ? 'Q4_K' : 'Q3_K';
  else if (f === 'q2_k_s' && c.gqa >= 4) type = 'Q4_K';
  else if (f === 'iq3_xxs') type = c.gqa >= 4 ? 'Q4_K' : c.hasImatrix ? 'IQ3_XXS' : 'IQ3_S';
  else if ((f === 'iq3_xs' || f === 'iq3_s') && c.gqa >= 4) type = 'Q4_K';
  else if (f === 'iq3_m') type = 'Q4_K';
  else if (f === 'q3_k_m') type = layer < 2 ? 'Q5_K' : 'Q4_K';
  else if (f === 'q3_k_l') type = 'Q5_K';
  else if ((f === 'iq4_nl' || f === 'iq4_xs') && c.gqa >= 4) type = 'Q5_K';
  else if ((f === 'q4_k_m' || f === 'q5_k_m') && useMoreBits(layer, c.attnVCount)) type = 'Q6_K';
  else if (f === 'q4_k_s' && layer < 4) type = 'Q5_K';
  if (c.is70B && (type === 'Q3_K' || type === 'Q4_K')) type = 'Q5_K';
  return c.experts === 8 ? 'Q8_0' : type;
}

function ffnDownType(c: FileContext, layer: number): GgmlType {
  const f = c.file;
  const n = c.layers;
  if (f === 'q2_k') return 'Q3_K';
  if (f === 'q2_k_s') return layer < Math.floor(n / 8) ? 'Q4_K' : c.defaultType;
  if (f === 'iq3_xxs' && !c.hasImatrix) return layer < Math.floor(n / 8) ? 'Q4_K' : 'Q3_K';
  if (f === 'q3_k_m') return layer < Math.floor(n / 16) ? 'Q5_K' : !c.falcon || useMoreBits(layer, n) ? 'Q4_K' : 'Q3_K';
  if (f === 'iq3_m' && (layer < Math.floor(n / 8) || (c.experts === 8 && useMoreBits(layer, n)))) return 'Q4_K';
  if (f === 'q3_k_l') return c.falcon ? 'Q4_K' : 'Q5_K';
  if (f === 'q4_k_m' && c.falcon) return layer < Math.floor(n / 16) ? 'Q6_K' : useMoreBits(layer, n) ? 'Q5_K' : 'Q4_K';
  if (f === 'q4_k_m') return useMoreBits(layer, n) ? 'Q6_K' : c.defaultType;
  if (layer < Math.floor(n / 8) && (f === 'iq4_nl' || f === 'iq4_xs') && !c.hasImatrix) return 'Q5_K';
  if (f === 'q5_k_m' && useMoreBits(layer, n)) return 'Q6_K';
  if (f === 'q4_k_s' && !c.falcon && layer < Math.floor(n / 8)) return 'Q5_K';
  return c.defaultType;
}

const ATTN_OUTPUT_DENSE: Partial<Record<PrecisionId, GgmlType>> = {
  q2_k: 'Q3_K', iq3_xxs: 'IQ3_S', q3_k_m: 'Q4_K', q3_k_l: 'Q5_K', iq3_m: 'Q4_K',
};

/** llama_tensor_get_type_impl for one quantizable tensor, before the shape fallback; `vIndex` counts attn_v-like tensors. */
function ruleType(c: FileContext, t: WeightTensor, tied: boolean, vIndex: number): GgmlType {
  const layer = t.layer ?? 0;
  if (t.category === 'output' || (tied && t.category === 'token_embd')) return outputType(c, t.rowLength);
  if (c.file === 'mxfp4') return t.experts > 1 ? 'MXFP4' : 'Q8_0';
  if (t.category === 'token_embd') return tokenEmbeddingType(c);
  if (IQ2_FILES.has(c.file)) return iq2Type(c, t, layer);
  switch (t.category) {
    case 'attn_v': case 'attn_qkv': case 'attn_kv_b': return attnVType(c, vIndex);
    case 'attn_k': return c.experts === 8 ? 'Q8_0' : c.file === 'iq3_xs' ? 'IQ3_XXS' : c.file === 'iq3_xxs' ? 'IQ2_S' : c.defaultType;
    case 'attn_q': return c.file === 'iq3_xs' ? 'IQ3_XXS' : c.file === 'iq3_xxs' ? 'IQ2_S' : c.defaultType;
    case 'ffn_down': return ffnDownType(c, layer);
    case 'attn_output':
      if (c.falcon) return c.file === 'q3_k_l' ? 'Q4_K' : c.defaultType;
      if (c.experts === 8) return MOE8_ATTN_OUTPUT_Q5_K.has(c.file) ? 'Q5_K' : c.defaultType;
      return ATTN_OUTPUT_DENSE[c.file] ?? c.defaultType;
    case 'ffn_gate':
    case 'ffn_up': {
      const middle = layer >= Math.floor(c.layers / 8) && layer < Math.floor((7 * c.layers) / 8);
      return c.file === 'iq3_xs' && middle ? 'IQ3_XXS' : c.defaultType;
    }
    default: return c.defaultType;
  }
}

function withFallback(type: GgmlType, rowLength: number): GgmlType {
  if (rowLength % blockOf(type) === 0) return type;
  const fallback = FALLBACK[type];
  return fallback && rowLength % blockOf(fallback) === 0 ? fallback : 'F16';
}

export interface GgufVariant {
  /** bartowski's _L/_XL files keep token embeddings and the output head at Q8_0 */
  readonly embedOutputQ8: boolean;
}

export function tensorTypeFor(c: FileContext, t: WeightTensor, tied: boolean, variant: GgufVariant, vIndex = 0): GgmlType {
  // norms, the MoE router, biases, convolutions and position tables are never quantized (tensor_allows_quantization);
  // the converter writes them F32
  if (t.category === 'norm' || t.category === 'router' || t.category === 'fixed') return 'F32';
  // gpt-oss: "all quants keep the feed forward networks at mxfp4" (bartowski/openai_gpt-oss-20b-GGUF, llama.cpp b6096):
  // Q6_K is 12.04 GB, MXFP4 12.1 GB
  if (c.mxfp4Experts && t.experts > 1) return 'MXFP4';
  if (FLOAT_TYPES.has(c.defaultType)) return c.defaultType;
  if (variant.embedOutputQ8 && (t.category === 'output' || t.category === 'token_embd')) return 'Q8_0';
  return withFallback(ruleType(c, t, tied, vIndex), t.rowLength);
}

function tensorBytes(type: GgmlType, t: WeightTensor): number {
  const layout = GGML_TYPES[type];
  return (t.elements / layout.blockWeights) * layout.blockBytes;
}

export interface GgufWeights {
  readonly totalBytes: number;
  /** the token embedding table, which llama.cpp keeps in system RAM */
  readonly tokenEmbeddingBytes: number;
  /** the routed experts' tensors (what --n-cpu-moe keeps in system RAM) */
  readonly expertBytes: number;
  /** the output head; a tied model's is the embedding table, which llama.cpp duplicates onto the output device */
  readonly outputBytes: number;
}

// The layout walks every tensor of every layer; the same model and file type always give the same bytes,
// so answers remember it (a bounded map: the catalog has ~70 models, Hub shapes add a few).
const REMEMBERED = new Map<string, GgufWeights | undefined>();
const REMEMBER_AT_MOST = 2000;

/** Exact weight bytes of a GGUF file of this type for this architecture, or undefined for a non-GGUF precision. */
export function ggufWeights(a: Architecture, file: PrecisionId, variant: GgufVariant): GgufWeights | undefined {
  const key = `${a.id}|${a.params}|${a.layers}|${a.vocabSize}|${file}|${variant.embedOutputQ8}`;
  if (REMEMBERED.has(key)) return REMEMBERED.get(key);
  const result = layOut(a, file, variant);
  if (REMEMBERED.size >= REMEMBER_AT_MOST) REMEMBERED.delete(REMEMBERED.keys().next().value as string);
  REMEMBERED.set(key, result);
  return result;
}

function layOut(a: Architecture, file: PrecisionId, variant: GgufVariant): GgufWeights | undefined {
  const defaultType = GGUF_FILE_DEFAULT_TYPES[file];
  // MLA models (DeepSeek) split attention into low-rank tensors this layout does not describe
  if (!defaultType || !hasKnownLayout(a)) return undefined;
  const tensors = modelTensors(a);
  const isAttnV = (t: WeightTensor) => t.category === 'attn_v' || t.category === 'attn_qkv' || t.category === 'attn_kv_b';
  const context: FileContext = {
    file, defaultType, layers: a.layers, gqa: a.heads / a.kvHeads, experts: a.moe?.experts ?? 1,
    is70B: a.layers === 80 && a.hiddenSize === 8192,
    attnVCount: tensors.filter(isAttnV).length,
    falcon: a.layout?.quantizeAsFalcon === true,
    mxfp4Experts: a.dtype === 'mxfp4',
    hasImatrix: NEEDS_IMATRIX.has(defaultType) || file === 'q2_k_s',
  };
  let totalBytes = 0;
  let tokenEmbeddingBytes = 0;
  let expertBytes = 0;
  let outputBytes = 0;
  let vIndex = 0;
  for (const t of tensors) {
    const bytes = tensorBytes(tensorTypeFor(context, t, a.tiedEmbeddings, variant, vIndex), t);
    if (isAttnV(t)) vIndex++;
    totalBytes += bytes;
    if (t.category === 'token_embd') tokenEmbeddingBytes = bytes;
    if (t.experts > 1) expertBytes += bytes;
    if (t.category === 'output') outputBytes = bytes;
  }
  return {
    totalBytes: Math.round(totalBytes), tokenEmbeddingBytes: Math.round(tokenEmbeddingBytes), expertBytes: Math.round(expertBytes),
    outputBytes: Math.round(a.tiedEmbeddings ? tokenEmbeddingBytes : outputBytes),
  };
}
