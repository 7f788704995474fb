// `gpu:` with no model: which popular models fit that card, each at the best quant that fits, fastest
// first among equals. The list is the open models people ask about most in 2025–2026, dense and MoE, from
// 1 B to 235 B; each is sized like any other request, so asking a candidate's command gives its figures.
import { formatOf, type PrecisionId } from '../catalog/formats.js';
import { gpuById } from '../catalog/gpus.js';
import { estimate, type Estimate } from '../estimate/estimate.js';
import { requestToCommand } from '../parse/to-command.js';
import type { EstimateRequest } from '../request.js';
import { resolveModel, type ResolvedModel } from '../resolve-model.js';
import { decodeSpeed } from './speed.js';

/** Names as the catalog knows them; a name the catalog lacks is skipped rather than guessed. */
export const POPULAR_MODELS: readonly string[] = [
  'Qwen3-235B-A22B', 'gpt-oss-120b', 'GLM-4.5-Air', 'Llama-3.3-70B', 'Qwen2.5-72B', 'Qwen3-32B', 'gemma-3-27b',
  'Mistral-Small-3.2-24B', 'Qwen3-30B-A3B', 'gpt-oss-20b', 'Qwen3-14B', 'phi-4', 'gemma-3-12b', 'Mistral-Nemo-12B',
  'Qwen3-8B', 'Llama-3.1-8B', 'gemma-3-4b', 'Qwen3-4B', 'Llama-3.2-3B', 'Qwen3-1.7B',
];

/** The quants offered, best first: near-lossless down to the smallest that keeps answers sound. */
const CANDIDATE_QUANTS: readonly PrecisionId[] = ['q8_0', 'q6_k', 'q5_k_m', 'q4_k_m', 'iq4_xs', 'q3_k_m'];
/** The context candidates are sized at when the question gives none: room for a real conversation. */
export const CANDIDATE_CONTEXT = 8192;
export const MAX_CANDIDATES = 10;

export interface Candidate {
  readonly model: string;
  readonly params: number;
  readonly activeParams: number | null;
  readonly precision: PrecisionId;
  readonly precisionLabel: string;
  readonly command: string;
  readonly vramBytes: number;
  readonly fits: boolean;
  readonly decodeTokensPerSecond: number | null;
}

/** The quant asked ("what fits my 3070 in int4?"); else gpt-oss in its MXFP4, the rest down the GGUF ladder. */
function quantsFor(model: ResolvedModel, asked: EstimateRequest['precision']): readonly PrecisionId[] {
  if (asked) return [asked.id];
  return model.architecture.dtype === 'mxfp4' ? ['mxfp4'] : CANDIDATE_QUANTS;
}

/** Quality people get from a size: a mixture of experts behaves like the geometric mean of its total and active sizes. */
function effectiveParams(c: Candidate): number {
  return c.activeParams ? Math.sqrt(c.params * c.activeParams) : c.params;
}

function bestFit(name: string, model: ResolvedModel, base: EstimateRequest): { estimate: Estimate; request: EstimateRequest } | null {
  for (const id of quantsFor(model, base.precision)) {
    const request: EstimateRequest = { ...base, model: { kind: 'file', name }, precision: { ...base.precision, id } };
    const e = estimate(request, model);
    if (e.fit?.fits) return { estimate: e, request };
  }
  return null;
}

// the popular models resolve the same way every time: once per process
const RESOLVED = new Map<string, ResolvedModel | null>();
function resolvedPopular(name: string): ResolvedModel | null {
  if (!RESOLVED.has(name)) {
    const resolved = resolveModel({ kind: 'file', name });
    RESOLVED.set(name, resolved.ok && resolved.model.shapeSource === 'catalog' ? resolved.model : null);
  }
  return RESOLVED.get(name) ?? null;
}

export function candidatesFor(request: EstimateRequest): Candidate[] {
  const gpu = request.gpu?.kind === 'catalog' ? gpuById(request.gpu.id) ?? null : null;
  const base: EstimateRequest = { ...request, contextTokens: request.contextTokens ?? CANDIDATE_CONTEXT, contextMax: false };
  const found: Candidate[] = [];
  for (const name of POPULAR_MODELS) {
    const model = resolvedPopular(name);
    if (!model) continue;
    const best = bestFit(name, model, base);
    if (!best) continue;
    const e = best.estimate;
    found.push({
      model: model.architecture.name, params: e.model.params, activeParams: e.model.activeParams ?? null,
      precision: e.precision.id, precisionLabel: formatOf(e.precision.id).label, command: requestToCommand(best.request),
      vramBytes: e.vramBytes, fits: true, decodeTokensPerSecond: decodeSpeed(e, gpu)?.tokensPerSecond ?? null,
    });
  }
  return found.sort((a, b) => effectiveParams(b) - effectiveParams(a)).slice(0, MAX_CANDIDATES);
}
