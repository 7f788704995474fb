// The precision and context switches under every answer: each carries the command it would run.
import type { PrecisionId } from '../catalog/formats.js';
import { requestToCommand } from '../parse/to-command.js';
import { REQUEST_DEFAULTS, type EstimateRequest } from '../request.js';

/** The formats people weigh against each other most: full 16-bit, near-lossless 8-bit, the usual 4-bit. */
export const PRECISION_SWITCHES: readonly { id: PrecisionId; label: string }[] = [
  { id: 'fp16', label: 'FP16' }, { id: 'q8_0', label: 'Q8_0' }, { id: 'q4_k_m', label: 'Q4_K_M' },
];
/** The default context, 32k and 128k tokens, the context lengths model cards advertise. */
export const CONTEXT_SWITCHES: readonly { tokens: number; label: string }[] = [
  { tokens: REQUEST_DEFAULTS.contextTokens, label: '4k' }, { tokens: 32768, label: '32k' }, { tokens: 131072, label: '128k' },
];

export interface Switch {
  readonly group: 'precision' | 'context';
  readonly label: string;
  /** this is what the answer already shows */
  readonly active: boolean;
  /** the command that shows the answer with this switch applied */
  readonly command: string;
}

export function switchesFor(request: EstimateRequest, precisionShown: PrecisionId, contextShown: number): Switch[] {
  const precision = PRECISION_SWITCHES.map(({ id, label }): Switch => ({
    group: 'precision', label, active: id === precisionShown,
    command: requestToCommand({ ...request, precision: { id } }),
  }));
  const context = CONTEXT_SWITCHES.map(({ tokens, label }): Switch => ({
    group: 'context', label, active: tokens === contextShown,
    command: requestToCommand({ ...request, contextTokens: tokens, contextMax: false }),
  }));
  return [...precision, ...context];
}
