// Microsoft Phi-3, 3.5 and 4.
import type { Architecture } from '../architectures.js';
import { configOf } from './source.js';

const PHI_MEDIUM = { layers: 40, hiddenSize: 5120, heads: 40, kvHeads: 10, headDim: 128, intermediateSize: 17920, tiedEmbeddings: false } as const;

export const PHI_MODELS: readonly Architecture[] = [
  {
    id: 'phi-3-mini', name: 'Phi-3-mini', aliases: ['phi-3-mini', 'phi-3.5-mini', 'phi3-mini'],
    params: 3_821_079_552, layers: 32, hiddenSize: 3072, heads: 32, kvHeads: 32, headDim: 96,
    vocabSize: 32064, intermediateSize: 8192, tiedEmbeddings: false, maxContext: 131072,
    source: configOf('microsoft/Phi-3-mini-128k-instruct'),
  },
  {
    id: 'phi-3-medium', name: 'Phi-3-medium', aliases: ['phi-3-medium'],
    params: 13_960_238_080, ...PHI_MEDIUM, vocabSize: 32064, maxContext: 131072,
    source: configOf('microsoft/Phi-3-medium-128k-instruct'),
  },
  {
    id: 'phi-4', name: 'Phi-4', aliases: ['phi-4', 'phi4', 'phi-4-reasoning'],
    params: 14_659_507_200, ...PHI_MEDIUM, vocabSize: 100352, maxContext: 16384,
    source: configOf('microsoft/phi-4'),
  },
  {
    id: 'phi-4-mini', name: 'Phi-4-mini', aliases: ['phi-4-mini', 'phi4-mini'],
    params: 3_836_021_760, layers: 32, hiddenSize: 3072, heads: 24, kvHeads: 8, headDim: 128,
    vocabSize: 200064, intermediateSize: 8192, tiedEmbeddings: true, maxContext: 131072,
    source: configOf('microsoft/Phi-4-mini-instruct'),
  },
];
