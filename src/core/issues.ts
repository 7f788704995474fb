// What can go wrong with a request (issues) and what an answer had to assume (warnings): codes and
// the facts a sentence needs, never sentences. The words live in src/i18n/.

export type OptionName =
  | 'params' | 'precision' | 'file' | 'model' | 'ctx' | 'batch' | 'kv' | 'mode' | 'gpu' | 'gpus' | 'lang';

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
  | { code: 'unknown_word'; input: string }
  | { code: 'no_size_in_name'; input: string; suggestion?: string }
  | { code: 'name_too_long'; option: OptionName; max: number }
  | { code: 'hub_host_refused'; input: string; host: string }
  | { code: 'hub_failed'; repoId: string; reason: HubFailureReason };

/** Why a Hugging Face look-up gave nothing: no such repo/file, gated without a token, Hub down or slow, bad header. */
export type HubFailureReason = 'not_found' | 'gated' | 'unavailable' | 'malformed';

export type ParseIssueCode = ParseIssue['code'];

export type Warning =
  | { code: 'architecture_reference'; reference: string }
  | { code: 'architecture_from_base'; base: string }
  | { code: 'precision_assumed'; precision: string }
  | { code: 'precision_overrides_name'; fromName: string; used: string }
  | { code: 'precision_variant'; input: string; used: string }
  | { code: 'gguf_width_preset'; input: string; used: string }
  | { code: 'moe_total_unknown'; experts: number; expertParams: number }
  | { code: 'moe_active_only'; activeParams: number; experts: number }
  | { code: 'multiple_sizes'; used: number }
  | { code: 'seed_width'; precision: 'int8' | 'int4' }
  | { code: 'exl2_bpw_assumed'; bitsPerWeight: number }
  | { code: 'context_over_max'; maxContext: number; model: string }
  | { code: 'qlora_base_nf4'; given: string }
  | { code: 'hub_not_consulted'; repoId: string }
  | { code: 'hub_fallback'; repoId: string; reason: HubFailureReason }
  | { code: 'hub_exact'; repoId: string };

export type WarningCode = Warning['code'];

/** Longest command text accepted; longer input is refused before any parsing (a file name is < 300). */
export const MAX_INPUT_LENGTH = 2000;
