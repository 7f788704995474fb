// English words for log explanations.
import { printedText, type Printed } from '../core/logs/amounts.js';
import type { AllocStage } from '../core/logs/log-facts.js';
import type { LogMessages } from './log-messages.js';

const STAGE: Readonly<Record<AllocStage, string>> = {
  weights: 'model weights', kv_cache: 'KV cache', compute: 'compute buffer', output: 'output buffer', unknown: 'a buffer',
};

const p = (size: Printed | null) => (size ? printedText(size) : 'memory');
const on = (device: string) => (device ? ` on ${device}` : '');

export const logEn: LogMessages = {
  runtime: { 'llama.cpp': 'llama.cpp', ollama: 'ollama', vllm: 'vLLM', pytorch: 'PyTorch' },
  title: (runtime, lines, recognised) => `${runtime} log: ${lines} line${lines === 1 ? '' : 's'} read, ${recognised} recognised`,
  unrecognised: 'I found no llama.cpp, ollama, vLLM or PyTorch memory lines in this message.',
  heading: {
    figures: 'What the log shows',
    settings: 'Settings',
    estimate: "llmmem's estimate of the same run",
    fixes: 'What fixes it',
    notes: 'Notes',
  },
  figure: {
    weights: 'model buffer', kv_cache: 'KV buffer', compute: 'compute buffer', output: 'output buffer', input: 'input buffer',
    kv_total: 'KV cache, all layers',
    fit_projected: '--fit projection: device memory it would use', fit_free: '--fit projection: free device memory',
    ollama_required_full: 'memory.required.full (ollama estimate)', ollama_required_partial: 'memory.required.partial (ollama estimate)',
    ollama_required_kv: 'memory.required.kv (ollama estimate)', ollama_weights_total: 'memory.weights.total (ollama estimate)',
    ollama_graph_full: 'memory.graph.full (ollama estimate)', ollama_graph_partial: 'memory.graph.partial (ollama estimate)',
    ollama_available: 'free memory ollama saw', ollama_total: 'total memory',
    vllm_weights: 'model weights', vllm_kv_available: 'KV cache memory available', vllm_total_gpu: 'total GPU memory',
    vllm_requested: 'gpu_memory_utilization share', vllm_activation_peak: 'activation peak', vllm_non_torch: 'non-PyTorch memory',
    vllm_cuda_graph: 'CUDA graphs',
  },
  stage: STAGE,
  failure: {
    gpu_alloc_failed: (f) => `The GPU${on(f.device)} had no room for ${p(f.size)} for the ${STAGE[f.stage]}: the allocation failed (out of memory).`,
    host_alloc_failed: (f) => `System memory had no room for ${p(f.size)} for the ${STAGE[f.stage]}: the allocation failed.`,
    cuda_oom: () => 'CUDA ran out of memory while running (after the buffers were allocated).',
    ollama_system_memory: (f) => `ollama refused to load: the model needs ${printedText(f.required)} of system memory${f.available ? ` and ${printedText(f.available)} is available` : ''}.`,
    vllm_context_too_long: (f, u) => f.needed && f.available
      ? `One request of max_model_len ${u.count(f.maxModelLen)} tokens needs ${printedText(f.needed)} of KV cache; vLLM had ${printedText(f.available)} for it.`
      : `max_model_len ${u.count(f.maxModelLen)} is longer than the ${u.count(f.kvTokens ?? 0)} tokens vLLM's KV cache can hold.`,
    vllm_no_kv_memory: () => 'vLLM had no memory left for the KV cache after the weights and activations.',
    vllm_free_memory: (f) => `Only ${printedText(f.free)} of ${printedText(f.total)} was free when vLLM started, less than gpu_memory_utilization ${f.utilization} asks for.`,
    torch_oom: (f) => `PyTorch could not allocate ${printedText(f.tried)}${f.device !== null ? ` on GPU ${f.device}` : ''}${f.total ? ` (${printedText(f.total)} in all` : ''}${f.total && f.free ? `, ${printedText(f.free)} free)` : f.total ? ')' : ''}.`,
    fit_failed: () => "llama.cpp's --fit could not keep its free-memory margin on every device.",
  },
  noFailure: 'Nothing in this log stopped the run.',
  compared: { weights: 'Weights', kv_cache: 'KV cache', compute: 'Compute buffer', vram: 'GPU memory in all' },
  comparedSource: { printed: '', sum: 'sum over devices', ollama_estimate: "ollama's estimate", per_gpu: 'per GPU', failed: 'the allocation that failed' },
  columns: { log: 'log', llmmem: 'llmmem' },
  sameRun: (command) => `Same run asked of llmmem: \`${command}\``,
  fix: {
    kv_quant: () => 'Store the KV cache in q8_0 (half of f16), with flash attention on',
    flash_attention: () => 'Turn flash attention on (no attention scores in the compute buffer)',
    context: (f, u) => `Shorten the context to ${u.count(f.value ?? 0)} tokens`,
    ubatch: (f) => `Use a smaller physical batch of ${f.value ?? 0} tokens`,
    gpu_layers: (f) => `Keep ${f.value ?? 0} layers on the GPU and the rest in system RAM`,
    moe_offload: (f) => `Keep the experts of the first ${f.value ?? 0} layers in system RAM`,
    max_model_len: (f, u) => `Limit requests to ${u.count(f.value ?? 0)} tokens`,
    gpu_memory_utilization: (f) => `Let vLLM use ${Math.round((f.value ?? 0) * 100)} % of the GPU`,
    tensor_parallel: (f) => `Split the model over ${f.value ?? 0} GPUs`,
    kv_fp8: () => 'Store the KV cache in fp8 (half of fp16)',
    smaller_quant: (f) => `Use a smaller quant, ${f.flags}`,
  },
  verdict: (f, u) => {
    if (f.basis === 'log') return f.fits ? 'enough by the log’s own figures' : 'from the log’s own figures';
    if (f.kind === 'gpu_layers') return 'llmmem’s split';
    if (f.fits === null) return f.bytes !== null ? `${u.bytes(f.bytes)} by llmmem (no GPU to check)` : 'no GPU to check';
    const size = f.bytes !== null ? `${u.bytes(f.bytes)}, ` : '';
    return `${size}${f.fits ? 'fits' : 'does not fit'} by llmmem`;
  },
  note: {
    model_from_shape: (n) => `The log names no model; its shape (layers, widths, vocabulary) is ${n.model}'s.`,
    model_unknown: () => 'The log does not say which model ran, so llmmem has no estimate to put beside it. Paste the lines that name the file, or ask with `file:`.',
    gpu_unknown: () => 'The log names no GPU: add `gpu:` to the command to check the fixes against your card.',
    gpu_from_log_memory: (n) => `The GPU is sized from the ${n.gib} GiB the log printed.`,
    gpu_from_free_memory: (n) => `Only the free memory is known (${n.gib} GiB); the GPU is sized to it.`,
    gpu_from_message: (n) => `The GPU is the ${n.gpu} your message names; the log does not.`,
    mixed_gpus: (n) => `${n.count} different GPUs: llmmem counts them as cards of their average memory, ${n.gib} GiB each.`,
    flash_attention_assumed_off: () => 'An older llama.cpp build prints no flash_attn line: it ran without flash attention unless -fa was given.',
    partial_offload: (n) => `Only ${n.offloaded} of ${n.total} layers ran on the GPU; the log's GPU buffers are not the whole model.`,
    experts_on_cpu: () => "The experts were kept in system RAM (-ot exps=CPU / --n-cpu-moe); llmmem's VRAM counts them on the GPU.",
    estimate_fits_but_log_failed: () => 'llmmem expects this run to fit the card, yet it ran out: other programs held GPU memory, or less was free than the card has.',
    capacity_from_log: (n, u) => `The fixes are sized to the ${u.bytes(n.bytes)} the card held before it failed.`,
    failure_recovered: (n) => `Allocating ${p(n.size)}${on(n.device)} failed at first; a retry succeeded.`,
    ollama_estimate: () => "ollama's memory.* figures are its own estimate before loading, not what was allocated.",
    log_truncated: (n, u) => `The paste is longer than ${u.count(n.maxChars)} characters; the rest was not read.`,
  },
};
