// LogFacts → the llmmem command that asks about the same run: the model (its file, its GGUF name, the catalogued
// shape it prints, or its size), the quant, context, KV type, flash attention, physical batch, the GPU and how many.
import type { KvPrecisionId, PrecisionId } from '../catalog/formats.js';
import { requestToCommand } from '../parse/to-command.js';
import { EstimateRequestSchema, REQUEST_DEFAULTS, type EstimateRequestInput, type ModelSource, type RuntimeId } from '../request.js';
import { precisionOfFileType } from './ftype-names.js';
import { identifyArchitecture } from './identify-model.js';
import { fileNameOf } from './llama-cpp-model.js';
import { gpuOptionsOf } from './log-gpu.js';
import type { LogFacts, LogRuntime, LogSettings } from './log-facts.js';
import type { LogNote } from './log-notes.js';


const RUNTIME: Readonly<Record<LogRuntime, RuntimeId>> = { 'llama.cpp': 'llama.cpp', ollama: 'ollama', vllm: 'vllm', pytorch: 'transformers' };

const KV_TYPES: Readonly<Record<string, KvPrecisionId>> = {
  f16: 'fp16', bf16: 'bf16', f32: 'fp32', q8_0: 'q8_0', q4_0: 'q4_0', fp8: 'fp8', fp8_e4m3: 'fp8', fp8_e5m2: 'fp8',
};

/** vLLM's --dtype and --quantization names → llmmem precision ids. */
const VLLM_PRECISIONS: Readonly<Record<string, PrecisionId>> = {
  float16: 'fp16', half: 'fp16', bfloat16: 'bf16', float32: 'fp32', awq: 'awq', awq_marlin: 'awq', gptq: 'gptq',
  gptq_marlin: 'gptq', fp8: 'fp8', bitsandbytes: 'nf4', compressed_tensors: 'fp8',
};

/** Settings printed as in effect win over what a command line asked for. */
function effective(facts: LogFacts): LogSettings {
  const defined = Object.fromEntries(Object.entries(facts.settings).filter(([, v]) => v !== undefined));
  return { ...facts.asked, ...defined };
}

/**
 * Model names to try, best first: the file, the catalogued shape the log prints (n_layer, n_embd, n_head_kv,
 * n_vocab), the GGUF name, its size. The shape comes before general.name because names are often vague
 * ("LLaMA v2", "workspace", "DeepSeek R1" for a 671B model whose short name is also a 7B distill's tag).
 */
export function modelCandidates(facts: LogFacts, notes: LogNote[]): ModelSource[] {
  const sources: ModelSource[] = [];
  const named = facts.model.file ?? facts.asked.modelPath ?? facts.settings.modelPath;
  const file = named ? fileNameOf(named) : '';
  if (file && !/^sha256[-:]/i.test(file) && file.length > 2) sources.push({ kind: 'file', name: file });
  const shape = identifyArchitecture(facts.model);
  if (shape) {
    if (!sources.length) notes.push({ code: 'model_from_shape', model: shape.name });
    sources.push({ kind: 'file', name: shape.name });
  }
  const title = facts.model.name?.trim().replace(/\s+/g, '-');
  if (title && title.length > 2) sources.push({ kind: 'file', name: title.slice(0, 120) });
  if (facts.model.params && facts.model.params >= 1e6) sources.push({ kind: 'params', params: facts.model.params });
  return sources;
}

function precisionOf(facts: LogFacts, s: LogSettings): PrecisionId | undefined {
  if (facts.model.fileType) return precisionOfFileType(facts.model.fileType);
  return VLLM_PRECISIONS[(s.quantization ?? '').toLowerCase()] ?? VLLM_PRECISIONS[(s.dtype ?? '').toLowerCase()];
}

/** Context per sequence and sequences: llama.cpp's n_ctx counts all sequences unless the cache is unified. */
function contextOf(runtime: LogRuntime, facts: LogFacts, s: LogSettings): { contextTokens?: number; batch?: number } {
  if (runtime === 'vllm' || runtime === 'pytorch') {
    const tooLong = facts.failures.find((f) => f.code === 'vllm_context_too_long');
    const tokens = s.maxModelLen ?? (tooLong?.code === 'vllm_context_too_long' ? tooLong.maxModelLen : undefined);
    return tokens ? { contextTokens: tokens } : {};
  }
  const total = s.contextTokens;
  const sequences = s.sequences ?? 1;
  if (s.kvUnified === true || sequences <= 1) {
    const tokens = total ?? s.contextPerSequence;
    return tokens ? { contextTokens: tokens } : {};
  }
  const per = s.contextPerSequence ?? (total ? Math.floor(total / sequences) : undefined);
  return per ? { contextTokens: per, batch: sequences } : {};
}

export interface LogRun {
  /** commands for the same run, one per way of naming the model, best first */
  readonly commands: readonly string[];
}

export function runOfLog(facts: LogFacts, notes: LogNote[]): LogRun | null {
  const runtime = facts.runtime;
  if (!runtime) return null;
  const s = effective(facts);
  const precision = precisionOf(facts, s);
  const kv = KV_TYPES[(s.kvCacheDtype ?? s.typeK ?? '').toLowerCase()];
  let fa = s.flashAttention === 'auto' ? undefined : s.flashAttention;
  if (fa === undefined && s.flashAttention === undefined && facts.legacyPrefixes && runtime !== 'vllm' && runtime !== 'pytorch') {
    fa = 'off';
    notes.push({ code: 'flash_attention_assumed_off' });
  }
  const gpu = gpuOptionsOf(facts, notes);
  const base: Partial<EstimateRequestInput> = {
    ...(precision ? { precision: { id: precision } } : {}),
    ...contextOf(runtime, facts, s),
    ...(kv && kv !== REQUEST_DEFAULTS.kvPrecision ? { kvPrecision: kv } : {}),
    ...(fa && runtime !== 'vllm' && runtime !== 'pytorch' ? { flashAttention: fa === 'on' } : {}),
    ...(s.ubatch && runtime !== 'vllm' ? { ubatch: s.ubatch } : {}),
    ...gpu,
    runtime: RUNTIME[runtime],
  };
  const commands = modelCandidates(facts, notes).flatMap((model) => {
    const parsed = EstimateRequestSchema.safeParse({ ...base, model });
    return parsed.success ? [requestToCommand(parsed.data)] : [];
  });
  return commands.length ? { commands } : null;
}
