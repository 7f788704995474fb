// English wording for every code and label.
import type { HubFailureReason } from '../core/issues.js';
import type { Messages } from './messages.js';

const HUB_REASONS_EN: Record<HubFailureReason, string> = {
  not_found: 'Hugging Face has no such repo or file',
  gated: 'That repo is gated or private and needs an HF_TOKEN with access',
  unavailable: 'Hugging Face could not be reached or did not answer in time',
  malformed: 'The file on Hugging Face has a header I cannot read',
};

export const en: Messages = {
  issue: {
    empty_input: () => `Tell me which model: a size, a file name or a Hugging Face repo.`,
    input_too_long: (i) => `That message is ${i.length} characters; I read at most ${i.max}.`,
    unknown_option: (i) =>
      `I don't know the option \`${i.input}:\`${i.suggestion ? ` — did you mean \`${i.suggestion}:\`?` : '.'}`,
    duplicate_option: (i) => `\`${i.option}:\` is given twice; give it once.`,
    missing_value: (i) => `\`${i.option}:\` needs a value after the colon.`,
    conflicting_model_sources: (i) =>
      `Name the model one way only; you gave ${i.options.map((o) => `\`${o}:\``).join(' and ')}.`,
    missing_model: () => `Which model? Give \`params:\`, \`file:\` or \`model:\`.`,
    invalid_number: (i) => `\`${i.option}:${i.input}\` is not a number.`,
    out_of_range: (i, u) =>
      `\`${i.option}:${i.input}\` is out of range (${i.option === 'params' ? `${u.params(i.min)} to ${u.params(i.max)}` : `${i.min} to ${i.max}`}).`,
    unknown_precision: (i) =>
      `I don't know the precision \`${i.input}\`${i.suggestion ? ` — did you mean \`precision:${i.suggestion}\`?` : '.'} Known: fp32, fp16, bf16, fp8, int8, int4, GGUF types (q4_k_m, q8_0, iq3_xxs…), gptq, awq, nf4, mxfp4, exl2.`,
    unknown_kv: (i) =>
      `I don't know the KV cache type \`${i.input}\`${i.suggestion ? ` — did you mean \`kv:${i.suggestion}\`?` : '.'} Known: fp16, bf16, fp32, fp8, q8_0, q4_0.`,
    unknown_mode: (i) =>
      `I don't know the mode \`${i.input}\`${i.suggestion ? ` — did you mean \`mode:${i.suggestion}\`?` : '.'} Known: inference, lora, qlora, full.`,
    unknown_gpu: (i) =>
      `I don't know the GPU \`${i.input}\`${i.suggestion ? ` — did you mean \`gpu:${i.suggestion}\`?` : '.'} A size in GB works too.`,
    unknown_lang: (i) => `I can answer in \`en\` or \`ja\`, not \`${i.input}\`.`,
    unknown_words: (i) =>
      i.words.length === 1
        ? `I don't know what \`${i.words[0]}\` means here.`
        : `I don't know what ${i.words.slice(0, 6).map((w) => `\`${w}\``).join(', ')}${i.words.length > 6 ? ' …' : ''} mean here.`,
    unknown_runtime: (i) =>
      `I don't know the runtime \`${i.input}\`${i.suggestion ? ` — did you mean \`runtime:${i.suggestion}\`?` : '.'} Known: llama.cpp, ollama, vllm, transformers, mlx, exllamav2.`,
    unknown_switch: (i) => `\`${i.option}:\` is \`on\` or \`off\`, not \`${i.input}\`.`,
    ctx_max_needs_gpu: () => '`ctx:max` finds the longest context that fits a GPU: name one with `gpu:`.',
    ctx_max_none: (i, u) => `Not even ${u.count(i.minimum)} tokens of context fit that GPU with this model; try a smaller quant or more GPUs.`,
    hub_host_refused: (i) => `I only read models from the configured Hugging Face Hub, not from \`${i.host}\`.`,
    hub_failed: (i) => `${HUB_REASONS_EN[i.reason]} (\`${i.repoId}\`), and its name does not tell its size.`,
    name_too_long: (i) => `That \`${i.option}:\` name is longer than ${i.max} characters; no model name is that long.`,
    no_size_in_name: (i) =>
      `I can't tell the size of \`${i.input}\` from its name${i.suggestion ? ` (did you mean \`${i.suggestion}\`?)` : ''}; give it with \`params:\`.`,
    hub_search_failed: (i) => i.reason === 'not_found'
      ? `\`${i.input}\` is not in my catalog, its name does not tell its size, and no Hugging Face repo matches it; give its size with \`params:\` or its repo with \`model:org/name\`.`
      : `\`${i.input}\` is not in my catalog and its name does not tell its size; I would search Hugging Face for it, but the search failed: ${HUB_REASONS_EN[i.reason]}. Give its size with \`params:\` or its repo with \`model:org/name\`.`,
  },
  warning: {
    architecture_reference: (w) => (w.model
      ? `${w.model}'s published config does not give its whole shape: parameters as published, KV cache and compute buffer from ${w.reference}'s shape (nearest size).`
      : `Architecture unknown: KV cache and compute buffer from ${w.reference}'s shape (nearest size).`),
    architecture_from_base: (w) => `Shape taken from ${w.base}, the model this one is built on.`,
    precision_assumed: (w) => `No precision given or in the name: assumed ${w.precision}.`,
    precision_native: (w) => `No precision given: sized in ${w.precision}, the format ${w.model} is published in.`,
    precision_from_tag: (w) => `${w.tag} is served by ollama as ${w.precision}; give precision: for another quant.`,
    precision_gguf_repo: (w) => `No file named: sized as the repo's ${w.precision} file, the one most people download.`,
    precision_overrides_name: (w) => `The name says ${w.fromName}; using ${w.used} as asked.`,
    gguf_width_preset: (w) => `A GGUF file named "${w.input}" holds llama.cpp's ${w.used} preset, not plain ${w.input === 'q4' ? '4' : '8'}-bit weights.`,
    precision_variant: (w) => `${w.input} counted as ${w.used} (it only changes a few tensors).`,
    moe_total_unknown: (w, u) =>
      `${w.experts}×${u.params(w.expertParams)} is a mixture of experts sharing attention; ${u.params(w.experts * w.expertParams)} is an upper bound. Give params: for the exact total.`,
    moe_active_only: (w, u) =>
      `${u.params(w.activeParams)} is the active size of ${w.experts} experts; all experts must be in memory, so the total is larger. Give params: for it.`,
    multiple_sizes: (w, u) => `The name has more than one size; used ${u.params(w.used)}.`,
    seed_width: (w) =>
      `${w.precision.toUpperCase()} counted as exactly ${w.precision === 'int4' ? 4 : 8} bits, as the original calculator did; real files store scales too: ${w.real.map((r) => `${r.label} ≈ ${Number(r.bitsPerWeight.toFixed(2))}`).join(', ')} bits per weight.`,
    exl2_bpw_assumed: (w) => `EXL2 without a bits-per-weight figure: assumed ${w.bitsPerWeight}bpw.`,
    context_over_max: (w) => `${w.model} was trained for at most ${w.maxContext.toLocaleString('en-US')} tokens of context.`,
    qlora_base_nf4: (w) => `QLoRA loads the base model in NF4; ${w.given} ignored for the weights.`,
    hub_fallback: (w) => `${HUB_REASONS_EN[w.reason]} (${w.repoId}); figures come from its name and the catalog.`,
    hub_exact: (w) => `Size and shape read from ${w.repoId} on Hugging Face.`,
    hub_not_consulted: (w) => `Hugging Face was not consulted for ${w.repoId}; figures come from its name and the catalog.`,
    v_cache_needs_flash_attention: (w) => `A ${w.kv} V cache needs flash attention in llama.cpp; sized with it on.`,
    runtime_default_context: (w, u) => `No ctx: given: ${w.runtime} would use ${u.count(w.tokens)} tokens here.`,
    within_fit_margin: (w, u) => `It fits with less than the ${u.bytes(w.marginBytes)} llama.cpp's --fit keeps free per GPU: left to itself it would shorten the context or move a layer to RAM; pass -ngl 99 (or -fit off) to use it all.`,
    option_ignored_by_runtime: (w) => `\`${w.option}:\` has no meaning for ${w.runtime}; ignored.`,
    gpu_variant_assumed: (w) =>
      `${w.family} is sold in more than one configuration: counted as the ${w.used} (${w.memoryGB} GB, ${w.bandwidthGBps} GB/s). Add the memory to gpu: if yours differs.`,
    hub_search_match: (w) => `${w.input} is not in my catalog: sized from ${w.repoId}, the most downloaded Hugging Face repo matching it.`,
  },
  line: {
    weights: 'Weights',
    kv_cache: 'KV cache',
    compute: 'Compute buffer',
    activations: 'Activations',
    gradients: 'Gradients',
    optimizer: 'Optimizer (Adam)',
    adapters: 'LoRA adapters + optimizer',
    runtime_reserve: 'Runtime reserve',
  },
  formatKind: {
    float: 'floating point',
    integer: 'plain integer width, as the original calculator counted it',
    gguf_legacy: 'GGUF legacy quant (llama.cpp), 32-weight blocks',
    gguf_k: 'GGUF k-quant mix (llama.cpp)',
    gguf_i: 'GGUF i-quant (llama.cpp, importance matrix)',
    ternary: 'GGUF ternary quant (BitNet/TriLM)',
    microscaling: 'microscaling FP4 (gpt-oss experts)',
    gptq: 'GPTQ (group 128, 16-bit embeddings)',
    awq: 'AWQ (group 128, 16-bit embeddings)',
    bitsandbytes: 'bitsandbytes NF4 with double quantization',
    exl2: 'ExLlamaV2 mixed bit width',
    mlx: 'MLX affine quant (group 64)',
    ggml_legacy: 'GGML legacy quant (2023 .bin), 16-weight blocks',
    mlc: 'MLC-LLM group quant',
    compressed_tensors: 'compressed-tensors INT8 weights and activations (vLLM)',
    nvfp4: 'NVIDIA FP4 (16-value blocks, FP8 scales)',
  },
  mode: { inference: 'inference', lora: 'LoRA fine-tuning', qlora: 'QLoRA fine-tuning', full: 'full fine-tuning (Adam)' },
  advice: {
    precision: (a, u) => `A smaller quant: ${a.value} needs ${u.bytes(a.vramBytes)}.`,
    context: (a, u) => (a.fits ? `Longest context that fits: ${u.count(Number(a.value))} tokens.` : `A shorter context: ${u.count(Number(a.value))} tokens fit.`),
    'kv-cache': (a, u) => `A ${a.value} KV cache brings it to ${u.bytes(a.vramBytes)}.`,
    'moe-offload': (a, u) => `Keep the experts of ${a.value} layers in system RAM: ${u.bytes(a.vramBytes)} on the GPU, ${u.bytes(a.ramBytes)} of RAM.`,
    offload: (a, u) => `Put ${a.value} layers on the GPU and the rest in system RAM (${u.bytes(a.ramBytes)}); expect it to be much slower.`,
    gpus: (a, u) => (/^\d+$/.test(a.value) ? `${a.value} of these GPUs hold it: ${u.bytes(a.vramBytes)} in all.` : `A bigger GPU: ${a.value} holds it.`),
    runtime: () => 'llama.cpp can split it between GPU and system RAM, which this runtime cannot.',
  },
  controls: { precision: 'Precision', ctx: 'Context', kv: 'KV cache' },
  sharding: {
    ddp: 'plain data parallelism (every GPU holds everything)',
    'zero-1': 'ZeRO-1 (optimizer states sharded)',
    'zero-2': 'ZeRO-2 (optimizer states and gradients sharded)',
    'zero-3': 'ZeRO-3 or FSDP full sharding (weights sharded too)',
  },
  glance: {
    fits: (gpu, used, free) => `✅ Fits ${gpu}: ${used} used, ${free} free`,
    fitsSplit: (gpu, used, ram) => `⚠️ Runs on ${gpu} with part in system RAM: ${used} on the GPU, ${ram} in RAM`,
    short: (gpu, short) => `❌ Does not fit ${gpu}: ${short} short`,
    needs: (vram) => `Needs ${vram} of GPU memory`,
    speed: (tps) => `≈ ${tps} tok/s`,
    speedBasis: (gbps, backend, ram) => `Speed: generation at batch 1, from ${gbps} GB/s of memory bandwidth on ${backend}${ram ? `, ${ram} per token read from system RAM` : ''}; an estimate.`,
    runtimeLine: (runtime, fa) => `${runtime} rules · flash attention ${fa ? 'on' : 'off'}`,
    gpuMemory: (gb) => `${gb} GB`,
    computeAndReserve: 'Compute buffer + reserve',
    whatToTry: 'What to try',
    shardingLine: (stage, gpus, perGpu) => `Training over ${gpus} GPUs needs ${stage}: ${perGpu} per GPU.`,
    used: 'used',
    groups: { gpu: 'GPU', ram: 'System RAM' },
  },
  home: {
    title: 'llmmem: will this model fit?',
    intro: 'Ask how much GPU memory (VRAM) and system RAM a language model needs, whether it fits your GPU, and what to change when it does not. Use /llmmem, mention @llmmem with a question, or pick "Ask llmmem" on any message to answer the question in it or explain a pasted llama.cpp, ollama or vLLM log.',
    examples: 'Try',
    more: 'Options: params, precision, file, model, ctx (32k, 1M, max), batch, kv, mode (lora, qlora, full), gpu, gpus, runtime, fa, ubatch, lang. A GPU alone lists what fits it.',
    unfurlTitle: (repo) => `${repo}: GPU memory at 8k tokens of context`,
    unfurlBasis: 'llmmem estimates (llama.cpp rules for GGUF quants); ask /llmmem for the details.',
  },
  candidates: {
    title: (gpu, context) => `What fits ${gpu} at ${context} tokens of context`,
    line: (model, precision, vram, speed) => `${model} · ${precision} · ${vram}${speed ? ` · ${speed}` : ''}`,
    none: 'None of the popular models fits this GPU, even at 3 bits.',
    basis: 'Each at the best quant that fits, biggest model first; ask one of the commands for its figures.',
  },
  text: {
    title: (model, precision) => `${model} · ${precision}`,
    paramsLine: (params, bits, active) => `${params} parameters${active ? ` (${active} active)` : ''} · ${bits} bits per weight`,
    contextLine: (tokens, batch, kv) => `Context ${tokens} tokens × ${batch} sequence${batch === 1 ? '' : 's'}, KV cache ${kv}`,
    vramTotal: 'GPU memory (VRAM)',
    ramWithGpu: 'System RAM (with GPU)',
    ramCpuOnly: 'System RAM (CPU only)',
    fits: (gpu, headroom) => `✅ Fits on ${gpu} with ${headroom} to spare.`,
    doesNotFit: (gpu, short) => `❌ Does not fit on ${gpu}: ${short} short.`,
    offload: (gpuLayers, totalLayers, ram) => `Offload ${gpuLayers} of ${totalLayers} layers to the GPU (\`-ngl ${gpuLayers}\`); the rest needs ${ram} of RAM.`,
    noOffloadTraining: 'Training cannot spill layers to the CPU: use a bigger GPU, more GPUs, or mode:qlora.',
    gpuBySize: (gib) => `a ${gib} GB GPU`,
    gpuCount: (count, name) => (count === 1 ? name : `${count} × ${name}`),
    notes: 'Notes',
    errorTitle: 'I could not read that request',
    tryExample: (command) => `Try \`${command}\`.`,
    sizeOnly: (params) => `${params} model`,
    postToChannel: 'Post to channel',
    rateLimited: 'You are asking faster than I answer here; please wait a few seconds and try again.',
    usageHint: 'Name a model and I will tell you the memory it needs, e.g. "can Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf run on a 3090 with 32k context?" or `/llmmem params:7 precision:int8`.',
    assumptions: (runtime) => `${runtime} memory rules · GiB = 1024³ bytes · estimates, not measurements`,
  },
};
