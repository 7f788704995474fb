// Every runtime's rules by id, and which runtime a request gets when it names none.
import type { FormatSpec } from '../catalog/formats.js';
import type { Mode, RuntimeId } from '../request.js';
import { EXLLAMAV2_RULES } from './exllamav2.js';
import { LLAMA_CPP_RULES } from './llama-cpp.js';
import { MLX_RULES } from './mlx.js';
import { OLLAMA_RULES } from './ollama.js';
import { TRANSFORMERS_RULES } from './transformers.js';
import type { RuntimeRules } from './types.js';
import { VLLM_RULES } from './vllm.js';

export const RUNTIMES = {
  'llama.cpp': LLAMA_CPP_RULES, ollama: OLLAMA_RULES, vllm: VLLM_RULES,
  transformers: TRANSFORMERS_RULES, mlx: MLX_RULES, exllamav2: EXLLAMAV2_RULES,
} as const satisfies Record<RuntimeId, RuntimeRules>;

/**
 * The runtime asked for; else the one the format is made for (docs/contract.md §1); training always runs
 * in PyTorch. An ollama tag asks for ollama.
 */
export function chooseRuntime(asked: RuntimeId | undefined, format: FormatSpec, mode: Mode, fromTag: boolean): RuntimeRules {
  if (asked) return RUNTIMES[asked];
  if (mode !== 'inference') return RUNTIMES.transformers;
  if (fromTag) return RUNTIMES.ollama;
  return RUNTIMES[format.runtime];
}
