// The validated request every door produces: one zod schema; the defaults people get live here once.
import { z } from 'zod';
import { KV_PRECISION_IDS, PRECISION_IDS } from './catalog/formats.js';
import { MAX_PARAMS, MIN_PARAMS } from './parse/params.js';

export const MODES = ['inference', 'lora', 'qlora', 'full'] as const;
export type Mode = (typeof MODES)[number];
export const LANGS = ['en', 'ja'] as const;
export type Lang = (typeof LANGS)[number];
/** Whose allocation rules an answer follows (docs/contract.md §1, `runtime:`). */
export const RUNTIME_IDS = ['llama.cpp', 'ollama', 'vllm', 'transformers', 'mlx', 'exllamav2'] as const;
export type RuntimeId = (typeof RUNTIME_IDS)[number];

/**
 * What a request gets when an option is left out. The context is the contract's 4096 (llama.cpp's
 * own default `-c 4096`, common.h) unless the runtime has another (ollama sets num_ctx by VRAM); 512 is
 * llama.cpp's default physical batch (`-ub`, common.h n_ubatch).
 */
export const REQUEST_DEFAULTS = {
  contextTokens: 4096, batch: 1, kvPrecision: 'fp16', mode: 'inference', gpuCount: 1, ubatch: 512,
} as const;

/** Option limits: a request outside them is answered with `out_of_range`, never estimated. */
export const LIMITS = {
  params: { min: MIN_PARAMS, max: MAX_PARAMS },
  ctx: { min: 1, max: 10_485_760 },
  batch: { min: 1, max: 1024 },
  // training runs span clusters: "I used 72 H100-80g" (modelscope/ms-swift#6509); 1024 cards is a large one
  gpus: { min: 1, max: 1024 },
  gpuGiB: { min: 1, max: 4096 },
  bitsPerWeight: { min: 1, max: 32 },
  ubatch: { min: 1, max: 65_536 },
  layers: { min: 0, max: 1_000 },
} as const;

/** Longest file or repo name accepted (Hub repo ids are at most 96 + 96 characters, file names well below). */
export const NAME_MAX_LENGTH = 300;

const int = (limit: { min: number; max: number }) => z.number().int().min(limit.min).max(limit.max);

export const ModelSourceSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('params'),
    params: z.number().min(LIMITS.params.min).max(LIMITS.params.max),
    experts: z.object({ count: z.number().int().min(2), expertParams: z.number().positive() }).optional(),
    /** "30b a3b": parameters active per token */
    activeParams: z.number().positive().optional(),
  }),
  /** `params` beside a name gives its size, when the name does not tell it */
  z.object({ kind: z.literal('file'), name: z.string().min(1).max(NAME_MAX_LENGTH), params: z.number().min(LIMITS.params.min).max(LIMITS.params.max).optional() }),
  z.object({ kind: z.literal('hub'), repoId: z.string().min(3).max(NAME_MAX_LENGTH), params: z.number().min(LIMITS.params.min).max(LIMITS.params.max).optional() }),
]);
export type ModelSource = z.infer<typeof ModelSourceSchema>;

export const GpuChoiceSchema = z.discriminatedUnion('kind', [
  /** `variantAssumed`: the name left memory or board open ("A100") and the catalog's usual one was taken */
  z.object({ kind: z.literal('catalog'), id: z.string(), variantAssumed: z.literal(true).optional() }),
  z.object({ kind: z.literal('size'), memoryGiB: z.number().min(LIMITS.gpuGiB.min).max(LIMITS.gpuGiB.max) }),
]);
export type GpuChoice = z.infer<typeof GpuChoiceSchema>;

export const PrecisionChoiceSchema = z.object({
  id: z.enum(PRECISION_IDS),
  bitsPerWeight: z.number().min(LIMITS.bitsPerWeight.min).max(LIMITS.bitsPerWeight.max).optional(),
  variant: z.string().optional(),
});

export const EstimateRequestSchema = z.object({
  /** absent only with a GPU: then the answer lists what fits it */
  model: ModelSourceSchema.optional(),
  precision: PrecisionChoiceSchema.optional(),
  /** absent: the runtime's default (REQUEST_DEFAULTS.contextTokens for most) */
  contextTokens: int(LIMITS.ctx).optional(),
  /** ctx:max — the longest context that fits the GPU */
  contextMax: z.boolean().default(false),
  batch: int(LIMITS.batch).default(REQUEST_DEFAULTS.batch),
  kvPrecision: z.enum(KV_PRECISION_IDS).default(REQUEST_DEFAULTS.kvPrecision),
  mode: z.enum(MODES).default(REQUEST_DEFAULTS.mode),
  gpu: GpuChoiceSchema.optional(),
  gpuCount: int(LIMITS.gpus).default(REQUEST_DEFAULTS.gpuCount),
  runtime: z.enum(RUNTIME_IDS).optional(),
  /** fa:on/off; absent: on, as llama.cpp's `-fa auto` runs on GPUs */
  flashAttention: z.boolean().optional(),
  ubatch: int(LIMITS.ubatch).default(REQUEST_DEFAULTS.ubatch),
  /** ngl: layers on the GPUs, counted as llama.cpp's -ngl counts them (the output layer is one); absent: as many as fit */
  gpuLayers: int(LIMITS.layers).optional(),
  /** cpumoe: the first N layers keep their MoE experts in system RAM (llama.cpp --n-cpu-moe N) */
  cpuMoeLayers: int(LIMITS.layers).optional(),
  lang: z.enum(LANGS).optional(),
}).refine((r) => r.model !== undefined || r.gpu !== undefined, { message: 'a model or a GPU', path: ['model'] });

export type EstimateRequest = z.output<typeof EstimateRequestSchema>;
export type EstimateRequestInput = z.input<typeof EstimateRequestSchema>;
