// OpenAI gpt-oss: mixture of experts shipped in MXFP4, alternating 128-token sliding-window layers.
import type { Architecture } from '../architectures.js';
import { configOf } from './source.js';

const GPT_OSS = {
  hiddenSize: 2880, heads: 64, kvHeads: 8, headDim: 64, vocabSize: 201088, intermediateSize: 2880,
  tiedEmbeddings: false, maxContext: 131072, slidingWindow: { tokens: 128, globalEvery: 2 },
} as const;

export const OPENAI_MODELS: readonly Architecture[] = [
  {
    // model card: 21 B total, 3.6 B active
    id: 'gpt-oss-20b', name: 'gpt-oss-20b', aliases: ['gpt-oss-20b', 'gpt-oss:20b'],
    params: 20_914_757_184, layers: 24, ...GPT_OSS,
    moe: { experts: 32, activeExperts: 4, activeParams: 3_600_000_000 },
    source: configOf('openai/gpt-oss-20b'),
  },
  {
    // model card: 117 B total, 5.1 B active
    id: 'gpt-oss-120b', name: 'gpt-oss-120b', aliases: ['gpt-oss-120b', 'gpt-oss:120b'],
    params: 116_829_156_672, layers: 36, ...GPT_OSS,
    moe: { experts: 128, activeExperts: 4, activeParams: 5_100_000_000 },
    source: configOf('openai/gpt-oss-120b'),
  },
];
