// ollama refused to load because system memory is short ("model requires more system memory (X) than is available
// (Y)"): the next smaller GGUF quant whose memory, by llmmem's estimate, is within what was available.
import { formatOf, type PrecisionId } from '../catalog/formats.js';
import type { Estimate } from '../estimate/estimate.js';
import type { LogFailure } from './log-facts.js';
import { tryRequest, type AskLlmmem, type LogFix, type Trial } from './log-fix.js';

/** llama-quantize presets from larger to smaller, the ones ollama's library and GGUF repos publish. */
const GGUF_LADDER: readonly PrecisionId[] = ['q8_0', 'q6_k', 'q5_k_m', 'q4_k_m', 'q3_k_m', 'q2_k', 'iq2_xxs', 'iq1_m'];

/** System memory the run needs: beside a GPU what does not fit it, else all of it. */
const systemBytes = (estimate: Estimate) => (estimate.fit ? estimate.ramBytes : estimate.cpuOnlyRamBytes);

export function ramFixes(failure: Extract<LogFailure, { code: 'ollama_system_memory' }>, base: Trial, ask: AskLlmmem): LogFix[] {
  const available = failure.available?.bytes;
  if (available === undefined) return [];
  const at = GGUF_LADDER.indexOf(base.estimate.precision.id);
  for (const id of GGUF_LADDER.slice(at < 0 ? GGUF_LADDER.indexOf('q4_k_m') : at + 1)) {
    const trial = tryRequest(ask, { ...base.estimate.request, precision: { id } });
    if (trial && systemBytes(trial.estimate) <= available) {
      return [{ kind: 'smaller_quant', flags: formatOf(id).label, value: null, command: trial.command, bytes: systemBytes(trial.estimate), fits: true, basis: 'llmmem' }];
    }
  }
  return [];
}
