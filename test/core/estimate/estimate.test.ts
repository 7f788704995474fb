// Modes, GPU fit and offload advice.
import { describe, expect, it } from 'vitest';
import { answer } from '../../../src/answer.js';
import { estimateOf } from '../../helpers/reply.js';

const GIB = 1024 ** 3;

describe('GPU fit', () => {
  it('8B Q4_K_M at 8k fits a 24 GB RTX 4090 with room to spare', () => {
    const fit = estimateOf('file:Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf ctx:8192 gpu:rtx4090').fit;
    expect(fit?.fits).toBe(true);
    expect(fit?.headroomBytes).toBeGreaterThan(10 * GIB);
    // llama.cpp prints "offloaded 33/33 layers to GPU" for Llama-3-8B: 32 blocks and the output layer
    expect([fit?.gpuLayers, fit?.totalLayers]).toEqual([33, 33]);
  });

  it('Llama-2-70B Q4_K_M does not fit one 24 GB card: the layers it advises fit, one more does not', () => {
    const e = estimateOf('file:llama-2-70b-chat.Q4_K_M.gguf gpu:24');
    const ngl = e.fit?.gpuLayers ?? 0;
    expect(e.fit?.fits).toBe(false);
    expect(estimateOf(`file:llama-2-70b-chat.Q4_K_M.gguf gpu:24 ngl:${ngl}`).fit?.fits).toBe(true);
    expect(estimateOf(`file:llama-2-70b-chat.Q4_K_M.gguf gpu:24 ngl:${ngl + 1}`).fit?.fits).toBe(false);
    // what stays behind moves to system RAM
    expect(e.ramBytes).toBeGreaterThan(e.weightsBytes - 24 * GIB);
  });

  it('two cards hold what one cannot', () => {
    const one = estimateOf('file:llama-2-70b-chat.Q4_K_M.gguf gpu:rtx3090').fit;
    const two = estimateOf('file:llama-2-70b-chat.Q4_K_M.gguf gpu:rtx3090 gpus:2').fit;
    expect([one?.fits, two?.fits]).toEqual([false, true]);
  });

  it('an Apple M2 Max with 64 GB lets Metal use three quarters of it', () => {
    expect(estimateOf('params:7 gpu:m2-max-64').fit?.usableBytes).toBe(48 * GIB);
  });
});

describe('fine-tuning modes', () => {
  it('full fine-tuning with Adam holds 16 bytes per parameter before activations (ZeRO)', () => {
    const e = estimateOf('params:7 precision:bf16 mode:full');
    const t = e.training;
    expect(e.weightsBytes + (t?.gradientsBytes ?? 0) + (t?.optimizerBytes ?? 0)).toBe(16 * 7e9);
  });

  it('QLoRA loads the base in NF4 and warns when another precision was asked', () => {
    const e = estimateOf('file:Meta-Llama-3.1-8B-Instruct mode:qlora precision:fp16');
    expect(e.precision.id).toBe('nf4_dq');
    expect(e.warnings.map((w) => w.code)).toEqual(['qlora_base_nf4']);
  });

  it('LoRA needs far less than full fine-tuning of the same model', () => {
    const lora = estimateOf('file:Meta-Llama-3.1-8B-Instruct mode:lora precision:bf16').vramBytes;
    const full = estimateOf('file:Meta-Llama-3.1-8B-Instruct mode:full precision:bf16').vramBytes;
    expect(lora).toBeLessThan(full / 3);
  });

  it('training cannot offload layers: no -ngl advice', () => {
    expect(estimateOf('params:70 mode:full gpu:24').fit?.gpuLayers).toBeNull();
  });
});

describe('warnings', () => {
  it('says when the architecture is a size-based guess', () => {
    expect(estimateOf('params:7').warnings.map((w) => w.code)).toEqual(['architecture_reference', 'precision_assumed']);
  });

  it('says when no precision was given', () => {
    expect(estimateOf('file:GPT-3-13b-accuracy').warnings.map((w) => w.code)).toEqual(['architecture_reference', 'precision_assumed']);
  });

  it('sizes a catalogued model named without a precision in its checkpoint dtype, and says so', () => {
    expect(estimateOf('file:Meta-Llama-3.1-8B-Instruct').warnings.map((w) => w.code)).toEqual(['precision_native']);
  });

  it('notes what real 4-bit formats weigh next to the seed INT4', () => {
    expect(estimateOf('params:7 precision:int4').warnings.map((w) => w.code)).toEqual(['architecture_reference', 'seed_width']);
  });

  it('says when the context is past what the model was trained for', () => {
    expect(estimateOf('file:llama-2-7b-chat.Q4_0.gguf ctx:32k').warnings.map((w) => w.code)).toEqual(['context_over_max']);
  });
});

describe('attention variants', () => {
  it('sliding-window layers stop growing past the window: 4 × the context costs Gemma-3-27B under 3.5 × the cache', () => {
    const at32k = estimateOf('file:gemma-3-27b-it-Q4_K_M.gguf ctx:32k').kvCacheBytes;
    const at128k = estimateOf('file:gemma-3-27b-it-Q4_K_M.gguf ctx:128k').kvCacheBytes;
    expect(at128k).toBeLessThan(at32k * 3.5);
  });

  it('a dense full-attention model pays the whole 4 ×', () => {
    const at32k = estimateOf('file:Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf ctx:32k').kvCacheBytes;
    expect(estimateOf('file:Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf ctx:128k').kvCacheBytes).toBe(at32k * 4);
  });

  it('DeepSeek-V3 caches a 576-wide latent, not 128 full heads: under 300 MiB at 4k', () => {
    expect(estimateOf('file:DeepSeek-V3-Q4_K_M.gguf').kvCacheBytes).toBeLessThan(300 * 1024 ** 2);
  });
});

describe('names', () => {
  it('reads a bare q4 in a GGUF name as the Q4_K_M preset and says so', () => {
    const e = estimateOf('file:Phi-3-mini-4k-instruct-q4.gguf');
    expect(e.precision.id).toBe('q4_k_m');
    expect(e.warnings.map((w) => w.code)).toEqual(['gguf_width_preset']);
  });

  it('suggests the catalogued name for a misspelled one', () => {
    const reply = answer('file:Phi-3-mediun-4k-instruct-Q4_K_M.gguf');
    expect(!reply.ok && reply.issues[0]).toMatchObject({ code: 'no_size_in_name', suggestion: 'phi-3-medium-4k' });
  });
});

describe('LoRA adapters as PEFT counts them', () => {
  // PEFT's print_trainable_parameters() for Llama-2-7b with r=64 on every linear layer (q, k, v, o, gate, up,
  // down): "trainable params: 159,907,840" (QLoRA's recipe; e.g. the Hugging Face PEFT QLoRA notebooks)
  it('Llama-2-7B at rank 64 on all linear layers trains 159,907,840 parameters', () => {
    expect(estimateOf('file:llama-2-7b-hf mode:lora').training?.adapterParams).toBe(159_907_840);
  });
});
