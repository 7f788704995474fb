// Buttons and advice carry their state as a command: every request written back as text parses to itself.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { requestToCommand } from '../../../src/core/parse/to-command.js';
import { parseRequest } from '../../../src/core/parse/to-request.js';

const OPTION_VALUES: Record<string, readonly string[]> = {
  precision: ['q4_k_m', 'fp16', 'bf16', 'int8', 'Q6_K_L', 'UD-Q4_K_XL', '"exl2 4.65bpw"', 'awq', 'mxfp4'],
  ctx: ['512', '8k', '32k', '1M', '30960', 'max'],
  batch: ['1', '4', '64'], kv: ['fp16', 'q8_0', 'q4_0', 'fp8'], mode: ['inference', 'lora', 'qlora', 'full'],
  gpu: ['rtx4090', '24', '23.5', 'a100-80g', 'm2-max-64'], gpus: ['1', '2', '8'],
  runtime: ['llama.cpp', 'ollama', 'vllm', 'transformers', 'mlx', 'exllamav2'], fa: ['on', 'off'],
  ubatch: ['256', '512', '4096'], ngl: ['0', '33', '99'], cpumoe: ['0', '24'], lang: ['en', 'ja'],
};
const MODELS = ['params:7', 'params:1.5b', 'params:135m', 'params:8x7b', 'params:6738415616', 'file:Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf',
  'file:"my model 7b.gguf"', 'model:Qwen/Qwen2.5-7B-Instruct', 'file:llama3.1:8b', 'file:nomic-embed-custom.gguf params:0.137'];

const request = fc.tuple(
  fc.constantFrom(...MODELS),
  fc.subarray(Object.keys(OPTION_VALUES)).chain((keys) => fc.tuple(...keys.map((k) => fc.constantFrom(...(OPTION_VALUES[k] ?? [])).map((v) => `${k}:${v}`)))),
).map(([model, options]) => [model, ...options].join(' '));

describe('requestToCommand', () => {
  it('writes every request so that it parses back to itself', () => {
    fc.assert(fc.property(request, (text) => {
      const parsed = parseRequest(text);
      fc.pre(parsed.ok);
      if (!parsed.ok) return;
      const again = parseRequest(requestToCommand(parsed.request));
      expect(again.ok && again.request).toEqual(parsed.request);
    }));
  });

  it('keeps a GPU given as a size, and a size beside a name', () => {
    const parsed = parseRequest('file:x.gguf params:0.137 gpu:23.5 ctx:max');
    expect(parsed.ok && requestToCommand(parsed.request)).toBe('file:x.gguf params:137m ctx:max gpu:23.5');
  });
});
