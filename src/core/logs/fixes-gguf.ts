// Fixes for a llama.cpp or ollama run that did not fit, in the order the failed stage calls for: a KV cache that
// did not fit wants a smaller cache first, a compute buffer flash attention or a smaller -ub, weights fewer layers.
import type { AllocStage, LogFailure } from './log-facts.js';
import { checkedFix, fitsGpu, longestFittingContext, tryRequest, type AskLlmmem, type FixKind, type LogFix, type Trial } from './log-fix.js';

type GgufRuntime = 'llama.cpp' | 'ollama';

/**
 * Flags as each runtime spells them: llama.cpp common/arg.cpp (`-c`, `-ngl`, `-ctk/-ctv`, `-fa on|off|auto`, `-ub`,
 * `--n-cpu-moe N` "keep the MoE weights of the first N layers in the CPU"); ollama's options `num_ctx`/`num_gpu` (a
 * Modelfile PARAMETER or `/set parameter`) and OLLAMA_FLASH_ATTENTION / OLLAMA_KV_CACHE_TYPE (envconfig/config.go,
 * https://github.com/ollama/ollama/blob/1a19df1f3a39481dfe686c8f1041f91531a04ada/envconfig/config.go).
 */
const FLAGS: Readonly<Record<GgufRuntime, Partial<Record<FixKind, (n: number) => string>>>> = {
  'llama.cpp': {
    kv_quant: () => '-ctk q8_0 -ctv q8_0 -fa on', flash_attention: () => '-fa on', context: (n) => `-c ${n}`,
    ubatch: (n) => `-ub ${n}`, gpu_layers: (n) => `-ngl ${n}`, moe_offload: (n) => `--n-cpu-moe ${n}`,
  },
  ollama: {
    kv_quant: () => 'OLLAMA_FLASH_ATTENTION=1 OLLAMA_KV_CACHE_TYPE=q8_0', flash_attention: () => 'OLLAMA_FLASH_ATTENTION=1',
    context: (n) => `num_ctx ${n}`, gpu_layers: (n) => `num_gpu ${n}`,
  },
};

const ORDER: Readonly<Record<AllocStage | 'none', readonly FixKind[]>> = {
  kv_cache: ['kv_quant', 'context', 'moe_offload', 'gpu_layers'],
  compute: ['flash_attention', 'ubatch', 'context', 'gpu_layers'],
  weights: ['moe_offload', 'gpu_layers', 'context'],
  output: ['ubatch', 'gpu_layers'],
  unknown: ['kv_quant', 'flash_attention', 'context', 'moe_offload', 'gpu_layers'],
  none: ['kv_quant', 'flash_attention', 'context', 'moe_offload', 'gpu_layers'],
};

/** Smaller physical batches shrink every activation in the compute buffer in proportion (ggml-alloc sizes it for -ub tokens). */
const UBATCH_STEPS = [256, 128] as const;

const MAX_FIXES = 4;

type Builder = (base: Trial, ask: AskLlmmem, flag: (n: number) => string) => LogFix | null;

const BUILDERS: Readonly<Partial<Record<FixKind, Builder>>> = {
  kv_quant: (base, ask, flag) => {
    if (!['fp16', 'bf16', 'fp32'].includes(base.estimate.request.kvPrecision)) return null;
    const trial = tryRequest(ask, { ...base.estimate.request, kvPrecision: 'q8_0', flashAttention: true });
    return fitsGpu(trial) ? checkedFix('kv_quant', flag(0), null, trial) : null;
  },
  flash_attention: (base, ask, flag) => {
    if (base.estimate.flashAttention) return null;
    const trial = tryRequest(ask, { ...base.estimate.request, flashAttention: true });
    return fitsGpu(trial) ? checkedFix('flash_attention', flag(0), null, trial) : null;
  },
  context: (base, ask, flag) => {
    const trial = longestFittingContext(ask, base.estimate.request, base.estimate.contextTokens);
    return trial ? checkedFix('context', flag(trial.estimate.contextTokens), trial.estimate.contextTokens, trial) : null;
  },
  ubatch: (base, ask, flag) => {
    for (const ubatch of UBATCH_STEPS.filter((u) => u < base.estimate.request.ubatch)) {
      const trial = tryRequest(ask, { ...base.estimate.request, ubatch });
      if (fitsGpu(trial)) return checkedFix('ubatch', flag(ubatch), ubatch, trial);
    }
    return null;
  },
  // llmmem's own offload count: asking the same command again says "offload N of M layers"
  gpu_layers: (base, _ask, flag) => {
    const fit = base.estimate.fit;
    if (!fit || fit.gpuLayers === null || fit.gpuLayers <= 0 || fit.gpuLayers >= fit.totalLayers) return null;
    return { kind: 'gpu_layers', flags: flag(fit.gpuLayers), value: fit.gpuLayers, command: base.command, bytes: null, fits: true, basis: 'llmmem' };
  },
  // experts of the first N layers to system RAM, N just enough to cover what the card lacks
  moe_offload: (base, _ask, flag) => {
    const { fit, weights, model } = base.estimate;
    const layers = model.architecture.layers;
    if (!fit || weights.expertBytes <= 0 || fit.headroomBytes >= 0) return null;
    const perLayer = weights.expertBytes / layers;
    const n = Math.ceil(-fit.headroomBytes / perLayer);
    if (n > layers) return null;
    return { kind: 'moe_offload', flags: flag(n), value: n, command: null, bytes: Math.round(base.estimate.vramBytes - n * perLayer), fits: true, basis: 'llmmem' };
  },
};

export function ggufFixes(runtime: GgufRuntime, base: Trial, failure: LogFailure | null, ask: AskLlmmem): LogFix[] {
  if (!base.estimate.fit || base.estimate.fit.fits) return [];
  const stage = failure && 'stage' in failure ? failure.stage : 'none';
  const fixes: LogFix[] = [];
  for (const kind of ORDER[stage]) {
    const flag = FLAGS[runtime][kind];
    const build = BUILDERS[kind];
    const fix = flag && build ? build(base, ask, flag) : null;
    if (fix) fixes.push(fix);
    if (fixes.length >= MAX_FIXES) break;
  }
  return fixes;
}
