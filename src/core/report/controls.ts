// The controls under every answer: precision, context and KV cache type, each a short list around what is
// shown. A control's state is the answer's own command; choosing an option changes one field of it.
import { PRECISION_LADDERS } from '../advice/ladders.js';
import { formatOf, type KvPrecisionId, type PrecisionId } from '../catalog/formats.js';
import type { Estimate } from '../estimate/estimate.js';
import { parseRequest } from '../parse/to-request.js';
import { requestToCommand } from '../parse/to-command.js';
import { formatTokens } from '../parse/tokens-text.js';
import type { EstimateRequest, RuntimeId } from '../request.js';

export const CONTROL_IDS = ['precision', 'ctx', 'kv'] as const;
export type ControlId = (typeof CONTROL_IDS)[number];

export interface ControlOption {
  readonly label: string;
  /** what the field becomes (`q6_k`, `32k`, `max`, `q8_0`): short, as platforms cap option values */
  readonly value: string;
  readonly active: boolean;
}

export interface Control {
  readonly id: ControlId;
  readonly options: readonly ControlOption[];
}

/** Platforms show at most 25 options in one menu (Discord string select, Slack static select hold 100). */
const MAX_OPTIONS = 25;
/** The context lengths model cards advertise. */
const CONTEXTS = [2048, 4096, 8192, 16384, 32768, 65536, 131072, 262144, 524288, 1048576];
/** KV cache types each runtime can allocate (llama.cpp -ctk/-ctv, vLLM --kv-cache-dtype, ExLlamaV2 cache modes). */
const KV_TYPES: Readonly<Record<RuntimeId, readonly KvPrecisionId[]>> = {
  'llama.cpp': ['fp16', 'q8_0', 'q4_0'], ollama: ['fp16', 'q8_0', 'q4_0'], vllm: ['fp16', 'fp8'],
  exllamav2: ['fp16', 'q8_0', 'q4_0'], transformers: [], mlx: [],
};

function precisionControl(e: Estimate): Control | null {
  // QLoRA always loads its base in NF4: there is nothing to choose
  if (e.mode === 'qlora') return null;
  const shown = e.precision.id;
  const native = e.model.architecture.dtype === 'fp8' || e.model.architecture.dtype === 'mxfp4' ? e.model.architecture.dtype : 'bf16';
  const ids: PrecisionId[] = [native, ...PRECISION_LADDERS[e.runtime].filter((s) => s.bitsPerWeight === undefined).map((s) => s.id)];
  if (!ids.includes(shown)) ids.unshift(shown);
  const unique = [...new Set(ids)].slice(0, MAX_OPTIONS);
  return { id: 'precision', options: unique.map((id) => ({ label: formatOf(id).label, value: id, active: id === shown })) };
}

function contextControl(e: Estimate): Control {
  const max = e.model.shapeSource === 'size-reference' ? 131072 : e.model.architecture.maxContext;
  const tokens = CONTEXTS.filter((t) => t <= max);
  if (!tokens.includes(e.contextTokens)) tokens.push(e.contextTokens);
  const options: ControlOption[] = tokens.sort((a, b) => a - b).map((t) => ({
    label: formatTokens(t), value: formatTokens(t), active: t === e.contextTokens && !e.request.contextMax,
  }));
  if (e.fit) options.push({ label: 'max', value: 'max', active: e.request.contextMax });
  return { id: 'ctx', options: options.slice(-MAX_OPTIONS) };
}

function kvControl(e: Estimate): Control | null {
  const types = KV_TYPES[e.runtime];
  if (types.length < 2 || e.training) return null;
  return { id: 'kv', options: types.map((kv) => ({ label: kv, value: kv, active: kv === e.request.kvPrecision })) };
}

export function controlsFor(e: Estimate): Control[] {
  return [precisionControl(e), contextControl(e), kvControl(e)].filter((c): c is Control => c !== null);
}

/** The command with one control's field set: what a choice asks. Null when the command or the value does not parse. */
export function applyControl(command: string, id: ControlId, value: string): string | null {
  const parsed = parseRequest(command);
  if (!parsed.ok) return null;
  const option = parseRequest(`params:7 ${id}:${value}`);
  if (!option.ok) return null;
  const base = parsed.request;
  const changed: EstimateRequest = id === 'precision'
    ? { ...base, ...(option.request.precision ? { precision: option.request.precision } : {}) }
    : id === 'ctx'
      ? { ...base, contextMax: option.request.contextMax, ...(option.request.contextTokens !== undefined ? { contextTokens: option.request.contextTokens } : {}) }
      : { ...base, kvPrecision: option.request.kvPrecision };
  // ctx:max is answered only with a GPU; a split asked with ngl:/cpumoe: no longer applies to a new precision
  return requestToCommand(id === 'precision' ? { ...changed, gpuLayers: undefined, cpuMoeLayers: undefined } : changed);
}
