// The question reader on the ways people write: every fact the issue saw dropped or misread, each read
// back as the command option it becomes.
import { describe, expect, it } from 'vitest';
import { readQuestion } from '../../../src/core/question/read-question.js';
import { commandsFor } from '../../../src/core/question/to-commands.js';

const commands = (text: string) => commandsFor(readQuestion(text)).map((c) => c.command);
const only = (text: string) => {
  const all = commands(text);
  expect(all).toHaveLength(1);
  return all[0] ?? '';
};

describe('models', () => {
  it.each([
    ['can I run qwen3 30b a3b on my 4090?', 'file:"qwen3-30b-a3b"'],
    ['will llama 3.1 70b fit?', 'file:"llama-3.1-70b"'],
    ['Command-R+ on two 3090s?', 'file:"command-r-plus"'],
    ['how much vram does Deepseek R1 need?', 'file:"deepseek-r1"'],
    ['how to run r1 on a 4090 card?', 'file:"deepseek-r1"'],
    ['can Mixtral run on a 3090?', 'file:"mixtral-8x7b"'],
    ['is it possible to run mixtral 7b*8 on a single 24gb GPU?', 'file:"mixtral-8x7b"'],
    ['6710億パラメータのモデルは何GB必要？', 'params:671b'],
    ['7Bモデルはどれくらいのメモリが必要ですか？', 'params:7b'],
    ['LLaMA 2(70B) for inference, what GPU do I need?', 'file:"llama-2-70b"'],
    ['GPT-OSS:20B needs how much?', 'file:"GPT-OSS:20B"'],
    ['will Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf fit on a 3060?', 'file:"Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf"'],
    // community fine-tunes named over words up to their size: the family table gives the base
    ['will midnight miqu 70b q4 fit on 2x3090?', 'file:"miqu-1-70b"'],
    ['is cydonia 24b ok on a 3060 12gb?', 'file:"cydonia-24b"'],
    ['is Magnum v4 72B usable on a 128GB mac?', 'file:"Magnum-v4-72B"'],
    // a family and its version written apart, and distills named without their maker
    ['can I run qwen 3 30b a3b on a 4090?', 'file:"qwen3-30b-a3b"'],
    ['r1 distill qwen 14b on a 3060?', 'file:"deepseek-r1-distill-qwen-14b"'],
    ['deepseek r1 distill 14b on a 3060?', 'file:"deepseek-r1-distill-qwen-14b"'],
  ])('%s → %s', (text, model) => {
    expect(only(text).split(' ')[0]).toBe(model);
  });

  it('a fine-tune family word needs its size close after it: "my samantha is 13" names no model', () => {
    expect(commands('my samantha turned 13 and wants a laptop for school, which one?')).toEqual([]);
  });

  it('a size inside a model name beats a bare size elsewhere', () => {
    const text = 'exl2 2 bit quants of a 70b model can fit in a single 24gb GPU. I wonder if a quantized mixtral 8x7b fits one too?';
    expect(only(text)).toBe('file:"mixtral-8x7b" gpu:24');
  });

  it('"120b or 20b" compares both sizes of the family, side by side', () => {
    expect(commands('gpt-oss 120b or 20b on an M3 Max 64GB?')).toEqual([
      'file:"gpt-oss-120b" gpu:"Apple M3 Max 64GB"', 'file:"gpt-oss-20b" gpu:"Apple M3 Max 64GB"',
    ]);
  });

  it('a family said without its size is the sized one named before', () => {
    expect(only('OOM with mixtral 8x22b. Since mixtral is an MoE, can only the active experts go on the GPU?').split(' ')[0]).toBe('file:"mixtral-8x22b"');
  });
});

describe('hardware', () => {
  it.each([
    ['llama 3.1 70b on 2x3090?', 'gpu:"GeForce RTX 3090" gpus:2'],
    ['llama 3.1 70b on 8 * 4090?', 'gpu:"GeForce RTX 4090" gpus:8'],
    ['llama 3.1 70b on 4 GPU Mi50 16GB?', 'gpu:"AMD Instinct MI50 16GB" gpus:4'],
    ['will llama 3 8b run on a 4060 Ti 16GB?', 'gpu:"GeForce RTX 4060 Ti 16GB"'],
    ['will llama 3 8b run on M3 Max 64GB?', 'gpu:"Apple M3 Max 64GB"'],
    ['will llama 3 8b run on my Apple M3 Max, RAM: 128GB?', 'gpu:"Apple M3 Max 128GB"'],
    ['mixtral on 16 * A10 (16 * 23G)?', 'gpu:"NVIDIA A10" gpus:16'],
    ['llama 3 8b on an RTX 5090 + 5070 Ti (total 48 GB VRAM)?', 'gpu:24 gpus:2'],
    ['Can 16G VRAM run 7B?', 'gpu:16'],
    // an amount to run in, with no RAM word after it, is the GPU's
    ['gemma3 27b qat 16gbで足りる?', 'gpu:16'], ['llama 3 8b は 12GBで動く？', 'gpu:12'],
    ['falcon h1 7b on 8gb?', 'gpu:8'], ['is 12gb enough for gemma 3 12b?', 'gpu:12'], ['qwen2.5 coder 32b on 24gb at q4?', 'gpu:24'],
    ['４０９０で Llama-3.1-8B 動く？', 'gpu:"GeForce RTX 4090"'],
    ['H100 8枚で deepseek-r1 は足りる？', 'gpu:"NVIDIA H100 SXM 80GB" gpus:8'],
  ])('%s → %s', (text, gpu) => {
    expect(only(text)).toContain(gpu);
  });

  it('an amount followed by RAM, a disk or a Mac is not a GPU\'s', () => {
    expect(only('will llama 3.1 70b fit in 64gb ram?')).not.toContain('gpu:');
    expect(only('llama 3 8b takes 9gb on disk, fine?')).not.toContain('gpu:');
  });

  it('a size someone quotes as a requirement is not their GPU', () => {
    expect(only('how much vram for 7B? I read that 7B needs 8.5G')).toBe('params:7b');
    expect(only('is 7b ok? The VRAM usage is only 2.5GB')).not.toContain('gpu:');
  });

  it('system RAM is told apart from the GPU memory', () => {
    const q = readQuestion('minimum requirement to run llama 3 8b? I have a GTX 1070 (8GB VRAM) and 32 GB RAM');
    expect(q.gpu?.memoryGB).toBe(8);
    expect(q.systemRamGB).toBe(32);
  });

  it('memory after "+ … ram" is the system\'s, not the cards\'; a Mac\'s RAM is its GPU\'s', () => {
    const rig = readQuestion('llama 3.1 70b on 2x 3090 + 128gb ram?');
    expect(rig.gpu?.memoryGB).toBe(24);
    expect(rig.gpu?.count).toBe(2);
    expect(rig.systemRamGB).toBe(128);
    expect(only('llama 3.1 70b on 2x 3090 + 128gb ram?')).toContain('gpu:"GeForce RTX 3090" gpus:2');
    expect(readQuestion('llama 3.1 70b on an M3 Max 128GB RAM?').gpu?.memoryGB).toBe(128);
  });

  it('a GPU alone asks what fits it', () => {
    expect(only('which model fits my 12GB 3060?')).toBe('gpu:"GeForce RTX 3060 12GB"');
  });
});

describe('settings', () => {
  it.each([
    ['llama 3.1 8b at 16k on a 4090?', 'ctx:16384'],
    ['コンテキストは32kで Llama-3.1-8B は動く？', 'ctx:32768'],
    ['gpt-oss 20b with num_ctx = 32678?', 'ctx:32678'],
    ['llama 3 8b with a context size of 8192?', 'ctx:8192'],
    ['can I run llama 3.1 70b q4 on 2x3090?', 'precision:q4_k_m'],
    ['can I run mixtral 8x7b 3-bit on an RTX A4000?', 'precision:q3_k_m'],
    ['llama 3.1 70b with kv cache q8 on a 4090?', 'kv:q8_0'],
    ['Can any one run GPT OSS 120B with 4 GPU Mi50 16GB with vllm ?', 'runtime:vllm'],
    ['llama 3 8b q4 in ollama?', 'runtime:ollama'],
    ['could I run a 3.0 quant of 13B on 12GB?', 'precision:3.0bpw'],
    ['gemma3 27b qat on m4 pro 48gb', 'precision:q4_0'],
  ])('%s → %s', (text, option) => {
    expect(only(text).split(' ')).toContain(option);
  });

  it('"kv cache q8" is the cache, not the weights', () => {
    expect(only('llama 3.1 8b with kv cache q8 on a 3060?')).not.toContain('precision:');
  });

  it('the quant asked last, in the question, wins over one tried before', () => {
    expect(only('does anyone run it on a single RTX 3070? I tried int8 and got out of memory. maybe int4?')).toContain('precision:int4');
  });
});

describe('training', () => {
  const modes = (text: string) => commandsFor(readQuestion(text)).map((c) => c.mode);
  it.each([
    ['can I fine-tune llama 3 8b on a 4090?', ['full', 'lora', 'qlora']],
    ['Llama 3 8B with LoRA on one A100 80GB?', ['lora']],
    ['QLoRA of llama 3.1 70b on a 3090?', ['qlora']],
    ['full params SFT of llama2-7B on 8 A100s?', ['full']],
    ['Llama-3.1-8Bのファインチューニングに4090で足りる？', ['full', 'lora', 'qlora']],
    ['Llama-3.1-8Bを学習するには何GB必要？', ['full', 'lora', 'qlora']],
    ['is 8bit LoRA of mistral 7b ok on a T4?', ['lora']],
    ['can I run llama 3 8b on a 4090?', ['inference']],
  ] as const)('%s → %j', (text, expected) => {
    expect(modes(text)).toEqual(expected);
  });

  it('"8bit LoRA" is LoRA on an 8-bit base', () => {
    expect(only('is 8bit LoRA of mistral 7b ok on a T4?')).toContain('precision:int8 mode:lora');
  });
});

describe('asking', () => {
  it.each([
    'can I run llama 3 8b on a 3060?', 'will it fit? llama 3.1 70b on 2x3090', 'how much memory does qwen3 32b need',
    'Llama-3.1-8B は4090で動く？', '70Bモデルを動かすには何GB必要ですか', 'mixtral 8x7b on my 3090: CUDA error: out of memory',
  ])('%s asks', (text) => {
    const q = readQuestion(text);
    expect(q.asks || q.reportsOom).toBe(true);
  });

  it.each([
    'Meta just released Llama 3.1 405B, huge news!', 'thanks, the 70b answer helped a lot',
    'They say it fits on H100 so < 80g.', 'I have 24GB of VRAM so the 12.13GB will fit without issue',
    'which quant are you using for the 70b?',
  ])('%s does not ask', (text) => {
    const q = readQuestion(text);
    expect(q.asks || q.reportsOom).toBe(false);
  });
});

describe('bounded', () => {
  it('reads a 100,000-character message in bounded time, looking at its start only', () => {
    const q = readQuestion(`${'can I run llama 3 8b on a 4090? '.repeat(3000)}`);
    expect(q.models).toHaveLength(1);
  });
});
