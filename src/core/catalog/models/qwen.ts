// Alibaba Qwen 2, 2.5 (and Coder, QwQ, the Qwen-based R1 distills) and Qwen 3 dense and MoE.
import type { Architecture } from '../architectures.js';
import { configOf } from './source.js';

const QWEN_7B = {
  params: 7_615_616_512, layers: 28, hiddenSize: 3584, heads: 28, kvHeads: 4, headDim: 128,
  vocabSize: 152064, intermediateSize: 18944, tiedEmbeddings: false, maxContext: 131072,
} as const;
const QWEN_72B = {
  params: 72_706_203_648, layers: 80, hiddenSize: 8192, heads: 64, kvHeads: 8, headDim: 128,
  vocabSize: 152064, intermediateSize: 29568, tiedEmbeddings: false, maxContext: 131072,
} as const;
const QWEN3 = { vocabSize: 151936, headDim: 128, maxContext: 40960 } as const;

export const QWEN_MODELS: readonly Architecture[] = [
  { id: 'qwen2-7b', name: 'Qwen2-7B', aliases: ['qwen2-7b'], ...QWEN_7B, source: configOf('Qwen/Qwen2-7B') },
  { id: 'qwen2-72b', name: 'Qwen2-72B', aliases: ['qwen2-72b'], ...QWEN_72B, source: configOf('Qwen/Qwen2-72B') },
  {
    id: 'qwen2.5-0.5b', name: 'Qwen2.5-0.5B', aliases: ['qwen2.5-0.5b', 'qwen2.5-coder-0.5b'],
    params: 494_032_768, layers: 24, hiddenSize: 896, heads: 14, kvHeads: 2, headDim: 64,
    vocabSize: 151936, intermediateSize: 4864, tiedEmbeddings: true, maxContext: 32768,
    source: configOf('Qwen/Qwen2.5-0.5B'),
  },
  {
    id: 'qwen2.5-1.5b', name: 'Qwen2.5-1.5B', aliases: ['qwen2.5-1.5b', 'qwen2.5-coder-1.5b'],
    params: 1_543_714_304, layers: 28, hiddenSize: 1536, heads: 12, kvHeads: 2, headDim: 128,
    vocabSize: 151936, intermediateSize: 8960, tiedEmbeddings: true, maxContext: 32768,
    source: configOf('Qwen/Qwen2.5-1.5B'),
  },
  {
    id: 'qwen2.5-3b', name: 'Qwen2.5-3B', aliases: ['qwen2.5-3b', 'qwen2.5-coder-3b'],
    params: 3_085_938_688, layers: 36, hiddenSize: 2048, heads: 16, kvHeads: 2, headDim: 128,
    vocabSize: 151936, intermediateSize: 11008, tiedEmbeddings: true, maxContext: 32768,
    source: configOf('Qwen/Qwen2.5-3B'),
  },
  {
    id: 'qwen2.5-7b', name: 'Qwen2.5-7B', aliases: ['qwen2.5-7b', 'qwen2.5-coder-7b', 'deepseek-r1-distill-qwen-7b', 'deepseek-r1-7b'],
    ...QWEN_7B, source: configOf('Qwen/Qwen2.5-7B'),
  },
  {
    id: 'qwen2.5-14b', name: 'Qwen2.5-14B', aliases: ['qwen2.5-14b', 'qwen2.5-coder-14b', 'deepseek-r1-distill-qwen-14b', 'deepseek-r1-14b'],
    params: 14_770_033_664, layers: 48, hiddenSize: 5120, heads: 40, kvHeads: 8, headDim: 128,
    vocabSize: 152064, intermediateSize: 13824, tiedEmbeddings: false, maxContext: 131072,
    source: configOf('Qwen/Qwen2.5-14B'),
  },
  {
    id: 'qwen2.5-32b', name: 'Qwen2.5-32B', aliases: ['qwen2.5-32b', 'qwen2.5-coder-32b', 'qwq-32b', 'deepseek-r1-distill-qwen-32b', 'deepseek-r1-32b'],
    params: 32_763_876_352, layers: 64, hiddenSize: 5120, heads: 40, kvHeads: 8, headDim: 128,
    vocabSize: 152064, intermediateSize: 27648, tiedEmbeddings: false, maxContext: 131072,
    source: configOf('Qwen/Qwen2.5-32B'),
  },
  { id: 'qwen2.5-72b', name: 'Qwen2.5-72B', aliases: ['qwen2.5-72b'], ...QWEN_72B, source: configOf('Qwen/Qwen2.5-72B') },
  {
    // Qwen2.5-Math-1.5B underneath, with untied output (1.78 B, not 1.54 B)
    id: 'deepseek-r1-distill-qwen-1.5b', name: 'DeepSeek-R1-Distill-Qwen-1.5B', aliases: ['deepseek-r1-distill-qwen-1.5b', 'deepseek-r1-1.5b'],
    params: 1_777_088_000, layers: 28, hiddenSize: 1536, heads: 12, kvHeads: 2, headDim: 128,
    vocabSize: 151936, intermediateSize: 8960, tiedEmbeddings: false, maxContext: 131072,
    source: configOf('deepseek-ai/DeepSeek-R1-Distill-Qwen-1.5B'),
  },
  {
    id: 'qwen3-4b', name: 'Qwen3-4B', aliases: ['qwen3-4b'],
    params: 4_022_468_096, layers: 36, hiddenSize: 2560, heads: 32, kvHeads: 8, intermediateSize: 9728,
    tiedEmbeddings: true, ...QWEN3, source: configOf('Qwen/Qwen3-4B'),
  },
  {
    id: 'qwen3-8b', name: 'Qwen3-8B', aliases: ['qwen3-8b'],
    params: 8_190_735_360, layers: 36, hiddenSize: 4096, heads: 32, kvHeads: 8, intermediateSize: 12288,
    tiedEmbeddings: false, ...QWEN3, source: configOf('Qwen/Qwen3-8B'),
  },
  {
    id: 'qwen3-14b', name: 'Qwen3-14B', aliases: ['qwen3-14b'],
    params: 14_768_307_200, layers: 40, hiddenSize: 5120, heads: 40, kvHeads: 8, intermediateSize: 17408,
    tiedEmbeddings: false, ...QWEN3, source: configOf('Qwen/Qwen3-14B'),
  },
  {
    id: 'qwen3-32b', name: 'Qwen3-32B', aliases: ['qwen3-32b'],
    params: 32_762_123_264, layers: 64, hiddenSize: 5120, heads: 64, kvHeads: 8, intermediateSize: 25600,
    tiedEmbeddings: false, ...QWEN3, source: configOf('Qwen/Qwen3-32B'),
  },
  {
    // model card: 30.5 B total, 3.3 B activated, 128 experts with 8 active
    id: 'qwen3-30b-a3b', name: 'Qwen3-30B-A3B', aliases: ['qwen3-30b-a3b', 'qwen3-coder-30b-a3b'],
    params: 30_532_122_624, layers: 48, hiddenSize: 2048, heads: 32, kvHeads: 4, intermediateSize: 6144,
    tiedEmbeddings: false, ...QWEN3,
    moe: { experts: 128, activeExperts: 8, activeParams: 3_300_000_000, expertIntermediateSize: 768 },
    source: configOf('Qwen/Qwen3-30B-A3B'),
  },
  {
    // model card: 235 B total, 22 B activated
    id: 'qwen3-235b-a22b', name: 'Qwen3-235B-A22B', aliases: ['qwen3-235b-a22b'],
    params: 235_093_634_560, layers: 94, hiddenSize: 4096, heads: 64, kvHeads: 4, intermediateSize: 12288,
    tiedEmbeddings: false, ...QWEN3,
    moe: { experts: 128, activeExperts: 8, activeParams: 22_000_000_000, expertIntermediateSize: 1536 },
    source: configOf('Qwen/Qwen3-235B-A22B'),
  },
];
