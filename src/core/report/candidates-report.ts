// `gpu:` alone → the neutral report of what fits that GPU, for every renderer.
import { candidatesFor, CANDIDATE_CONTEXT, type Candidate } from '../advice/candidates.js';
import { gpuById, gpuMemoryBytes } from '../catalog/gpus.js';
import type { EstimateRequest } from '../request.js';

export interface CandidatesReport {
  readonly gpuName: string | null;
  readonly gpuCount: number;
  /** one card's memory */
  readonly gpuMemoryBytes: number;
  readonly contextTokens: number;
  readonly candidates: readonly Candidate[];
}

const GIB = 1024 ** 3;

export function buildCandidatesReport(request: EstimateRequest): CandidatesReport {
  const gpu = request.gpu;
  const card = gpu?.kind === 'catalog' ? gpuById(gpu.id) : undefined;
  return {
    gpuName: card?.name ?? null,
    gpuCount: request.gpuCount,
    gpuMemoryBytes: card ? gpuMemoryBytes(card) : gpu?.kind === 'size' ? Math.round(gpu.memoryGiB * GIB) : 0,
    contextTokens: request.contextTokens ?? CANDIDATE_CONTEXT,
    candidates: candidatesFor(request),
  };
}
