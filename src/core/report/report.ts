// Estimate → the platform-neutral report every renderer draws from: labelled byte counts, no text.
import { formatOf, type FormatKind, type KvPrecisionId } from '../catalog/formats.js';
import type { Fit } from '../estimate/fit.js';
import type { Estimate } from '../estimate/estimate.js';
import type { Warning } from '../issues.js';
import type { Mode, RuntimeId } from '../request.js';
import { advise, type AdviceItem } from '../advice/advise.js';
import { requestToCommand } from '../parse/to-command.js';
import { decodeSpeed, type DecodeSpeed } from '../advice/speed.js';
import { gpuById } from '../catalog/gpus.js';
import type { Sharding } from '../estimate/training.js';
import { controlsFor, type Control } from './controls.js';

export const REPORT_LINE_KEYS = [
  'weights', 'kv_cache', 'compute', 'activations', 'gradients', 'optimizer', 'adapters', 'runtime_reserve',
] as const;
export type ReportLineKey = (typeof REPORT_LINE_KEYS)[number];

export interface ReportLine {
  readonly key: ReportLineKey;
  readonly bytes: number;
}

export interface Report {
  readonly title: {
    /** what the user named, or null for a bare size */
    readonly name: string | null;
    readonly catalogName: string | null;
    readonly params: number;
    readonly activeParams: number | null;
    readonly precisionLabel: string;
    readonly formatKind: FormatKind;
    readonly bitsPerWeight: number;
  };
  readonly mode: Mode;
  /** whose memory rules were applied */
  readonly runtime: RuntimeId;
  readonly flashAttention: boolean;
  readonly contextTokens: number;
  readonly batch: number;
  readonly kvPrecision: KvPrecisionId;
  readonly lines: readonly ReportLine[];
  readonly vramBytes: number;
  readonly ramBytes: number;
  readonly cpuOnlyRamBytes: number;
  readonly fit: Fit | null;
  /** with a GPU: what to change when it does not fit (how far it stretches when it does) */
  readonly advice: readonly AdviceItem[];
  /** with a catalogued GPU: generation speed at batch 1 */
  readonly speed: DecodeSpeed | null;
  /** training over several GPUs: the sharding it needs */
  readonly sharding: Sharding | null;
  readonly warnings: readonly Warning[];
  /** the command this report answers: every control's state */
  readonly command: string;
  /** precision, context and KV cache choices around what is shown */
  readonly controls: readonly Control[];
}

export function buildReport(estimate: Estimate): Report {
  const training = estimate.training;
  const candidates: ReportLine[] = [
    { key: 'weights', bytes: estimate.weightsBytes },
    { key: 'kv_cache', bytes: training ? 0 : estimate.kvCacheBytes },
    { key: 'compute', bytes: training ? 0 : estimate.computeBytes },
    { key: 'activations', bytes: training ? training.activationsBytes : 0 },
    { key: 'gradients', bytes: training?.gradientsBytes ?? 0 },
    { key: 'optimizer', bytes: training?.optimizerBytes ?? 0 },
    { key: 'adapters', bytes: training?.adapterBytes ?? 0 },
    { key: 'runtime_reserve', bytes: estimate.runtimeReserveBytes },
  ];
  // inference always shows its KV cache line, even when tiny; training lines only when they apply
  const lines = candidates.filter((line) => line.bytes > 0 || (line.key === 'kv_cache' && !training));
  return {
    title: {
      name: estimate.model.name,
      catalogName: estimate.model.catalogName,
      params: estimate.model.params,
      activeParams: estimate.model.activeParams ?? null,
      precisionLabel: estimate.precision.label,
      formatKind: formatOf(estimate.precision.id).kind,
      bitsPerWeight: estimate.precision.bitsPerWeight,
    },
    mode: estimate.mode,
    runtime: estimate.runtime,
    flashAttention: estimate.flashAttention,
    contextTokens: estimate.contextTokens,
    batch: estimate.request.batch,
    kvPrecision: estimate.request.kvPrecision,
    lines,
    vramBytes: estimate.vramBytes,
    ramBytes: estimate.ramBytes,
    cpuOnlyRamBytes: estimate.cpuOnlyRamBytes,
    fit: estimate.fit,
    advice: advise(estimate, estimate.model),
    // a model that does not fit has no speed of its own; the advice that makes it fit says its speed
    speed: estimate.fit?.fits ? decodeSpeed(estimate, estimate.request.gpu?.kind === 'catalog' ? gpuById(estimate.request.gpu.id) ?? null : null) : null,
    sharding: estimate.sharding,
    warnings: estimate.warnings,
    command: requestToCommand(estimate.request),
    controls: controlsFor(estimate),
  };
}
