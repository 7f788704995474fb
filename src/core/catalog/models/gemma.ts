// Google Gemma 2 and 3. Both interleave local (sliding-window) and global attention layers.
import type { Architecture } from '../architectures.js';
import { configOf } from './source.js';

// Gemma 2: every other layer attends to the last 4096 tokens only (config: sliding_window 4096)
const GEMMA2_WINDOW = { tokens: 4096, globalEvery: 2 } as const;
// Gemma 3: five local layers per global one (sliding_window_pattern 6), window 1024 (512 on 1B)
const GEMMA3_WINDOW = { tokens: 1024, globalEvery: 6 } as const;
// The 4B, 12B and 27B checkpoints include a SigLIP vision tower and projector of about 0.42 B parameters.
const GEMMA3_VISION_PARAMS = 420_000_000;

export const GEMMA_MODELS: readonly Architecture[] = [
  {
    id: 'gemma-2-2b', name: 'Gemma-2-2B', aliases: ['gemma-2-2b', 'gemma2-2b'],
    params: 2_614_341_888, layers: 26, hiddenSize: 2304, heads: 8, kvHeads: 4, headDim: 256,
    vocabSize: 256000, intermediateSize: 9216, tiedEmbeddings: true, maxContext: 8192,
    slidingWindow: GEMMA2_WINDOW, source: configOf('google/gemma-2-2b'),
  },
  {
    id: 'gemma-2-9b', name: 'Gemma-2-9B', aliases: ['gemma-2-9b', 'gemma2-9b'],
    params: 9_241_705_984, layers: 42, hiddenSize: 3584, heads: 16, kvHeads: 8, headDim: 256,
    vocabSize: 256000, intermediateSize: 14336, tiedEmbeddings: true, maxContext: 8192,
    slidingWindow: GEMMA2_WINDOW, source: configOf('google/gemma-2-9b'),
  },
  {
    id: 'gemma-2-27b', name: 'Gemma-2-27B', aliases: ['gemma-2-27b', 'gemma2-27b'],
    params: 27_227_128_320, layers: 46, hiddenSize: 4608, heads: 32, kvHeads: 16, headDim: 128,
    vocabSize: 256000, intermediateSize: 36864, tiedEmbeddings: true, maxContext: 8192,
    slidingWindow: GEMMA2_WINDOW, source: configOf('google/gemma-2-27b'),
  },
  {
    id: 'gemma-3-1b', name: 'Gemma-3-1B', aliases: ['gemma-3-1b', 'gemma3-1b'],
    params: 999_885_952, layers: 26, hiddenSize: 1152, heads: 4, kvHeads: 1, headDim: 256,
    vocabSize: 262144, intermediateSize: 6912, tiedEmbeddings: true, maxContext: 32768,
    slidingWindow: { tokens: 512, globalEvery: 6 }, source: configOf('google/gemma-3-1b-it'),
  },
  {
    id: 'gemma-3-4b', name: 'Gemma-3-4B', aliases: ['gemma-3-4b', 'gemma3-4b'],
    params: 4_300_079_472, layers: 34, hiddenSize: 2560, heads: 8, kvHeads: 4, headDim: 256,
    vocabSize: 262208, intermediateSize: 10240, tiedEmbeddings: true, maxContext: 131072,
    slidingWindow: GEMMA3_WINDOW, nonDecoderParams: GEMMA3_VISION_PARAMS, source: configOf('google/gemma-3-4b-it'),
  },
  {
    id: 'gemma-3-12b', name: 'Gemma-3-12B', aliases: ['gemma-3-12b', 'gemma3-12b'],
    params: 12_187_325_040, layers: 48, hiddenSize: 3840, heads: 16, kvHeads: 8, headDim: 256,
    vocabSize: 262208, intermediateSize: 15360, tiedEmbeddings: true, maxContext: 131072,
    slidingWindow: GEMMA3_WINDOW, nonDecoderParams: GEMMA3_VISION_PARAMS, source: configOf('google/gemma-3-12b-it'),
  },
  {
    id: 'gemma-3-27b', name: 'Gemma-3-27B', aliases: ['gemma-3-27b', 'gemma3-27b'],
    params: 27_432_406_640, layers: 62, hiddenSize: 5376, heads: 32, kvHeads: 16, headDim: 128,
    vocabSize: 262208, intermediateSize: 21504, tiedEmbeddings: true, maxContext: 131072,
    slidingWindow: GEMMA3_WINDOW, nonDecoderParams: GEMMA3_VISION_PARAMS, source: configOf('google/gemma-3-27b-it'),
  },
];
