// Mistral AI: Mistral 7B (v0.1–v0.3), Nemo, Small, Large, Codestral and Mixtral.
import type { Architecture } from '../architectures.js';
import { configOf } from './source.js';

const MISTRAL_7B = {
  params: 7_241_732_096, layers: 32, hiddenSize: 4096, heads: 32, kvHeads: 8, headDim: 128,
  vocabSize: 32000, intermediateSize: 14336, tiedEmbeddings: false, maxContext: 32768,
} as const;
const MISTRAL_22B = {
  params: 22_247_282_688, layers: 56, hiddenSize: 6144, heads: 48, kvHeads: 8, headDim: 128,
  vocabSize: 32768, intermediateSize: 16384, tiedEmbeddings: false, maxContext: 32768,
} as const;

export const MISTRAL_MODELS: readonly Architecture[] = [
  {
    id: 'mistral-7b-v0.1', name: 'Mistral-7B-v0.1', aliases: ['mistral-7b-v0.1', 'mistral-7b', 'mistral-7b-instruct-v0.1'],
    ...MISTRAL_7B, source: configOf('mistralai/Mistral-7B-v0.1'),
  },
  {
    id: 'mistral-7b-v0.2', name: 'Mistral-7B-Instruct-v0.2', aliases: ['mistral-7b-instruct-v0.2', 'mistral-7b-v0.2'],
    ...MISTRAL_7B, source: configOf('mistralai/Mistral-7B-Instruct-v0.2'),
  },
  {
    id: 'mistral-7b-v0.3', name: 'Mistral-7B-v0.3', aliases: ['mistral-7b-v0.3', 'mistral-7b-instruct-v0.3'],
    ...MISTRAL_7B, params: 7_248_023_552, vocabSize: 32768, source: configOf('mistralai/Mistral-7B-v0.3'),
  },
  {
    id: 'mistral-nemo-12b', name: 'Mistral-Nemo-12B', aliases: ['mistral-nemo', 'mistral-nemo-12b', 'mistral-nemo-instruct-2407', 'mistral-nemo-base-2407'],
    params: 12_247_782_400, layers: 40, hiddenSize: 5120, heads: 32, kvHeads: 8, headDim: 128,
    vocabSize: 131072, intermediateSize: 14336, tiedEmbeddings: false, maxContext: 131072,
    source: configOf('mistralai/Mistral-Nemo-Instruct-2407'),
  },
  {
    id: 'mistral-small-22b', name: 'Mistral-Small-22B (2409)', aliases: ['mistral-small-instruct-2409', 'mistral-small-22b'],
    ...MISTRAL_22B, source: configOf('mistralai/Mistral-Small-Instruct-2409'),
  },
  {
    id: 'codestral-22b', name: 'Codestral-22B', aliases: ['codestral-22b'],
    ...MISTRAL_22B, source: configOf('mistralai/Codestral-22B-v0.1'),
  },
  {
    id: 'mistral-small-24b', name: 'Mistral-Small-24B (2501)', aliases: ['mistral-small-24b', 'mistral-small-24b-instruct-2501', 'mistral-small-24b-base-2501'],
    params: 23_572_403_200, layers: 40, hiddenSize: 5120, heads: 32, kvHeads: 8, headDim: 128,
    vocabSize: 131072, intermediateSize: 32768, tiedEmbeddings: false, maxContext: 32768,
    source: configOf('mistralai/Mistral-Small-24B-Instruct-2501'),
  },
  {
    id: 'mistral-large-123b', name: 'Mistral-Large-2 (123B)', aliases: ['mistral-large-instruct-2407', 'mistral-large-2407', 'mistral-large-2', 'mistral-large-123b'],
    params: 122_610_069_504, layers: 88, hiddenSize: 12288, heads: 96, kvHeads: 8, headDim: 128,
    vocabSize: 32768, intermediateSize: 28672, tiedEmbeddings: false, maxContext: 131072,
    source: configOf('mistralai/Mistral-Large-Instruct-2407'),
  },
  {
    id: 'mixtral-8x7b', name: 'Mixtral-8x7B', aliases: ['mixtral-8x7b', 'mixtral-8x7b-instruct', 'mixtral-8x7b-v0.1'],
    ...MISTRAL_7B, params: 46_702_792_704,
    moe: { experts: 8, activeExperts: 2, activeParams: 12_879_925_248 },
    source: configOf('mistralai/Mixtral-8x7B-v0.1'),
  },
  {
    id: 'mixtral-8x22b', name: 'Mixtral-8x22B', aliases: ['mixtral-8x22b', 'mixtral-8x22b-instruct', 'mixtral-8x22b-v0.1'],
    params: 140_620_634_112, layers: 56, hiddenSize: 6144, heads: 48, kvHeads: 8, headDim: 128,
    vocabSize: 32000, intermediateSize: 16384, tiedEmbeddings: false, maxContext: 65536,
    // 32000-token embeddings + 56 × (attention + 2 of 8 experts + router)
    moe: { experts: 8, activeExperts: 2, activeParams: 39_152_031_744 },
    source: configOf('mistralai/Mixtral-8x22B-v0.1'),
  },
];
