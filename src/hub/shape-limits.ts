// What a Hub file may claim about a model before llmmem sizes it. A config.json or GGUF header is
// outside input: 1e300 layers or −8 heads gave "Infinity TiB" and "−88 MiB ✅ Fits" (issue 17).
// Each bound is far above the largest catalogued model, so only nonsense is refused.
import { z } from 'zod';
import type { Architecture } from '../core/catalog/architectures.js';
import { MAX_PARAMS } from '../core/parse/params.js';
import { LIMITS } from '../core/request.js';
import { HubLookupError } from './errors.js';

/**
 * Llama-3.1-405B (catalog row, its config.json) has 126 layers, hidden 16,384, 128 heads, FFN 53,248;
 * Gemma 3 has the largest vocabulary (262,208), DeepSeek-V3 256 routed experts; head sizes run 64–256.
 * The bounds are 8–16 times those.
 */
export const SHAPE_LIMITS = {
  layers: 1024, hiddenSize: 262_144, heads: 2048, headDim: 4096, vocabSize: 4_194_304,
  intermediateSize: 1_048_576, experts: 4096, context: LIMITS.ctx.max * 16,
} as const;

/** A numeric config field: any non-number is left for the converter to ignore; a number must be a whole count in range. */
const count = (max: number) => z.unknown().refine(
  (v) => typeof v !== 'number' || (Number.isInteger(v) && v >= 0 && v <= max),
  { message: `a whole number from 0 to ${max}` },
).optional();

const decoderFields = {
  num_hidden_layers: count(SHAPE_LIMITS.layers), n_layer: count(SHAPE_LIMITS.layers), num_layers: count(SHAPE_LIMITS.layers),
  hidden_size: count(SHAPE_LIMITS.hiddenSize), n_embd: count(SHAPE_LIMITS.hiddenSize), d_model: count(SHAPE_LIMITS.hiddenSize),
  num_attention_heads: count(SHAPE_LIMITS.heads), n_head: count(SHAPE_LIMITS.heads),
  num_key_value_heads: count(SHAPE_LIMITS.heads), multi_query_group_num: count(SHAPE_LIMITS.heads),
  head_dim: count(SHAPE_LIMITS.headDim), qk_rope_head_dim: count(SHAPE_LIMITS.headDim), kv_lora_rank: count(SHAPE_LIMITS.hiddenSize),
  vocab_size: count(SHAPE_LIMITS.vocabSize), padded_vocab_size: count(SHAPE_LIMITS.vocabSize),
  intermediate_size: count(SHAPE_LIMITS.intermediateSize), ffn_hidden_size: count(SHAPE_LIMITS.intermediateSize),
  n_inner: count(SHAPE_LIMITS.intermediateSize), moe_intermediate_size: count(SHAPE_LIMITS.intermediateSize),
  max_position_embeddings: count(SHAPE_LIMITS.context), n_positions: count(SHAPE_LIMITS.context), seq_length: count(SHAPE_LIMITS.context),
  sliding_window: count(SHAPE_LIMITS.context), sliding_window_pattern: count(SHAPE_LIMITS.layers),
  num_local_experts: count(SHAPE_LIMITS.experts), num_experts: count(SHAPE_LIMITS.experts), n_routed_experts: count(SHAPE_LIMITS.experts),
  num_experts_per_tok: count(SHAPE_LIMITS.experts), num_experts_per_token: count(SHAPE_LIMITS.experts),
  quantization_config: z.looseObject({}).nullish(),
};

/** config.json as llmmem reads it: an object, its shape fields in range, text_config (multimodal) likewise. */
export const HubConfigSchema = z.looseObject({ ...decoderFields, text_config: z.looseObject(decoderFields).nullish() });
export type HubConfig = z.output<typeof HubConfigSchema>;

export function parseHubConfig(value: unknown): Record<string, unknown> {
  const parsed = HubConfigSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new HubLookupError('malformed', `config.json: ${issue ? `${issue.path.join('.') || 'the file'} ${issue.message}` : 'unreadable'}`);
  }
  return parsed.data as Record<string, unknown>;
}

const within = (value: number, min: number, max: number) => Number.isFinite(value) && value >= min && value <= max;

/** The numbers a converted shape and a header's counts must have; anything else is a malformed file. */
export function checkModelRanges(what: string, params: number, storedBytes: number, architecture: Architecture | undefined): void {
  const problems: string[] = [];
  if (!within(params, 1, MAX_PARAMS)) problems.push(`params ${params}`);
  // no stored format takes more than 4 bytes a weight (fp32), plus scales
  if (!within(storedBytes, 0, params * 5)) problems.push(`stored bytes ${storedBytes}`);
  const a = architecture;
  if (a) {
    const checks: [string, number, number, number][] = [
      ['layers', a.layers, 1, SHAPE_LIMITS.layers], ['hidden size', a.hiddenSize, 1, SHAPE_LIMITS.hiddenSize],
      ['heads', a.heads, 1, SHAPE_LIMITS.heads], ['KV heads', a.kvHeads, 1, a.heads], ['head size', a.headDim, 1, SHAPE_LIMITS.headDim],
      ['vocabulary', a.vocabSize, 1, SHAPE_LIMITS.vocabSize], ['FFN width', a.intermediateSize, 1, SHAPE_LIMITS.intermediateSize],
      ['context', a.maxContext, 1, SHAPE_LIMITS.context],
    ];
    if (a.moe) checks.push(['experts', a.moe.experts, 1, SHAPE_LIMITS.experts], ['active experts', a.moe.activeExperts, 1, a.moe.experts]);
    if (a.slidingWindow) checks.push(['sliding window', a.slidingWindow.tokens, 1, SHAPE_LIMITS.context], ['global layer period', a.slidingWindow.globalEvery, 1, SHAPE_LIMITS.layers]);
    if (a.latentKv) checks.push(['KV latent rank', a.latentKv.kvLoraRank, 1, SHAPE_LIMITS.hiddenSize], ['RoPE head size', a.latentKv.ropeHeadDim, 1, SHAPE_LIMITS.headDim]);
    for (const [name, value, min, max] of checks) if (!within(value, min, max) || !Number.isInteger(value)) problems.push(`${name} ${value}`);
  }
  if (problems.length > 0) throw new HubLookupError('malformed', `${what} claims an impossible model: ${problems.join(', ')}`);
}
