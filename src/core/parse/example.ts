// The example a message ends with, built from what the user gave: their model, GPU and context kept,
// the part that was wrong replaced by its nearest valid spelling (or left out), so it runs as typed.
import { EstimateRequestSchema, type EstimateRequestInput } from '../request.js';
import { requestToCommand } from './to-command.js';

/** What every message falls back to when nothing the user gave can be kept. */
export const WORKING_EXAMPLE = 'params:7 precision:int8';
/** A size to put beside a name that carries none: the commonest size people ask about. */
export const PLACEHOLDER_PARAMS = 7e9;

/** The shortest command for these options, or the working example when they still do not validate. */
export function exampleCommand(input: Partial<EstimateRequestInput>): string {
  const withModel = input.model || input.gpu ? input : { ...input, model: { kind: 'params' as const, params: PLACEHOLDER_PARAMS } };
  const parsed = EstimateRequestSchema.safeParse(withModel);
  return parsed.success ? requestToCommand(parsed.data) : WORKING_EXAMPLE;
}
