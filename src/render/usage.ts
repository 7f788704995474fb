// `llmmem --help` and the console's `help`: every option with an example that works (each one is parsed by
// test/cli/cli.test.ts).
export const OPTION_HELP: readonly (readonly [string, string, string])[] = [
  ['params:', 'parameter count: 7 (billions), 1.5B, 135m, 8x7b, 1T', 'params:7 precision:int8'],
  ['precision:', 'fp16 bf16 fp8 int8 int4, GGUF types (q4_k_m, q8_0, iq3_xxs…), gptq, awq, nf4, mxfp4, "exl2 4.0bpw"', 'params:8 precision:q4_k_m'],
  ['file:', 'a model file, repo or ollama tag; size and precision come from its name', 'file:Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf'],
  ['model:', 'a Hugging Face repo id (read from the Hub when HF_ENDPOINT is reachable)', 'model:Qwen/Qwen2.5-7B-Instruct'],
  ['ctx:', 'context tokens: 8192, 32k, 128K, 1M, or max (the longest that fits gpu:)', 'file:llama3.1:8b ctx:max gpu:rtx4090'],
  ['batch:', 'sequences served at once', 'params:7 batch:4'],
  ['kv:', 'KV cache type: fp16 bf16 fp32 fp8 q8_0 q4_0', 'params:7 kv:q8_0'],
  ['mode:', 'inference, lora, qlora, full (training with Adam)', 'params:7 mode:qlora gpu:rtx3090'],
  ['gpu:', 'a GPU name or a size in GB; alone, it lists what fits it', 'gpu:rtx4090'],
  ['gpus:', 'how many of those GPUs', 'file:llama3.3:70b gpu:rtx3090 gpus:2'],
  ['runtime:', 'llama.cpp ollama vllm transformers mlx exllamav2', 'file:Qwen2.5-7B-Instruct-AWQ runtime:vllm gpu:rtx4090'],
  ['fa:', 'flash attention on or off (llama.cpp, ollama)', 'file:Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf ctx:32k fa:off'],
  ['ubatch:', "llama.cpp's physical batch (-ub)", 'params:7 ubatch:256'],
  ['ngl:', "layers on the GPU, as llama.cpp's -ngl counts them", 'file:llama-2-70b-chat.Q4_K_M.gguf gpu:rtx4090 ngl:40'],
  ['cpumoe:', "MoE layers whose experts stay in system RAM (llama.cpp's --n-cpu-moe)", 'file:Qwen3-30B-A3B-Q4_K_M.gguf gpu:12 cpumoe:20'],
  ['lang:', 'en or ja', 'params:7 lang:ja'],
];

function optionLines(prefix: string): string[] {
  const width = Math.max(...OPTION_HELP.map(([name]) => name.length));
  return OPTION_HELP.flatMap(([name, what, example]) => [`  ${name.padEnd(width)}  ${what}`, `  ${' '.repeat(width)}  e.g. ${prefix}${example}`]);
}

export function usageText(): string {
  return [
    'Usage: llmmem <options>            the memory a model needs, as a person reads it',
    '       llmmem --json <options>     one JSON object (integer bytes)',
    '       llmmem --json -             one request per line on standard input, JSON Lines out',
    '       llmmem --help               this text',
    '',
    'Options (several may come in one quoted argument):',
    ...optionLines('llmmem '),
  ].join('\n');
}

/** The console's `help`: it takes commands as the chat does, and questions as a help channel does. */
export function consoleHelpText(): string {
  return [
    'Ask in words, as in a help channel:  can I run qwen3 30b a3b on my 4090 with 32k ctx?',
    'or give options, as the slash command takes them:  /llmmem params:7 precision:int8',
    '',
    'Options:',
    ...optionLines('/llmmem '),
  ].join('\n');
}
