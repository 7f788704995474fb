// A parsed GGUF header (metadata + tensor infos) → exact weight bytes, parameter count, shape and file type.
// Keys as llama.cpp writes them (gguf-py/gguf/constants.py Keys: `{arch}.block_count`, `{arch}.ssm.*`, …).
import type { Architecture, Block } from '../catalog/architectures.js';
import type { PrecisionId } from '../catalog/formats.js';
import { SHAPE_FALLBACKS, recurrentStateBytesPerLayer } from '../catalog/from-config.js';
import { GGML_TYPE_BY_NUMBER, GGML_TYPES } from '../catalog/ggml-types.js';

/** The parts of a GGUF header llmmem reads; @huggingface/gguf's parse output has this shape. */
export interface GgufHeader {
  readonly metadata: Readonly<Record<string, unknown>>;
  readonly tensorInfos: readonly { readonly name: string; readonly shape: readonly (bigint | number)[]; readonly dtype: number }[];
}

/** general.file_type → llmmem precision (llama.h LLAMA_FTYPE_*; the numbers llama-quantize --help prints). */
const FILE_TYPES: Readonly<Record<number, PrecisionId>> = {
  0: 'fp32', 1: 'fp16', 2: 'q4_0', 3: 'q4_1', 7: 'q8_0', 8: 'q5_0', 9: 'q5_1', 10: 'q2_k', 11: 'q3_k_s', 12: 'q3_k_m',
  13: 'q3_k_l', 14: 'q4_k_s', 15: 'q4_k_m', 16: 'q5_k_s', 17: 'q5_k_m', 18: 'q6_k', 19: 'iq2_xxs', 20: 'iq2_xs',
  21: 'q2_k_s', 22: 'iq3_xs', 23: 'iq3_xxs', 24: 'iq1_s', 25: 'iq4_nl', 26: 'iq3_s', 27: 'iq3_m', 28: 'iq2_s',
  29: 'iq2_m', 30: 'iq4_xs', 31: 'iq1_m', 32: 'bf16', 36: 'tq1_0', 37: 'tq2_0', 38: 'mxfp4',
};

/**
 * Local-attention patterns llama.cpp sets per architecture rather than storing (llama-model.cpp load_hparams:
 * gemma2 every 2nd layer global, gemma3 every 6th, cohere2 every 4th, gpt-oss every 2nd); a header's own
 * `{arch}.attention.sliding_window_pattern` wins.
 */
const GLOBAL_EVERY: Readonly<Record<string, number>> = { gemma2: 2, gemma3: 6, cohere2: 4, 'gpt-oss': 2 };
/** Encoders: no KV cache grows with the context (llama.cpp's BERT-family graphs are non-causal). */
const ENCODER_ARCHS: ReadonlySet<string> = new Set(['bert', 'nomic-bert', 'nomic-bert-moe', 'jina-bert-v2', 'modern-bert', 'neo-bert']);

export interface GgufModel {
  readonly params: number;
  /** the tensors' bytes in the file, to the byte */
  readonly weightsBytes: number;
  readonly tokenEmbeddingBytes: number;
  readonly precision: PrecisionId | undefined;
  readonly architecture: Architecture;
}

export class GgufHeaderError extends Error {}

const asNumber = (value: unknown): number | undefined => {
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'number') return value;
  if (Array.isArray(value) && value.length > 0) return Math.max(...value.map((v) => Number(v)));
  return undefined;
};

/** Hybrid models store per-layer KV head counts, 0 for the recurrent layers (llama.cpp n_head_kv_arr). */
const perLayer = (value: unknown): number[] | undefined => (Array.isArray(value) ? value.map((v) => Number(v)) : undefined);

export function modelFromGgufHeader(header: GgufHeader, name: string, source: string): GgufModel {
  const m = header.metadata;
  const arch = String(m['general.architecture'] ?? 'llama');
  const key = (suffix: string) => asNumber(m[`${arch}.${suffix}`]);
  let params = 0;
  let weightsBytes = 0;
  let tokenEmbeddingBytes = 0;
  let vocab: number | undefined;
  for (const t of header.tensorInfos) {
    const type = GGML_TYPE_BY_NUMBER[t.dtype];
    if (!type) throw new GgufHeaderError(`tensor ${t.name} has unknown type ${t.dtype}`);
    const elements = t.shape.reduce<number>((product, dim) => product * Number(dim), 1);
    const layout = GGML_TYPES[type];
    const bytes = (elements / layout.blockWeights) * layout.blockBytes;
    params += elements;
    weightsBytes += bytes;
    if (t.name === 'token_embd.weight') {
      tokenEmbeddingBytes = bytes;
      vocab = Number(t.shape[1]);
    }
  }
  const layers = key('block_count');
  const hiddenSize = key('embedding_length');
  const ssmState = key('ssm.state_size');
  const heads = key('attention.head_count') || (ssmState ? 1 : undefined);
  if (!layers || !hiddenSize || !heads || header.tensorInfos.length === 0) throw new GgufHeaderError('GGUF header lacks the model shape');
  const kvPerLayer = perLayer(m[`${arch}.attention.head_count_kv`]);
  const kvHeads = key('attention.head_count_kv') || heads;
  const experts = key('expert_count');
  const window = key('attention.sliding_window');
  const kvLoraRank = key('attention.kv_lora_rank');
  const ropeDims = key('rope.dimension_count');
  // recurrent layers: those with no KV heads of their own, or every layer of a pure state-space model
  // (Qwen3-Next: every full_attention_interval-th layer is attention, the rest Gated DeltaNet)
  const interval = key('full_attention_interval');
  const recurrentLayers = kvPerLayer ? kvPerLayer.filter((n) => n === 0).length
    : interval && ssmState ? layers - Math.floor(layers / interval)
    : ssmState && !key('attention.head_count') ? layers : 0;
  const attentionLayers = ENCODER_ARCHS.has(arch) ? 0 : layers - recurrentLayers;
  const recurrent = ssmState
    ? { innerSize: key('ssm.inner_size') ?? 2 * hiddenSize, stateSize: ssmState, convKernel: key('ssm.conv_kernel') ?? 4, heads: 0, groups: key('ssm.group_count') ?? 0 }
    : undefined;
  const mixer: Block['mixer'] = recurrent && recurrent.groups === 0 ? 'mamba' : 'mamba2';
  const globalEvery = key('attention.sliding_window_pattern') ?? GLOBAL_EVERY[arch] ?? 2;
  const expertWidth = key('expert_feed_forward_length');
  const sharedCount = key('expert_shared_count');
  const architecture: Architecture = {
    id: name.toLowerCase(), name, aliases: [name.toLowerCase()], params,
    layers, hiddenSize, heads, kvHeads,
    headDim: key('attention.key_length') ?? Math.round(hiddenSize / heads),
    vocabSize: vocab ?? SHAPE_FALLBACKS.vocabSize, intermediateSize: key('feed_forward_length') ?? SHAPE_FALLBACKS.ffnPerHidden * hiddenSize,
    tiedEmbeddings: !header.tensorInfos.some((t) => t.name === 'output.weight'),
    maxContext: key('context_length') ?? SHAPE_FALLBACKS.maxContext,
    ...(experts && experts > 1 ? {
      moe: {
        experts, activeExperts: key('expert_used_count') ?? 2,
        ...(expertWidth ? { expertIntermediateSize: expertWidth } : {}),
        ...(sharedCount ? { sharedIntermediateSize: sharedCount * (key('expert_shared_feed_forward_length') ?? expertWidth ?? 0) } : {}),
      },
    } : {}),
    ...(window ? { slidingWindow: { tokens: window, globalEvery } } : {}),
    ...(kvLoraRank && ropeDims ? { latentKv: { kvLoraRank, ropeHeadDim: ropeDims } } : {}),
    ...(attentionLayers !== layers ? { kvLayers: attentionLayers } : {}),
    ...(recurrent && recurrentLayers > 0 ? { recurrent, recurrentStateBytes: recurrentLayers * recurrentStateBytesPerLayer(recurrent, mixer) } : {}),
    source,
  };
  const fileType = asNumber(m['general.file_type']);
  return {
    params, weightsBytes: Math.round(weightsBytes), tokenEmbeddingBytes: Math.round(tokenEmbeddingBytes),
    precision: fileType === undefined ? undefined : FILE_TYPES[fileType], architecture,
  };
}
