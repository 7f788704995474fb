// The validated request every door produces: one zod schema, defaults from the contract.
import { z } from 'zod';
import { KV_PRECISION_IDS, PRECISION_IDS } from './catalog/formats.js';
import { MAX_PARAMS, MIN_PARAMS } from './parse/params.js';

export const MODES = ['inference', 'lora', 'qlora', 'full'] as const;
export type Mode = (typeof MODES)[number];
export const LANGS = ['en', 'ja'] as const;
export type Lang = (typeof LANGS)[number];

/** Option limits: a request outside them is answered with `out_of_range`, never estimated. */
export const LIMITS = {
  params: { min: MIN_PARAMS, max: MAX_PARAMS },
  ctx: { min: 1, max: 10_485_760 },
  batch: { min: 1, max: 1024 },
  gpus: { min: 1, max: 64 },
  gpuGiB: { min: 1, max: 4096 },
  bitsPerWeight: { min: 1, max: 32 },
} as const;

/** Longest file or repo name accepted (Hub repo ids are at most 96 + 96 characters, file names well below). */
export const NAME_MAX_LENGTH = 300;

const int = (limit: { min: number; max: number }) => z.number().int().min(limit.min).max(limit.max);

export const ModelSourceSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('params'),
    params: z.number().min(LIMITS.params.min).max(LIMITS.params.max),
    experts: z.object({ count: z.number().int().min(2), expertParams: z.number().positive() }).optional(),
  }),
  z.object({ kind: z.literal('file'), name: z.string().min(1).max(NAME_MAX_LENGTH) }),
  z.object({ kind: z.literal('hub'), repoId: z.string().min(3).max(NAME_MAX_LENGTH) }),
]);
export type ModelSource = z.infer<typeof ModelSourceSchema>;

export const GpuChoiceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('catalog'), id: z.string() }),
  z.object({ kind: z.literal('size'), memoryGiB: z.number().min(LIMITS.gpuGiB.min).max(LIMITS.gpuGiB.max) }),
]);
export type GpuChoice = z.infer<typeof GpuChoiceSchema>;

export const EstimateRequestSchema = z.object({
  model: ModelSourceSchema,
  precision: z
    .object({
      id: z.enum(PRECISION_IDS),
      bitsPerWeight: z.number().min(LIMITS.bitsPerWeight.min).max(LIMITS.bitsPerWeight.max).optional(),
      variant: z.string().optional(),
    })
    .optional(),
  contextTokens: int(LIMITS.ctx).default(4096),
  batch: int(LIMITS.batch).default(1),
  kvPrecision: z.enum(KV_PRECISION_IDS).default('fp16'),
  mode: z.enum(MODES).default('inference'),
  gpu: GpuChoiceSchema.optional(),
  gpuCount: int(LIMITS.gpus).default(1),
  lang: z.enum(LANGS).optional(),
});

export type EstimateRequest = z.output<typeof EstimateRequestSchema>;
export type EstimateRequestInput = z.input<typeof EstimateRequestSchema>;
