// DeepSeek V2-Lite and V3/R1: mixture of experts with multi-head latent attention (MLA).
import type { Architecture } from '../architectures.js';
import { configOf } from './source.js';

// MLA caches one kv_lora_rank latent plus one qk_rope_head_dim key per token and layer (config.json).
const MLA = { kvLoraRank: 512, ropeHeadDim: 64 } as const;

export const DEEPSEEK_MODELS: readonly Architecture[] = [
  {
    // model card: 671 B total (685 B with the multi-token-prediction module), 37 B activated
    id: 'deepseek-v3', name: 'DeepSeek-V3', aliases: ['deepseek-v3', 'deepseek-r1', 'deepseek-v3-0324', 'deepseek-r1-0528', 'deepseek-r1-671b'],
    params: 671_000_000_000, layers: 61, hiddenSize: 7168, heads: 128, kvHeads: 128, headDim: 192,
    vocabSize: 129280, intermediateSize: 18432, tiedEmbeddings: false, maxContext: 163840,
    moe: { experts: 256, activeExperts: 8, activeParams: 37_000_000_000, expertIntermediateSize: 2048 },
    latentKv: MLA, source: configOf('deepseek-ai/DeepSeek-V3'),
  },
  {
    // model card: 15.7 B total, 2.4 B activated
    id: 'deepseek-v2-lite', name: 'DeepSeek-V2-Lite', aliases: ['deepseek-v2-lite'],
    params: 15_706_484_224, layers: 27, hiddenSize: 2048, heads: 16, kvHeads: 16, headDim: 192,
    vocabSize: 102400, intermediateSize: 10944, tiedEmbeddings: false, maxContext: 163840,
    moe: { experts: 64, activeExperts: 6, activeParams: 2_400_000_000, expertIntermediateSize: 1408 },
    latentKv: MLA, source: configOf('deepseek-ai/DeepSeek-V2-Lite'),
  },
];
