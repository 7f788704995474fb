// Help-channel questions as people write them, in English and Japanese, and the answer the reader's first
// command gets. In chat "q4" and "4bit" are llama.cpp's Q4_K_M, not the seed calculator's flat INT4.
import { describe, expect, it } from 'vitest';
import { answer } from '../../../src/answer.js';
import { isJapanese } from '../../../src/core/question/normalize.js';
import { readQuestion } from '../../../src/core/question/read-question.js';
import { commandsFor } from '../../../src/core/question/to-commands.js';

const firstCommand = (text: string) => commandsFor(readQuestion(text))[0]?.command;

interface Expected {
  /** catalogued model the answer is about, or the parameter count for a bare size */
  readonly model: string | number;
  readonly precision?: string;
  readonly ctx?: number;
  readonly gpu?: string;
  readonly gpus?: number;
}

const QUESTIONS: readonly (readonly [string, Expected])[] = [
  ['can I run mixtral-8x7b-instruct-v0.1.Q5_K_M.gguf on my 3090?', { model: 'Mixtral-8x7B', precision: 'q5_k_m', gpu: 'rtx3090' }],
  ['<@123456789012345678> llama 3.1 70b q4 with 32k context?', { model: 'Llama-3.1-70B', precision: 'q4_k_m', ctx: 32768 }],
  ['4090で Llama-3.1-8B Q4_K_M 動く?', { model: 'Llama-3.1-8B', precision: 'q4_k_m', gpu: 'rtx4090' }],
  ['Will Qwen2.5-7B-Instruct fit in 8GB VRAM at fp16?', { model: 'Qwen2.5-7B', precision: 'fp16', gpu: '8' }],
  ['how much vram for Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf with 128k context', { model: 'Llama-3.1-8B', precision: 'q4_k_m', ctx: 131072 }],
  ['is a 4060 ti enough for mistral-7b-instruct-v0.2.Q4_K_M.gguf?', { model: 'Mistral-7B-Instruct-v0.2', precision: 'q4_k_m', gpu: 'rtx4060ti' }],
  ['gemma-2-9b-it-Q6_K_L.gguf on rtx 3060 12gb?', { model: 'Gemma-2-9B', precision: 'q6_k', gpu: 'rtx3060' }],
  ['Qwen3-30B-A3B-Q4_K_M.gguf on a 4090, 32k ctx?', { model: 'Qwen3-30B-A3B', precision: 'q4_k_m', ctx: 32768, gpu: 'rtx4090' }],
  ['What GPU do I need for llama 3.3 70b at q8_0?', { model: 'Llama-3.3-70B', precision: 'q8_0' }],
  ['does gpt-oss-20b-mxfp4.gguf run on a 16GB card like the 4080?', { model: 'gpt-oss-20b', precision: 'mxfp4', gpu: 'rtx4080' }],
  ['can my M2 Max 64 run Mixtral-8x22B-Instruct-v0.1.Q4_K_M.gguf?', { model: 'Mixtral-8x22B', precision: 'q4_k_m', gpu: 'm2-max-64' }],
  ['phi-3-mini-4k-instruct q4 on a T4?', { model: 'Phi-3-mini', precision: 'q4_k_m', gpu: 't4' }],
  ['SmolLM2-135M-Instruct-Q8_0.gguf on a raspberry pi?', { model: 'SmolLM2-135M', precision: 'q8_0' }],
  ['deepseek-r1-distill-qwen-32b awq on two 3090s?', { model: 'DeepSeek-R1-Distill-Qwen-32B', precision: 'awq', gpu: 'rtx3090', gpus: 2 }],
  ['Qwen2.5-72B-Instruct-AWQ on an A100 80GB with 32k context', { model: 'Qwen2.5-72B', precision: 'awq', ctx: 32768, gpu: 'a100-80g' }],
  ['tinyllama-1.1b-chat-v1.0.Q4_0.gguf memory?', { model: 'TinyLlama-1.1B', precision: 'q4_0' }],
  ['How much RAM does a 7b model need in int8?', { model: 7e9, precision: 'int8' }],
  ['13b at fp16 on a 24GB GPU?', { model: 13e9, precision: 'fp16', gpu: '24' }],
  ['Mistral-Nemo-Instruct-2407 bf16 on H100?', { model: 'Mistral-Nemo-12B', precision: 'bf16', gpu: 'h100' }],
  ['gemma-3-27b-it q4_k_m 32kコンテキストで4090に載る?', { model: 'Gemma-3-27B', precision: 'q4_k_m', ctx: 32768, gpu: 'rtx4090' }],
  ['Llama-3.2-3B-Instruct を RTX 3060 で動かせますか', { model: 'Llama-3.2-3B', gpu: 'rtx3060' }],
  ['Qwen3-8B-Q4_K_M.gguf は 8GB の VRAM で足りる？', { model: 'Qwen3-8B', precision: 'q4_k_m', gpu: '8' }],
  ['ELYZA-japanese-Llama-2-7b-fast-instruct.fp16 に必要なメモリは？', { model: 7e9, precision: 'fp16' }],
  ['mixtral 8x7b を q4_k_m で 3090 2枚に載せたい', { model: 'Mixtral-8x7B', precision: 'q4_k_m', gpu: 'rtx3090', gpus: 2 }],
  ['Phi-4 の Q8_0 は 4080 で動く？', { model: 'Phi-4', precision: 'q8_0', gpu: 'rtx4080' }],
  ['llama-2-13b-chat.Q5_K_M.gguf を M1 Max 32 で', { model: 'Llama-2-13B', precision: 'q5_k_m', gpu: 'm1-max-32' }],
  ['DeepSeek-R1-Distill-Llama-8B-Q4_K_M.gguf 128kコンテキストだと？', { model: 'DeepSeek-R1-Distill-Llama-8B', precision: 'q4_k_m', ctx: 131072 }],
  ['Qwen2.5-Coder-14B-Instruct-Q6_K.gguf on 7900 XTX', { model: 'Qwen2.5-14B', precision: 'q6_k', gpu: 'rx7900xtx' }],
  ['yo can a 5090 handle Qwen3-32B-Q4_K_M.gguf at 64k context', { model: 'Qwen3-32B', precision: 'q4_k_m', ctx: 65536, gpu: 'rtx5090' }],
  ['gemma-2-2b-it.Q8_0.gguf on arc a770?', { model: 'Gemma-2-2B', precision: 'q8_0', gpu: 'arc-a770' }],
  ['Mistral-Small-24B-Instruct-2501 in 4bit on a 4090?', { model: 'Mistral-Small-24B (2501)', precision: 'q4_k_m', gpu: 'rtx4090' }],
  ['olmo-2-1124-7b-instruct fp16 で L4 に載る？', { model: 'OLMo-2-7B', precision: 'fp16', gpu: 'l4' }],
];

describe('help-channel questions', () => {
  it.each(QUESTIONS)('%s', (question, expected) => {
    const command = firstCommand(question);
    expect(command, question).toBeDefined();
    const reply = answer(command ?? '');
    if (!reply.ok) throw new Error(`${command}: ${reply.issues.map((i) => i.code).join()}`);
    if (reply.kind !== 'estimate') throw new Error(`${command}: no model`);
    const e = reply.estimate;
    if (typeof expected.model === 'number') expect(e.model.params).toBe(expected.model);
    else expect(e.model.catalogName).toBe(expected.model);
    if (expected.precision) expect(e.precision.id).toBe(expected.precision);
    expect(e.request.contextTokens).toBe(expected.ctx);
    const gpu = e.request.gpu;
    expect(gpu ? (gpu.kind === 'catalog' ? gpu.id : String(gpu.memoryGiB)) : undefined).toBe(expected.gpu);
    expect(e.request.gpuCount).toBe(expected.gpus ?? 1);
  });

  it.each([
    'thanks, that worked!', 'anyone around?', 'what is the best GPU for local LLMs', 'ありがとうございます', '',
  ])('%j names no model and no GPU: nothing to answer', (question) => {
    expect(commandsFor(readQuestion(question))).toEqual([]);
  });

  it('marks Japanese questions so the answer is Japanese', () => {
    expect(isJapanese('4090で Llama-3.1-8B Q4_K_M 動く?')).toBe(true);
    expect(firstCommand('4090で Llama-3.1-8B Q4_K_M 動く?')).toContain('lang:ja');
    expect(isJapanese('Llama-3.1-8B on a 4090?')).toBe(false);
  });
});
