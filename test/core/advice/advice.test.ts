// Advice that solves it: every item's command, asked again, says what the item said; ctx:max is the longest;
// flags belong to the runtime; a GPU alone lists what fits it.
import { describe, expect, it } from 'vitest';
import { answer } from '../../../src/answer.js';
import { estimateOf } from '../../helpers/reply.js';

function reportOf(text: string) {
  const reply = answer(text);
  if (!reply.ok || reply.kind !== 'estimate') throw new Error(`no estimate for ${text}`);
  return reply.report;
}

const DOES_NOT_FIT = [
  'file:llama-2-70b-chat.Q4_K_M.gguf gpu:rtx4090',
  'file:Qwen3-30B-A3B-Q4_K_M.gguf gpu:rtx3060 ctx:32k',
  'file:Qwen2.5-32B-Instruct-AWQ gpu:rtx3090 ctx:32k',
  'file:Meta-Llama-3.1-8B-Instruct-Q8_0.gguf gpu:8 ctx:64k',
  'file:Llama-3.3-70B-Instruct-exl2 precision:"exl2 4.0bpw" gpu:rtx4090',
  'file:mixtral-8x7b-instruct-v0.1.Q5_K_M.gguf gpu:rtx4080 batch:4',
  'params:70 precision:bf16 mode:full gpu:a100-80g gpus:8',
  'file:Meta-Llama-3.1-8B-Instruct mode:lora gpu:rtx3060 ctx:8k',
];

describe('every advised command, asked again, says what the item said', () => {
  it.each(DOES_NOT_FIT)('%s', (text) => {
    const report = reportOf(text);
    expect(report.fit?.fits).toBe(false);
    expect(report.advice.length).toBeGreaterThan(0);
    for (const item of report.advice) {
      const again = estimateOf(item.command);
      expect(again.fit?.fits, `${item.kind}: ${item.command}`).toBe(item.fits);
      expect(again.vramBytes, item.command).toBe(item.vramBytes);
    }
    // at least one item makes it fit
    expect(report.advice.some((a) => a.fits)).toBe(true);
  });
});

describe('ctx:max', () => {
  it.each([
    'file:Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf gpu:rtx3060',
    'file:Qwen3-32B-Q4_K_M.gguf gpu:rtx4090',
    'file:mistral-7b-instruct-v0.2.Q4_K_M.gguf gpu:8 kv:q8_0',
  ])('%s: the longest context that fits, and 15 %% more does not', (text) => {
    const e = estimateOf(`${text} ctx:max`);
    expect(e.fit?.fits).toBe(true);
    const longer = Math.round(e.contextTokens * 1.15);
    if (longer <= e.model.architecture.maxContext) expect(estimateOf(`${text} ctx:${longer}`).fit?.fits).toBe(false);
  });

  it('stops at the model trained maximum when the GPU holds more', () => {
    const e = estimateOf('file:tinyllama-1.1b-chat-v1.0.Q4_0.gguf gpu:h100 ctx:max');
    expect(e.contextTokens).toBe(e.model.architecture.maxContext);
  });

  it('says so when not even 2048 tokens fit', () => {
    const reply = answer('file:llama-2-70b-chat.Q4_K_M.gguf gpu:8 ctx:max');
    expect(reply.ok ? [] : reply.issues.map((i) => i.code)).toEqual(['ctx_max_none']);
  });
});

describe('flags belong to the runtime', () => {
  it('AWQ on vLLM is never told -ngl; it gets vLLM flags', () => {
    const flags = reportOf('file:Qwen2.5-32B-Instruct-AWQ gpu:rtx3090 ctx:32k').advice.flatMap((a) => a.flags);
    expect(flags).not.toContain('-ngl');
    expect(flags.some((f) => f.startsWith('--'))).toBe(true);
  });

  it('EXL2 has no CPU offload: no layer advice, another runtime instead', () => {
    const advice = reportOf('file:Llama-3.3-70B-Instruct-exl2 precision:"exl2 4.0bpw" gpu:rtx4090').advice;
    expect(advice.map((a) => a.kind)).not.toContain('offload');
    expect(advice.flatMap((a) => a.flags)).not.toContain('-ngl');
    expect(advice.map((a) => a.kind)).toEqual(['precision', 'gpus', 'runtime']);
  });

  it('a MoE on llama.cpp keeps experts in system RAM with --n-cpu-moe', () => {
    const moe = reportOf('file:Qwen3-30B-A3B-Q4_K_M.gguf gpu:rtx3060 ctx:32k').advice.find((a) => a.kind === 'moe-offload');
    expect(moe?.flags[0]).toBe('--n-cpu-moe');
    expect(moe?.fits).toBe(true);
  });

  it('a q8_0 cache is offered with flash attention, as llama.cpp needs', () => {
    const kv = reportOf('file:Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf gpu:rtx3060 ctx:96k').advice.find((a) => a.kind === 'kv-cache');
    expect(kv?.flags).toEqual(['-ctk', 'q8_0', '-ctv', 'q8_0', '-fa', 'on']);
  });
});

describe('training over several GPUs', () => {
  it('names the sharding it needs: 8B full fine-tuning on 4 × 24 GB needs ZeRO-3, per GPU', () => {
    const report = reportOf('params:8 precision:bf16 mode:full gpu:rtx4090 gpus:4 ctx:2048');
    expect(report.sharding).toBe('zero-3');
  });

  it('LoRA on 2 × A100 needs no sharding beyond data parallelism', () => {
    expect(reportOf('file:Meta-Llama-3.1-8B-Instruct mode:lora gpu:a100-80g gpus:2 ctx:4096').sharding).toBe('ddp');
  });

  it('70B full fine-tuning does not fit 8 × A100 80GB even with ZeRO-3, and more nodes are advised', () => {
    const report = reportOf('params:70 precision:bf16 mode:full gpu:a100-80g gpus:8');
    expect([report.fit?.fits, report.sharding]).toEqual([false, 'zero-3']);
    const more = report.advice.find((a) => a.kind === 'gpus');
    expect(Number(more?.value)).toBeGreaterThan(8);
  });
});

describe('what fits a GPU', () => {
  it('gpu:rtx4090 alone lists at least five models that fit, one of 24 B parameters or more', () => {
    const reply = answer('gpu:rtx4090');
    if (!reply.ok || reply.kind !== 'candidates') throw new Error('no candidates');
    const { candidates } = reply.report;
    expect(candidates.length).toBeGreaterThanOrEqual(5);
    expect(candidates.length).toBeLessThanOrEqual(10);
    expect(candidates.some((c) => c.params >= 24e9)).toBe(true);
    // each candidate's command, asked, fits as said
    for (const c of candidates) expect(estimateOf(c.command).fit?.fits, c.command).toBe(true);
  });
});
