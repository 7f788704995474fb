// Meta Llama 2 / 3 / 3.1 / 3.2 / 3.3, Code Llama, TinyLlama and the Llama-based R1 distills.
import type { Architecture } from '../architectures.js';
import { configOf } from './source.js';

const LLAMA_3_8B = {
  params: 8_030_261_248, layers: 32, hiddenSize: 4096, heads: 32, kvHeads: 8, headDim: 128,
  vocabSize: 128256, intermediateSize: 14336, tiedEmbeddings: false,
} as const;
const LLAMA_3_70B = {
  params: 70_553_706_496, layers: 80, hiddenSize: 8192, heads: 64, kvHeads: 8, headDim: 128,
  vocabSize: 128256, intermediateSize: 28672, tiedEmbeddings: false,
} as const;

export const LLAMA_MODELS: readonly Architecture[] = [
  {
    id: 'llama-2-7b', name: 'Llama-2-7B', aliases: ['llama-2-7b', 'llama2-7b', 'llama-2-7b-chat', 'llama-2-7b-hf'],
    params: 6_738_415_616, layers: 32, hiddenSize: 4096, heads: 32, kvHeads: 32, headDim: 128,
    vocabSize: 32000, intermediateSize: 11008, tiedEmbeddings: false, maxContext: 4096,
    source: configOf('meta-llama/Llama-2-7b-hf'),
  },
  {
    id: 'llama-2-13b', name: 'Llama-2-13B', aliases: ['llama-2-13b', 'llama2-13b', 'llama2_13b'],
    params: 13_015_864_320, layers: 40, hiddenSize: 5120, heads: 40, kvHeads: 40, headDim: 128,
    vocabSize: 32000, intermediateSize: 13824, tiedEmbeddings: false, maxContext: 4096,
    source: configOf('meta-llama/Llama-2-13b-hf'),
  },
  {
    id: 'llama-2-70b', name: 'Llama-2-70B', aliases: ['llama-2-70b', 'llama2-70b', 'llama2_70b'],
    params: 68_976_648_192, layers: 80, hiddenSize: 8192, heads: 64, kvHeads: 8, headDim: 128,
    vocabSize: 32000, intermediateSize: 28672, tiedEmbeddings: false, maxContext: 4096,
    source: configOf('meta-llama/Llama-2-70b-hf'),
  },
  {
    id: 'codellama-7b', name: 'CodeLlama-7B', aliases: ['codellama-7b'],
    params: 6_738_546_688, layers: 32, hiddenSize: 4096, heads: 32, kvHeads: 32, headDim: 128,
    vocabSize: 32016, intermediateSize: 11008, tiedEmbeddings: false, maxContext: 16384,
    source: configOf('codellama/CodeLlama-7b-hf'),
  },
  {
    id: 'codellama-13b', name: 'CodeLlama-13B', aliases: ['codellama-13b'],
    params: 13_016_028_160, layers: 40, hiddenSize: 5120, heads: 40, kvHeads: 40, headDim: 128,
    vocabSize: 32016, intermediateSize: 13824, tiedEmbeddings: false, maxContext: 16384,
    source: configOf('codellama/CodeLlama-13b-hf'),
  },
  {
    id: 'codellama-34b', name: 'CodeLlama-34B', aliases: ['codellama-34b'],
    params: 33_743_970_304, layers: 48, hiddenSize: 8192, heads: 64, kvHeads: 8, headDim: 128,
    vocabSize: 32000, intermediateSize: 22016, tiedEmbeddings: false, maxContext: 16384,
    source: configOf('codellama/CodeLlama-34b-hf'),
  },
  {
    id: 'llama-3-8b', name: 'Llama-3-8B', aliases: ['llama-3-8b', 'meta-llama-3-8b', 'llama3-8b'],
    ...LLAMA_3_8B, maxContext: 8192, source: configOf('meta-llama/Meta-Llama-3-8B'),
  },
  {
    id: 'llama-3-70b', name: 'Llama-3-70B', aliases: ['llama-3-70b', 'meta-llama-3-70b', 'llama3-70b'],
    ...LLAMA_3_70B, maxContext: 8192, source: configOf('meta-llama/Meta-Llama-3-70B'),
  },
  {
    id: 'llama-3.1-8b', name: 'Llama-3.1-8B', aliases: ['llama-3.1-8b', 'meta-llama-3.1-8b', 'llama3.1-8b'],
    ...LLAMA_3_8B, maxContext: 131072, source: configOf('meta-llama/Llama-3.1-8B'),
  },
  {
    id: 'llama-3.1-70b', name: 'Llama-3.1-70B', aliases: ['llama-3.1-70b', 'meta-llama-3.1-70b', 'llama3.1-70b'],
    ...LLAMA_3_70B, maxContext: 131072, source: configOf('meta-llama/Llama-3.1-70B'),
  },
  {
    id: 'llama-3.3-70b', name: 'Llama-3.3-70B', aliases: ['llama-3.3-70b', 'llama3.3-70b'],
    ...LLAMA_3_70B, maxContext: 131072, source: configOf('meta-llama/Llama-3.3-70B-Instruct'),
  },
  {
    id: 'llama-3.1-405b', name: 'Llama-3.1-405B', aliases: ['llama-3.1-405b', 'meta-llama-3.1-405b', 'llama3.1-405b'],
    params: 405_853_388_800, layers: 126, hiddenSize: 16384, heads: 128, kvHeads: 8, headDim: 128,
    vocabSize: 128256, intermediateSize: 53248, tiedEmbeddings: false, maxContext: 131072,
    source: configOf('meta-llama/Llama-3.1-405B'),
  },
  {
    id: 'llama-3.2-1b', name: 'Llama-3.2-1B', aliases: ['llama-3.2-1b', 'llama3.2-1b'],
    params: 1_235_814_400, layers: 16, hiddenSize: 2048, heads: 32, kvHeads: 8, headDim: 64,
    vocabSize: 128256, intermediateSize: 8192, tiedEmbeddings: true, maxContext: 131072,
    source: configOf('meta-llama/Llama-3.2-1B'),
  },
  {
    id: 'llama-3.2-3b', name: 'Llama-3.2-3B', aliases: ['llama-3.2-3b', 'llama3.2-3b'],
    params: 3_212_749_824, layers: 28, hiddenSize: 3072, heads: 24, kvHeads: 8, headDim: 128,
    vocabSize: 128256, intermediateSize: 8192, tiedEmbeddings: true, maxContext: 131072,
    source: configOf('meta-llama/Llama-3.2-3B'),
  },
  {
    id: 'deepseek-r1-distill-llama-8b', name: 'DeepSeek-R1-Distill-Llama-8B', aliases: ['deepseek-r1-distill-llama-8b', 'deepseek-r1-8b'],
    ...LLAMA_3_8B, maxContext: 131072, source: configOf('deepseek-ai/DeepSeek-R1-Distill-Llama-8B'),
  },
  {
    id: 'deepseek-r1-distill-llama-70b', name: 'DeepSeek-R1-Distill-Llama-70B', aliases: ['deepseek-r1-distill-llama-70b', 'deepseek-r1-70b'],
    ...LLAMA_3_70B, maxContext: 131072, source: configOf('deepseek-ai/DeepSeek-R1-Distill-Llama-70B'),
  },
  {
    id: 'tinyllama-1.1b', name: 'TinyLlama-1.1B', aliases: ['tinyllama-1.1b', 'tinyllama'],
    params: 1_100_048_384, layers: 22, hiddenSize: 2048, heads: 32, kvHeads: 4, headDim: 64,
    vocabSize: 32000, intermediateSize: 5632, tiedEmbeddings: false, maxContext: 2048,
    source: configOf('TinyLlama/TinyLlama-1.1B-Chat-v1.0'),
  },
];
