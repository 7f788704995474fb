// Estimate → the contract's JSON object (docs/contract.md §2): integer bytes, canonical ids, warnings in the
// reply's language.
import type { Reply } from '../answer.js';
import type { AdviceKind } from '../core/advice/advise.js';
import type { Estimate } from '../core/estimate/estimate.js';
import type { CandidatesReport } from '../core/report/candidates-report.js';
import type { Report } from '../core/report/report.js';
import { en } from '../i18n/en.js';
import type { Messages } from '../i18n/messages.js';
import { CLI_PREFIX, describeIssues, type FailedReply, warningText } from './phrases.js';

export interface EstimateJson {
  readonly params: number;
  readonly activeParams: number | null;
  readonly precision: string;
  readonly bitsPerWeight: number;
  readonly weightsBytes: number;
  readonly kvCacheBytes: number;
  readonly computeBytes: number;
  readonly runtimeReserveBytes: number;
  readonly trainingBytes: { gradients: number; optimizer: number; adapters: number; activations: number } | null;
  readonly vramBytes: number;
  readonly ramBytes: number;
  readonly cpuOnlyRamBytes: number;
  readonly contextLength: number;
  readonly batch: number;
  readonly kvCachePrecision: string;
  readonly mode: string;
  readonly model: { name: string | null; catalog: string | null; architectureSource: string; source: string } | null;
  readonly fit: { gpu: string | null; gpus: number; usableBytes: number; fits: boolean; headroomBytes: number; gpuLayers: number | null; totalLayers: number } | null;
  readonly warnings: readonly string[];
  readonly runtime: string;
  readonly flashAttention: boolean;
  readonly advice: readonly { kind: AdviceKind; command: string; flags: readonly string[]; vramBytes: number; fits: boolean }[];
  readonly decodeTokensPerSecond: number | null;
  readonly sharding: string | null;
}

export function estimateToJson(e: Estimate, report: Report, m: Messages = en): EstimateJson {
  const t = e.training;
  const architecture = e.model.architecture;
  return {
    params: e.model.params,
    activeParams: e.model.activeParams ?? null,
    precision: e.precision.id,
    bitsPerWeight: Number(e.precision.bitsPerWeight.toFixed(4)),
    weightsBytes: e.weightsBytes,
    kvCacheBytes: e.kvCacheBytes,
    computeBytes: e.computeBytes,
    runtimeReserveBytes: e.runtimeReserveBytes,
    trainingBytes: t ? { gradients: t.gradientsBytes, optimizer: t.optimizerBytes, adapters: t.adapterBytes, activations: t.activationsBytes } : null,
    vramBytes: e.vramBytes,
    ramBytes: e.ramBytes,
    cpuOnlyRamBytes: e.cpuOnlyRamBytes,
    contextLength: e.contextTokens,
    batch: e.request.batch,
    kvCachePrecision: e.request.kvPrecision,
    mode: e.mode,
    model: e.model.name === null && e.model.shapeSource === 'size-reference'
      ? null
      : { name: e.model.name, catalog: e.model.catalogName, architectureSource: e.model.shapeSource, source: architecture.source },
    fit: e.fit
      ? { gpu: e.fit.gpuId, gpus: e.fit.gpuCount, usableBytes: e.fit.usableBytes, fits: e.fit.fits, headroomBytes: e.fit.headroomBytes, gpuLayers: e.fit.gpuLayers, totalLayers: e.fit.totalLayers }
      : null,
    warnings: e.warnings.map((w) => warningText(w, m)),
    runtime: e.runtime,
    flashAttention: e.flashAttention,
    advice: report.advice.map((a) => ({ kind: a.kind, command: a.command, flags: a.flags, vramBytes: a.vramBytes, fits: a.fits })),
    decodeTokensPerSecond: report.speed ? Number(report.speed.tokensPerSecond.toFixed(1)) : null,
    sharding: report.sharding,
  };
}

export interface ErrorJson {
  readonly error: string;
  readonly issues: readonly { code: string }[];
  /** a command that works, built from what was understood */
  readonly example: string;
}

export function issuesToJson(reply: FailedReply): ErrorJson {
  const { sentences, example } = describeIssues(reply, CLI_PREFIX);
  return { error: [...sentences, example].join(' '), issues: reply.issues.map(({ code }) => ({ code })), example: `${CLI_PREFIX}${reply.example}` };
}

export interface CandidatesJson {
  readonly gpu: string | null;
  readonly gpus: number;
  readonly gpuMemoryBytes: number;
  readonly contextLength: number;
  readonly candidates: readonly {
    model: string; params: number; precision: string; command: string; vramBytes: number; fits: boolean; decodeTokensPerSecond: number | null;
  }[];
}

export function candidatesToJson(report: CandidatesReport, gpuId: string | null): CandidatesJson {
  return {
    gpu: gpuId, gpus: report.gpuCount, gpuMemoryBytes: report.gpuMemoryBytes, contextLength: report.contextTokens,
    candidates: report.candidates.map((c) => ({
      model: c.model, params: c.params, precision: c.precision, command: c.command, vramBytes: c.vramBytes, fits: c.fits,
      decodeTokensPerSecond: c.decodeTokensPerSecond === null ? null : Number(c.decodeTokensPerSecond.toFixed(1)),
    })),
  };
}

/** Whatever the pipeline gave, as the contract's JSON. */
export function replyToJson(reply: Reply): EstimateJson | CandidatesJson | ErrorJson {
  if (!reply.ok) return issuesToJson(reply);
  if (reply.kind === 'estimate') return estimateToJson(reply.estimate, reply.report, reply.messages);
  return candidatesToJson(reply.report, reply.request.gpu?.kind === 'catalog' ? reply.request.gpu.id : null);
}
