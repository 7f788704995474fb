// Decode speed at batch 1: each new token reads every active weight and the KV cache once, so the time per
// token is the bytes read over the memory bandwidth the backend reaches, plus a fixed cost per token
// (kernel launches, sampling). The two constants per backend are fitted on published llama-bench runs
// (test/fixtures/published/decode-speed.sample.tsv, fitted by test/bench/speed.report.ts); layers left in
// system RAM are read at its bandwidth. Prompt processing is not estimated.
import type { Gpu } from '../catalog/gpus.js';
import type { Estimate } from '../estimate/estimate.js';

export type Backend = 'cuda' | 'rocm' | 'metal' | 'vulkan' | 'sycl';

export interface BackendSpeed {
  /** share of the card's memory bandwidth decoding reaches on large models */
  readonly efficiency: number;
  /** fixed seconds per token */
  readonly overheadSeconds: number;
}

/** Fitted on the sample's full-offload runs (median error: CUDA 7 %, Metal 3 %, Vulkan 14 %). */
export const BACKEND_SPEED: Readonly<Record<Backend, BackendSpeed>> = {
  cuda: { efficiency: 0.95, overheadSeconds: 0.0028 },
  // one ROCm run in the sample (RX 7900 XTX, Mistral-7B Q4_K_M, 81.1 tok/s) puts it near Vulkan's
  rocm: { efficiency: 0.6, overheadSeconds: 0.0028 },
  metal: { efficiency: 0.8, overheadSeconds: 0.0052 },
  vulkan: { efficiency: 0.74, overheadSeconds: 0.0019 },
  sycl: { efficiency: 0.5, overheadSeconds: 0.005 },
};

/** System RAM when layers are left there: dual-channel DDR5-5600 (89.6 GB/s) at the ~60 % decoding reaches. */
export const SYSTEM_RAM_GBPS = 54;

export function gpuBackend(gpu: Gpu): Backend {
  return gpu.backend;
}

export interface DecodeSpeed {
  readonly tokensPerSecond: number;
  /** bytes read per token from GPU memory and from system RAM */
  readonly gpuBytesPerToken: number;
  readonly ramBytesPerToken: number;
  readonly backend: Backend;
  readonly bandwidthGBps: number;
}

/** Bytes one decoding step reads: the weights it uses (a mixture of experts only its active experts) and the cache. */
export function bytesPerToken(e: Estimate): number {
  const w = e.weights;
  const moe = e.model.architecture.moe;
  const experts = moe ? w.expertBytes * (moe.activeExperts / moe.experts) : 0;
  // the embedding table is looked up one row at a time, not read whole
  return w.bytes - w.tokenEmbeddingBytes - w.expertBytes + experts + e.kvCacheBytes;
}

export function decodeSpeed(e: Estimate, gpu: Gpu | null): DecodeSpeed | null {
  // a model that neither fits nor can be split does not run at all
  if (!gpu || !e.fit || e.training || (!e.fit.fits && e.fit.gpuLayers === null)) return null;
  const backend = gpuBackend(gpu);
  const { efficiency, overheadSeconds } = BACKEND_SPEED[backend];
  const total = bytesPerToken(e);
  // the layers left in system RAM (asked with ngl:/cpumoe:, or the split advised) are read there, in their share
  const hostShare = e.fit.cpuLayersBytes / Math.max(1, e.weightsBytes - e.weights.tokenEmbeddingBytes + e.kvCacheBytes);
  const ramBytes = gpu.unified ? 0 : total * Math.min(1, Math.max(0, hostShare));
  const gpuBytes = total - ramBytes;
  const seconds = gpuBytes / (efficiency * gpu.bandwidthGBps * 1e9) + ramBytes / (SYSTEM_RAM_GBPS * 1e9) + overheadSeconds;
  return { tokensPerSecond: 1 / seconds, gpuBytesPerToken: gpuBytes, ramBytesPerToken: ramBytes, backend, bandwidthGBps: gpu.bandwidthGBps };
}
