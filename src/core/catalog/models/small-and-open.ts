// Small and open-science models: SmolLM2, OLMo 2, Granite 3.1, Yi, Command-R.
import type { Architecture } from '../architectures.js';
import { configOf } from './source.js';

export const OTHER_MODELS: readonly Architecture[] = [
  {
    id: 'smollm2-135m', name: 'SmolLM2-135M', aliases: ['smollm2-135m'],
    params: 134_515_008, layers: 30, hiddenSize: 576, heads: 9, kvHeads: 3, headDim: 64,
    vocabSize: 49152, intermediateSize: 1536, tiedEmbeddings: true, maxContext: 8192,
    source: configOf('HuggingFaceTB/SmolLM2-135M'),
  },
  {
    id: 'smollm2-360m', name: 'SmolLM2-360M', aliases: ['smollm2-360m'],
    params: 361_821_120, layers: 32, hiddenSize: 960, heads: 15, kvHeads: 5, headDim: 64,
    vocabSize: 49152, intermediateSize: 2560, tiedEmbeddings: true, maxContext: 8192,
    source: configOf('HuggingFaceTB/SmolLM2-360M'),
  },
  {
    id: 'smollm2-1.7b', name: 'SmolLM2-1.7B', aliases: ['smollm2-1.7b'],
    params: 1_711_376_384, layers: 24, hiddenSize: 2048, heads: 32, kvHeads: 32, headDim: 64,
    vocabSize: 49152, intermediateSize: 8192, tiedEmbeddings: true, maxContext: 8192,
    source: configOf('HuggingFaceTB/SmolLM2-1.7B'),
  },
  {
    id: 'olmo-2-7b', name: 'OLMo-2-7B', aliases: ['olmo-2-7b', 'olmo-2-1124-7b'],
    params: 7_298_617_344, layers: 32, hiddenSize: 4096, heads: 32, kvHeads: 32, headDim: 128,
    vocabSize: 100352, intermediateSize: 11008, tiedEmbeddings: false, maxContext: 4096,
    source: configOf('allenai/OLMo-2-1124-7B'),
  },
  {
    id: 'olmo-2-13b', name: 'OLMo-2-13B', aliases: ['olmo-2-13b', 'olmo-2-1124-13b'],
    params: 13_715_654_656, layers: 40, hiddenSize: 5120, heads: 40, kvHeads: 40, headDim: 128,
    vocabSize: 100352, intermediateSize: 13824, tiedEmbeddings: false, maxContext: 4096,
    source: configOf('allenai/OLMo-2-1124-13B'),
  },
  {
    id: 'granite-3.1-2b', name: 'Granite-3.1-2B', aliases: ['granite-3.1-2b'],
    params: 2_533_531_648, layers: 40, hiddenSize: 2048, heads: 32, kvHeads: 8, headDim: 64,
    vocabSize: 49155, intermediateSize: 8192, tiedEmbeddings: true, maxContext: 131072,
    source: configOf('ibm-granite/granite-3.1-2b-instruct'),
  },
  {
    id: 'granite-3.1-8b', name: 'Granite-3.1-8B', aliases: ['granite-3.1-8b'],
    params: 8_170_864_640, layers: 40, hiddenSize: 4096, heads: 32, kvHeads: 8, headDim: 128,
    vocabSize: 49155, intermediateSize: 12800, tiedEmbeddings: true, maxContext: 131072,
    source: configOf('ibm-granite/granite-3.1-8b-instruct'),
  },
  {
    id: 'yi-6b', name: 'Yi-6B', aliases: ['yi-6b', 'yi-1.5-6b'],
    params: 6_061_035_520, layers: 32, hiddenSize: 4096, heads: 32, kvHeads: 4, headDim: 128,
    vocabSize: 64000, intermediateSize: 11008, tiedEmbeddings: false, maxContext: 4096,
    source: configOf('01-ai/Yi-6B'),
  },
  {
    id: 'yi-34b', name: 'Yi-34B', aliases: ['yi-34b', 'yi-1.5-34b'],
    params: 34_388_917_248, layers: 60, hiddenSize: 7168, heads: 56, kvHeads: 8, headDim: 128,
    vocabSize: 64000, intermediateSize: 20480, tiedEmbeddings: false, maxContext: 4096,
    source: configOf('01-ai/Yi-34B'),
  },
  {
    id: 'command-r-35b', name: 'Command-R (35B)', aliases: ['c4ai-command-r-v01', 'command-r-v01', 'command-r-35b', 'command-r'],
    params: 34_980_831_232, layers: 40, hiddenSize: 8192, heads: 64, kvHeads: 64, headDim: 128,
    vocabSize: 256000, intermediateSize: 22528, tiedEmbeddings: true, maxContext: 131072,
    source: configOf('CohereForAI/c4ai-command-r-v01'),
  },
  {
    // model card: 104 B parameters
    id: 'command-r-plus-104b', name: 'Command-R+ (104B)', aliases: ['c4ai-command-r-plus', 'command-r-plus', 'command-r-plus-104b'],
    params: 104_000_000_000, layers: 64, hiddenSize: 12288, heads: 96, kvHeads: 8, headDim: 128,
    vocabSize: 256000, intermediateSize: 33792, tiedEmbeddings: true, maxContext: 131072,
    source: configOf('CohereForAI/c4ai-command-r-plus'),
  },
];
