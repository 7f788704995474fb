// Decode speed at batch 1: each new token reads every active weight and the KV cache once, so the time per
// token is the bytes read over the memory bandwidth the backend reaches, plus a fixed cost per token
// (kernel launches, sampling). The two constants per backend are fitted on published llama-bench runs
// (test/fixtures/published/decode-speed.sample.tsv); layers left in
// system RAM are read at its bandwidth. Prompt processing is not estimated.
import type { Gpu } from '../catalog/gpus.js';
import type { Estimate } from '../estimate/estimate.js';

export type Backend = Gpu['backend'];

export interface BackendSpeed {
  /** share of the card's memory bandwidth decoding reaches on large models */
  readonly efficiency: number;
  /** fixed seconds per token (kernel launches, sampling), which dominate on small models */
  readonly overheadSeconds: number;
}

/**
 * Fitted (least median error) on the sample's single-GPU, full-offload llama-bench runs from 2024 on
 * (test/core/advice/speed.test.ts): CUDA on GDDR cards 14 runs, median error 6 %; HBM cards 2 runs (A100,
 * H100 PCIe), which reach a smaller share of their bandwidth; Metal 10 runs, 2 %; ROCm a single run
 * (RX 7900 XTX). SYCL has no run to fit on: Intel's own figures put Arc decoding near half its bandwidth.
 */
export const BACKEND_SPEED: Readonly<Record<Backend | 'cuda-hbm', BackendSpeed>> = {
  cuda: { efficiency: 0.72, overheadSeconds: 0.0005 },
  'cuda-hbm': { efficiency: 0.54, overheadSeconds: 0.0025 },
  metal: { efficiency: 0.93, overheadSeconds: 0.0062 },
  rocm: { efficiency: 0.82, overheadSeconds: 0.0069 },
  sycl: { efficiency: 0.5, overheadSeconds: 0.005 },
};

/** Cards with HBM stacks (their ids), whose decoding reaches a smaller share of the bandwidth than GDDR's. */
const HBM_CARDS = /^(?:tesla-)?(?:p100|v100|a100|a800|h100|h800|h20|h200|gh200|b200|b300|titan-v)|^mi\d/i;

/** System RAM when layers are left there: dual-channel DDR5-5600 (89.6 GB/s) at the ~60 % decoding reaches. */
export const SYSTEM_RAM_GBPS = 54;

function speedOf(gpu: Gpu): BackendSpeed {
  return gpu.backend === 'cuda' && HBM_CARDS.test(gpu.id) ? BACKEND_SPEED['cuda-hbm'] : BACKEND_SPEED[gpu.backend];
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
  const backend = gpu.backend;
  const { efficiency, overheadSeconds } = speedOf(gpu);
  const total = bytesPerToken(e);
  // the layers left in system RAM (asked with ngl:/cpumoe:, or the split advised) are read there, in their share
  const hostShare = e.fit.cpuLayersBytes / Math.max(1, e.weightsBytes - e.weights.tokenEmbeddingBytes + e.kvCacheBytes);
  const ramBytes = gpu.unified ? 0 : total * Math.min(1, Math.max(0, hostShare));
  const gpuBytes = total - ramBytes;
  const seconds = gpuBytes / (efficiency * gpu.bandwidthGBps * 1e9) + ramBytes / (SYSTEM_RAM_GBPS * 1e9) + overheadSeconds;
  return { tokensPerSecond: 1 / seconds, gpuBytesPerToken: gpuBytes, ramBytesPerToken: ramBytes, backend, bandwidthGBps: gpu.bandwidthGBps };
}
