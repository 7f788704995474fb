// Published shapes of the models people ask about. Each row copies the model's config.json (layers,
// heads, KV heads, head size, vocabulary) and the exact parameter count its model card or
// safetensors metadata prints; `source` points at that config.

export interface MixtureOfExperts {
  readonly experts: number;
  readonly activeExperts: number;
  /** parameters used per token (shared layers + the active experts) */
  readonly activeParams: number;
  /** each expert's FFN width when it differs from intermediateSize (Qwen3-MoE: moe_intermediate_size) */
  readonly expertIntermediateSize?: number;
}

export interface Architecture {
  readonly id: string;
  /** display name, as the publisher spells it */
  readonly name: string;
  /** lower-case names a file or repo name may begin with (org removed); the id is always one */
  readonly aliases: readonly string[];
  readonly params: number;
  readonly layers: number;
  readonly hiddenSize: number;
  readonly heads: number;
  readonly kvHeads: number;
  readonly headDim: number;
  readonly vocabSize: number;
  readonly intermediateSize: number;
  readonly tiedEmbeddings: boolean;
  readonly maxContext: number;
  readonly moe?: MixtureOfExperts;
  readonly source: string;
}

const hf = (repo: string) => `https://huggingface.co/${repo}/blob/main/config.json`;

export const ARCHITECTURES: readonly Architecture[] = [
  {
    id: 'llama-2-7b', name: 'Llama-2-7B', aliases: ['llama-2-7b', 'llama2-7b', 'llama-2-7b-chat', 'llama-2-7b-hf'],
    params: 6_738_415_616, layers: 32, hiddenSize: 4096, heads: 32, kvHeads: 32, headDim: 128,
    vocabSize: 32000, intermediateSize: 11008, tiedEmbeddings: false, maxContext: 4096,
    source: hf('meta-llama/Llama-2-7b-hf'),
  },
  {
    id: 'llama-2-13b', name: 'Llama-2-13B', aliases: ['llama-2-13b', 'llama2-13b'],
    params: 13_015_864_320, layers: 40, hiddenSize: 5120, heads: 40, kvHeads: 40, headDim: 128,
    vocabSize: 32000, intermediateSize: 13824, tiedEmbeddings: false, maxContext: 4096,
    source: hf('meta-llama/Llama-2-13b-hf'),
  },
  {
    id: 'llama-2-70b', name: 'Llama-2-70B', aliases: ['llama-2-70b', 'llama2-70b', 'llama2_70b'],
    params: 68_976_648_192, layers: 80, hiddenSize: 8192, heads: 64, kvHeads: 8, headDim: 128,
    vocabSize: 32000, intermediateSize: 28672, tiedEmbeddings: false, maxContext: 4096,
    source: hf('meta-llama/Llama-2-70b-hf'),
  },
  {
    id: 'llama-3.1-8b', name: 'Llama-3.1-8B',
    aliases: ['llama-3.1-8b', 'meta-llama-3.1-8b', 'llama-3-8b', 'meta-llama-3-8b', 'llama3.1-8b', 'llama3-8b'],
    params: 8_030_261_248, layers: 32, hiddenSize: 4096, heads: 32, kvHeads: 8, headDim: 128,
    vocabSize: 128256, intermediateSize: 14336, tiedEmbeddings: false, maxContext: 131072,
    source: hf('meta-llama/Llama-3.1-8B'),
  },
  {
    id: 'llama-3.1-70b', name: 'Llama-3.1-70B',
    aliases: ['llama-3.1-70b', 'meta-llama-3.1-70b', 'llama-3.3-70b', 'llama-3-70b', 'meta-llama-3-70b', 'llama3.1-70b'],
    params: 70_553_706_496, layers: 80, hiddenSize: 8192, heads: 64, kvHeads: 8, headDim: 128,
    vocabSize: 128256, intermediateSize: 28672, tiedEmbeddings: false, maxContext: 131072,
    source: hf('meta-llama/Llama-3.1-70B'),
  },
  {
    id: 'llama-3.2-1b', name: 'Llama-3.2-1B', aliases: ['llama-3.2-1b', 'llama3.2-1b'],
    params: 1_235_814_400, layers: 16, hiddenSize: 2048, heads: 32, kvHeads: 8, headDim: 64,
    vocabSize: 128256, intermediateSize: 8192, tiedEmbeddings: true, maxContext: 131072,
    source: hf('meta-llama/Llama-3.2-1B'),
  },
  {
    id: 'llama-3.2-3b', name: 'Llama-3.2-3B', aliases: ['llama-3.2-3b', 'llama3.2-3b'],
    params: 3_212_749_824, layers: 28, hiddenSize: 3072, heads: 24, kvHeads: 8, headDim: 128,
    vocabSize: 128256, intermediateSize: 8192, tiedEmbeddings: true, maxContext: 131072,
    source: hf('meta-llama/Llama-3.2-3B'),
  },
  {
    id: 'mistral-7b-v0.1', name: 'Mistral-7B-v0.1', aliases: ['mistral-7b-v0.1', 'mistral-7b', 'mistral-7b-instruct-v0.1'],
    params: 7_241_732_096, layers: 32, hiddenSize: 4096, heads: 32, kvHeads: 8, headDim: 128,
    vocabSize: 32000, intermediateSize: 14336, tiedEmbeddings: false, maxContext: 32768,
    source: hf('mistralai/Mistral-7B-v0.1'),
  },
  {
    id: 'mistral-7b-v0.2', name: 'Mistral-7B-Instruct-v0.2', aliases: ['mistral-7b-instruct-v0.2', 'mistral-7b-v0.2'],
    params: 7_241_732_096, layers: 32, hiddenSize: 4096, heads: 32, kvHeads: 8, headDim: 128,
    vocabSize: 32000, intermediateSize: 14336, tiedEmbeddings: false, maxContext: 32768,
    source: hf('mistralai/Mistral-7B-Instruct-v0.2'),
  },
  {
    id: 'mixtral-8x7b', name: 'Mixtral-8x7B', aliases: ['mixtral-8x7b', 'mixtral-8x7b-instruct', 'mixtral-8x7b-v0.1'],
    params: 46_702_792_704, layers: 32, hiddenSize: 4096, heads: 32, kvHeads: 8, headDim: 128,
    vocabSize: 32000, intermediateSize: 14336, tiedEmbeddings: false, maxContext: 32768,
    moe: { experts: 8, activeExperts: 2, activeParams: 12_879_925_248 },
    source: hf('mistralai/Mixtral-8x7B-v0.1'),
  },
  {
    id: 'mixtral-8x22b', name: 'Mixtral-8x22B', aliases: ['mixtral-8x22b', 'mixtral-8x22b-instruct', 'mixtral-8x22b-v0.1'],
    params: 140_620_634_112, layers: 56, hiddenSize: 6144, heads: 48, kvHeads: 8, headDim: 128,
    vocabSize: 32000, intermediateSize: 16384, tiedEmbeddings: false, maxContext: 65536,
    moe: { experts: 8, activeExperts: 2, activeParams: 39_152_031_744 },
    source: hf('mistralai/Mixtral-8x22B-v0.1'),
  },
  {
    id: 'qwen2.5-0.5b', name: 'Qwen2.5-0.5B', aliases: ['qwen2.5-0.5b'],
    params: 494_032_768, layers: 24, hiddenSize: 896, heads: 14, kvHeads: 2, headDim: 64,
    vocabSize: 151936, intermediateSize: 4864, tiedEmbeddings: true, maxContext: 32768,
    source: hf('Qwen/Qwen2.5-0.5B'),
  },
  {
    id: 'qwen2.5-7b', name: 'Qwen2.5-7B', aliases: ['qwen2.5-7b'],
    params: 7_615_616_512, layers: 28, hiddenSize: 3584, heads: 28, kvHeads: 4, headDim: 128,
    vocabSize: 152064, intermediateSize: 18944, tiedEmbeddings: false, maxContext: 131072,
    source: hf('Qwen/Qwen2.5-7B'),
  },
  {
    id: 'qwen2.5-14b', name: 'Qwen2.5-14B', aliases: ['qwen2.5-14b'],
    params: 14_770_033_664, layers: 48, hiddenSize: 5120, heads: 40, kvHeads: 8, headDim: 128,
    vocabSize: 152064, intermediateSize: 13824, tiedEmbeddings: false, maxContext: 131072,
    source: hf('Qwen/Qwen2.5-14B'),
  },
  {
    id: 'qwen2.5-32b', name: 'Qwen2.5-32B', aliases: ['qwen2.5-32b'],
    params: 32_763_876_352, layers: 64, hiddenSize: 5120, heads: 40, kvHeads: 8, headDim: 128,
    vocabSize: 152064, intermediateSize: 27648, tiedEmbeddings: false, maxContext: 131072,
    source: hf('Qwen/Qwen2.5-32B'),
  },
  {
    id: 'gemma-2-9b', name: 'Gemma-2-9B', aliases: ['gemma-2-9b'],
    params: 9_241_705_984, layers: 42, hiddenSize: 3584, heads: 16, kvHeads: 8, headDim: 256,
    vocabSize: 256000, intermediateSize: 14336, tiedEmbeddings: true, maxContext: 8192,
    source: hf('google/gemma-2-9b'),
  },
  {
    id: 'phi-3-mini', name: 'Phi-3-mini', aliases: ['phi-3-mini'],
    params: 3_821_079_552, layers: 32, hiddenSize: 3072, heads: 32, kvHeads: 32, headDim: 96,
    vocabSize: 32064, intermediateSize: 8192, tiedEmbeddings: false, maxContext: 131072,
    source: hf('microsoft/Phi-3-mini-128k-instruct'),
  },
  {
    id: 'phi-3-medium', name: 'Phi-3-medium', aliases: ['phi-3-medium'],
    params: 13_960_238_080, layers: 40, hiddenSize: 5120, heads: 40, kvHeads: 10, headDim: 128,
    vocabSize: 32064, intermediateSize: 17920, tiedEmbeddings: false, maxContext: 131072,
    source: hf('microsoft/Phi-3-medium-128k-instruct'),
  },
  {
    id: 'phi-4', name: 'Phi-4', aliases: ['phi-4', 'phi4'],
    params: 14_659_507_200, layers: 40, hiddenSize: 5120, heads: 40, kvHeads: 10, headDim: 128,
    vocabSize: 100352, intermediateSize: 17920, tiedEmbeddings: false, maxContext: 16384,
    source: hf('microsoft/phi-4'),
  },
  {
    id: 'phi-4-mini', name: 'Phi-4-mini', aliases: ['phi-4-mini', 'phi4-mini'],
    params: 3_836_021_760, layers: 32, hiddenSize: 3072, heads: 24, kvHeads: 8, headDim: 128,
    vocabSize: 200064, intermediateSize: 8192, tiedEmbeddings: true, maxContext: 131072,
    source: hf('microsoft/Phi-4-mini-instruct'),
  },
  {
    id: 'smollm2-135m', name: 'SmolLM2-135M', aliases: ['smollm2-135m'],
    params: 134_515_008, layers: 30, hiddenSize: 576, heads: 9, kvHeads: 3, headDim: 64,
    vocabSize: 49152, intermediateSize: 1536, tiedEmbeddings: true, maxContext: 8192,
    source: hf('HuggingFaceTB/SmolLM2-135M'),
  },
  {
    id: 'tinyllama-1.1b', name: 'TinyLlama-1.1B', aliases: ['tinyllama-1.1b'],
    params: 1_100_048_384, layers: 22, hiddenSize: 2048, heads: 32, kvHeads: 4, headDim: 64,
    vocabSize: 32000, intermediateSize: 5632, tiedEmbeddings: false, maxContext: 2048,
    source: hf('TinyLlama/TinyLlama-1.1B-Chat-v1.0'),
  },
];

/**
 * Dense shapes used when only a size is known: the nearest of these stands in for the unknown model's
 * KV cache and compute buffer. Llama 3.x and Qwen2.5 use grouped-query attention, as nearly every model
 * released since 2024 does, so their KV per token is representative of what people run today.
 */
export const REFERENCE_SHAPE_IDS = [
  'qwen2.5-0.5b', 'llama-3.2-1b', 'llama-3.2-3b', 'llama-3.1-8b', 'qwen2.5-14b', 'qwen2.5-32b', 'llama-3.1-70b',
] as const;

export function architectureById(id: string): Architecture | undefined {
  return ARCHITECTURES.find((a) => a.id === id);
}
