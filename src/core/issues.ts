// What can go wrong with a request (issues) and what an answer had to assume (warnings): codes and
// the facts a sentence needs, never sentences. The words live in src/i18n/.

export const OPTION_NAMES = [
  'params', 'precision', 'file', 'model', 'ctx', 'batch', 'kv', 'mode', 'gpu', 'gpus', 'runtime', 'fa', 'ubatch', 'ngl', 'cpumoe', 'lang',
] as const;
export type OptionName = (typeof OPTION_NAMES)[number];

export type ParseIssue =
  | { code: 'empty_input' }
  | { code: 'input_too_long'; length: number; max: number }
  | { code: 'unknown_option'; input: string; suggestion?: OptionName }
  | { code: 'duplicate_option'; option: OptionName }
  | { code: 'missing_value'; option: OptionName }
  | { code: 'conflicting_model_sources'; options: readonly string[] }
  | { code: 'missing_model' }
  | { code: 'invalid_number'; option: OptionName; input: string }
  | { code: 'out_of_range'; option: OptionName; input: string; min: number; max: number }
  | { code: 'unknown_precision'; input: string; suggestion?: string }
  | { code: 'unknown_kv'; input: string; suggestion?: string }
  | { code: 'unknown_mode'; input: string; suggestion?: string }
  | { code: 'unknown_gpu'; input: string; suggestion?: string }
  | { code: 'unknown_lang'; input: string }
  | { code: 'unknown_runtime'; input: string; suggestion?: string }
  | { code: 'unknown_switch'; option: OptionName; input: string }
  | { code: 'ctx_max_needs_gpu' }
  /** ctx:max found no context that fits: not even the shortest useful one */
  | { code: 'ctx_max_none'; minimum: number }
  /** words that are neither options nor a model, sizes or precisions: one sentence naming them */
  | { code: 'unknown_words'; words: readonly string[] }
  | { code: 'no_size_in_name'; input: string; suggestion?: string }
  | { code: 'name_too_long'; option: OptionName; max: number }
  | { code: 'hub_host_refused'; input: string; host: string }
  | { code: 'hub_failed'; repoId: string; reason: HubFailureReason }
  /** a name nothing places, searched on the Hub without result (not_found) or without a Hub to ask */
  | { code: 'hub_search_failed'; input: string; reason: HubFailureReason };

/** Why a Hugging Face look-up gave nothing: no such repo/file, gated without a token, Hub down or slow, bad header. */
export type HubFailureReason = 'not_found' | 'gated' | 'unavailable' | 'malformed';

export type ParseIssueCode = ParseIssue['code'];

export type Warning =
  /** `model`: a catalogued model whose published config gives no whole shape (its count is the published one) */
  | { code: 'architecture_reference'; reference: string; model?: string }
  | { code: 'architecture_from_base'; base: string }
  | { code: 'precision_assumed'; precision: string }
  /** no precision given: the format the checkpoint is published in */
  | { code: 'precision_native'; precision: string; model: string }
  /** an ollama library tag without a quant: the quant ollama serves for it */
  | { code: 'precision_from_tag'; tag: string; precision: string }
  /** a GGUF repo named without a file: its usual file */
  | { code: 'precision_gguf_repo'; precision: string }
  | { code: 'precision_overrides_name'; fromName: string; used: string }
  | { code: 'precision_variant'; input: string; used: string }
  | { code: 'gguf_width_preset'; input: string; used: string }
  | { code: 'moe_total_unknown'; experts: number; expertParams: number }
  | { code: 'moe_active_only'; activeParams: number; experts: number }
  | { code: 'multiple_sizes'; used: number }
  /** the seed's flat widths, beside what real files of that width store (labels and bits from the format table) */
  | { code: 'seed_width'; precision: 'int8' | 'int4'; real: readonly { label: string; bitsPerWeight: number }[] }
  | { code: 'exl2_bpw_assumed'; bitsPerWeight: number }
  | { code: 'context_over_max'; maxContext: number; model: string }
  | { code: 'qlora_base_nf4'; given: string }
  | { code: 'hub_not_consulted'; repoId: string }
  | { code: 'hub_fallback'; repoId: string; reason: HubFailureReason }
  | { code: 'hub_exact'; repoId: string }
  /** a quantized V cache needs flash attention in llama.cpp: sized with it on */
  | { code: 'v_cache_needs_flash_attention'; kv: string }
  /** no ctx: given, the runtime picks the context (ollama by VRAM) */
  | { code: 'runtime_default_context'; runtime: string; tokens: number }
  /** it fits, but within the margin llama.cpp's --fit keeps free on each GPU */
  | { code: 'within_fit_margin'; marginBytes: number }
  /** the option has no meaning for this runtime */
  | { code: 'option_ignored_by_runtime'; option: OptionName; runtime: string }
  /** a GPU named without its memory or board: the configuration taken */
  | { code: 'gpu_variant_assumed'; family: string; used: string; memoryGB: number; bandwidthGBps: number }
  /** a name nothing places, sized from the most downloaded Hub repo matching it */
  | { code: 'hub_search_match'; input: string; repoId: string };

export type WarningCode = Warning['code'];

/** Longest command text accepted; longer input is refused before any parsing (a file name is < 300). */
export const MAX_INPUT_LENGTH = 2000;
