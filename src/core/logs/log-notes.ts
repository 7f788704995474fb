// What an explanation had to assume or wants the reader to know, as codes with their facts (words in src/i18n).
import type { Printed } from './amounts.js';

export type LogNote =
  /** the log names no model: the catalogued model with the shape it prints */
  | { readonly code: 'model_from_shape'; readonly model: string }
  /** no model could be reconstructed from the log: no estimate beside its figures */
  | { readonly code: 'model_unknown' }
  /** no GPU named or sized in the log: fixes are not checked against a card */
  | { readonly code: 'gpu_unknown' }
  /** the GPU is sized from the memory the log printed (an uncatalogued card) */
  | { readonly code: 'gpu_from_log_memory'; readonly gib: number }
  /** only the free memory ollama saw is known: the card is sized to it */
  | { readonly code: 'gpu_from_free_memory'; readonly gib: number }
  /** different cards: counted as that many cards of their average memory (gpus: means equal cards) */
  | { readonly code: 'mixed_gpus'; readonly count: number; readonly gib: number }
  /** the GPU is the one the asker's words name, not the log */
  | { readonly code: 'gpu_from_message'; readonly gpu: string }
  /** an old llama.cpp build that prints no flash_attn line ran without it */
  | { readonly code: 'flash_attention_assumed_off' }
  /** part of the model ran on the CPU: the log's GPU figures are not the whole model */
  | { readonly code: 'partial_offload'; readonly offloaded: number; readonly total: number }
  /** MoE experts kept on the CPU (-ot exps=CPU, --n-cpu-moe): llmmem's VRAM counts them on the GPU */
  | { readonly code: 'experts_on_cpu' }
  /** llmmem says the run fits the card, yet the log ran out: other programs held memory, or the card had less free */
  | { readonly code: 'estimate_fits_but_log_failed' }
  /** fixes are sized to what the card held when it failed: the buffers allocated before the failure */
  | { readonly code: 'capacity_from_log'; readonly bytes: number }
  /** an allocation failed and a retry succeeded (sched_reserve retries without pipeline parallelism) */
  | { readonly code: 'failure_recovered'; readonly device: string; readonly size: Printed | null }
  /** ollama's memory.* figures are its own estimate before loading, not what was allocated */
  | { readonly code: 'ollama_estimate' }
  /** the paste was longer than llmmem reads; the rest was not read */
  | { readonly code: 'log_truncated'; readonly maxChars: number };

export type LogNoteCode = LogNote['code'];
