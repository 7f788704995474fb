// llama.cpp prints a GGUF's file type by name ("file type = Q4_K - Medium", older "model ftype = …"): the
// names llama_model_ftype_name gives each LLAMA_FTYPE, mapped to llmmem's precision ids.
import type { PrecisionId } from '../catalog/formats.js';

/**
 * From llama.cpp src/llama-model-loader.cpp `llama_model_ftype_name` (the same strings in builds from 2024 to
 * 2026, e.g. https://github.com/ollama/ollama/blob/ef00199fb4e6d045e11e76baaab9049f3234939d/llama/llama.cpp/src/llama-model-loader.cpp,
 * vendored from ggml-org/llama.cpp a5bb8ba4). "IQ2_XSS" is the misspelling 2024 builds printed.
 */
export const LLAMA_FTYPE_NAMES: Readonly<Record<string, PrecisionId>> = {
  'all F32': 'fp32', F16: 'fp16', BF16: 'bf16',
  Q4_0: 'q4_0', Q4_1: 'q4_1', Q5_0: 'q5_0', Q5_1: 'q5_1', Q8_0: 'q8_0', 'MXFP4 MoE': 'mxfp4',
  'Q2_K - Medium': 'q2_k', 'Q2_K - Small': 'q2_k_s',
  'Q3_K - Small': 'q3_k_s', 'Q3_K - Medium': 'q3_k_m', 'Q3_K - Large': 'q3_k_l',
  'Q4_K - Small': 'q4_k_s', 'Q4_K - Medium': 'q4_k_m', 'Q5_K - Small': 'q5_k_s', 'Q5_K - Medium': 'q5_k_m', Q6_K: 'q6_k',
  'TQ1_0 - 1.69 bpw ternary': 'tq1_0', 'TQ2_0 - 2.06 bpw ternary': 'tq2_0',
  'IQ2_XXS - 2.0625 bpw': 'iq2_xxs', 'IQ2_XSS - 2.0625 bpw': 'iq2_xxs', 'IQ2_XS - 2.3125 bpw': 'iq2_xs',
  'IQ2_S - 2.5 bpw': 'iq2_s', 'IQ2_M - 2.7 bpw': 'iq2_m', 'IQ3_XS - 3.3 bpw': 'iq3_xs', 'IQ3_XXS - 3.0625 bpw': 'iq3_xxs',
  'IQ1_S - 1.5625 bpw': 'iq1_s', 'IQ1_M - 1.75 bpw': 'iq1_m', 'IQ4_NL - 4.5 bpw': 'iq4_nl', 'IQ4_XS - 4.25 bpw': 'iq4_xs',
  'IQ3_S - 3.4375 bpw': 'iq3_s', 'IQ3_S mix - 3.66 bpw': 'iq3_m',
};

/** `Q4_K - Medium` or `Q4_K - Medium (guessed)` → q4_k_m; unknown names → undefined. */
export function precisionOfFileType(name: string): PrecisionId | undefined {
  return LLAMA_FTYPE_NAMES[name.replace(/ \(guessed\)$/, '').trim()];
}
