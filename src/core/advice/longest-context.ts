// ctx:max — the longest context that fits the GPUs asked, searched on the estimate itself, never past the
// model's trained maximum. Contexts move in steps of 256 tokens, the cells llama.cpp allocates in.
import { estimate } from '../estimate/estimate.js';
import type { EstimateRequest } from '../request.js';
import type { ResolvedModel } from '../resolve-model.js';

export const CONTEXT_STEP = 256;
/** The shortest context worth offering: a system prompt and a short exchange. */
export const MIN_USEFUL_CONTEXT = 2048;

const fitsAt = (request: EstimateRequest, model: ResolvedModel, tokens: number) =>
  estimate({ ...request, contextTokens: tokens, contextMax: false }, model).fit?.fits === true;

/** The longest context (a multiple of 256, at least MIN_USEFUL_CONTEXT) that fits, or null. */
export function longestContext(request: EstimateRequest, model: ResolvedModel): number | null {
  if (!request.gpu) return null;
  const cap = Math.max(MIN_USEFUL_CONTEXT, Math.floor(model.architecture.maxContext / CONTEXT_STEP) * CONTEXT_STEP);
  if (!fitsAt(request, model, MIN_USEFUL_CONTEXT)) return null;
  if (fitsAt(request, model, cap)) return cap;
  let lo = MIN_USEFUL_CONTEXT / CONTEXT_STEP;
  let hi = cap / CONTEXT_STEP;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (fitsAt(request, model, mid * CONTEXT_STEP)) lo = mid;
    else hi = mid;
  }
  return lo * CONTEXT_STEP;
}
