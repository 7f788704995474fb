// The pipeline every door runs (src/answer.ts: parse, resolve, estimate), as the `ask` the explainer checks fixes with.
// Pure and synchronous: no Hub look-up, so a log's model is sized from its name and the catalog.
import { estimate, type Estimate } from '../estimate/estimate.js';
import { parseRequest } from '../parse/to-request.js';
import { resolveModel } from '../resolve-model.js';

export function askLlmmem(command: string): Estimate | null {
  const parsed = parseRequest(command);
  if (!parsed.ok || !parsed.request.model) return null;
  const resolved = resolveModel(parsed.request.model);
  return resolved.ok ? estimate(parsed.request, resolved.model) : null;
}
