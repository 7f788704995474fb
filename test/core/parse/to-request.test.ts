// The grammar: options, bare words, quotes, defaults, and every bad input answered with a code.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/core/parse/to-request.js';
import { estimateOf, issueCodes } from '../../helpers/reply.js';

function request(text: string) {
  const parsed = parseRequest(text);
  if (!parsed.ok) throw new Error(parsed.issues.map((i) => i.code).join());
  return parsed.request;
}

describe('grammar', () => {
  it('applies the contract defaults: ctx from the runtime, batch 1, kv fp16, inference, 1 GPU, ubatch 512', () => {
    const r = request('/llmmem params:7');
    expect([r.contextTokens, r.batch, r.kvPrecision, r.mode, r.gpuCount, r.precision, r.ubatch]).toEqual([undefined, 1, 'fp16', 'inference', 1, undefined, 512]);
  });

  it('sizes the default context at 4096 tokens (llama.cpp -c 4096)', () => {
    expect(estimateOf('params:7').contextTokens).toBe(4096);
  });

  it.each([['ctx:1M', 1_048_576], ['ctx:128K', 131_072], ['ctx:1.5k', 1536]])('%s → %d tokens', (text, tokens) => {
    expect(request(`params:7 ${text}`).contextTokens).toBe(tokens);
  });

  it('reads ctx:max as the longest context that fits the GPU', () => {
    expect(request('params:7 ctx:max gpu:rtx4090').contextMax).toBe(true);
  });

  it.each([['params:1T', 1e12], ['params:1e12', 1e12], ['params:7e9', 7e9]])('%s → %d parameters', (text, params) => {
    expect(request(text).model).toMatchObject({ kind: 'params', params });
  });

  it.each([
    ['runtime:vllm', 'vllm'], ['runtime:llamacpp', 'llama.cpp'], ['runtime:"llama.cpp"', 'llama.cpp'], ['runtime:mlx-lm', 'mlx'],
  ])('%s → runtime %s', (text, runtime) => {
    expect(request(`params:7 ${text}`).runtime).toBe(runtime);
  });

  it.each([['fa:on', true], ['fa:off', false], ['fa:auto', true]])('%s → flash attention %s', (text, on) => {
    expect(request(`params:7 ${text}`).flashAttention).toBe(on);
  });

  it('takes a size beside a name that has none', () => {
    expect(request('file:nomic-embed-custom.f16.gguf params:0.137').model).toEqual({ kind: 'file', name: 'nomic-embed-custom.f16.gguf', params: 137e6 });
  });

  it.each([
    ['/llmmem params:7 precision:int8', 7e9, 'int8'],
    ['/llmmem 7b int8', 7e9, 'int8'],
    ['PARAMS:1.5B Precision:Q4_K_M', 1.5e9, 'q4_k_m'],
    ['params: 135m precision: fp32', 135e6, 'fp32'],
    ['params=8x7b precision=q5_k_m', 56e9, 'q5_k_m'],
    ['params:7000000000 precision:bf16', 7e9, 'bf16'],
  ])('%s → %d parameters at %s', (text, params, precision) => {
    const r = request(text);
    expect(r.model).toMatchObject({ kind: 'params', params });
    expect(r.precision?.id).toBe(precision);
  });

  it('keeps spaces inside a quoted file name', () => {
    expect(request('file:"my model 7b.Q4_K_M.gguf"').model).toEqual({ kind: 'file', name: 'my model 7b.Q4_K_M.gguf' });
  });

  it('reads `exl2 4.0bpw` as EXL2 at 4.0 bits per weight', () => {
    expect(request('params:13 precision:exl2 4.65bpw').precision).toEqual({ id: 'exl2', bitsPerWeight: 4.65 });
  });

  it.each([['ctx:8k', 8192], ['ctx:128K', 131072], ['ctx:32000', 32000]])('%s → %d tokens', (text, tokens) => {
    expect(request(`params:7 ${text}`).contextTokens).toBe(tokens);
  });

  it.each([['gpu:rtx4090', 'rtx4090'], ['gpu:"RTX 4090"', 'rtx4090'], ['gpu:a100-80g', 'a100-80g'], ['gpu:m2-max-64', 'm2-max-64'], ['4090', 'rtx4090']])(
    '%s → GPU %s', (text, id) => {
      expect(request(`params:7 ${text}`).gpu).toEqual({ kind: 'catalog', id });
    },
  );

  it('reads gpu:24 as a 24 GB card', () => {
    expect(request('params:7 gpu:24').gpu).toEqual({ kind: 'size', memoryGiB: 24 });
  });

  it('reads a bare GGUF file name as the model', () => {
    expect(request('/llmmem mixtral-8x7b-instruct-v0.1.Q5_K_M.gguf').model).toEqual({ kind: 'file', name: 'mixtral-8x7b-instruct-v0.1.Q5_K_M.gguf' });
  });

  it('reads an ollama tag with a colon as a name, not an option', () => {
    expect(request('llama3.1:8b-instruct-q4_K_M').model).toEqual({ kind: 'file', name: 'llama3.1:8b-instruct-q4_K_M' });
  });

  it('reads model:org/name as a Hub repo', () => {
    expect(request('model:Qwen/Qwen2.5-7B-Instruct').model).toEqual({ kind: 'hub', repoId: 'Qwen/Qwen2.5-7B-Instruct' });
  });
});

describe('bad input gets a code', () => {
  it.each([
    ['params:abc', 'invalid_number'],
    ['params:-5', 'out_of_range'],
    ['params:0', 'out_of_range'],
    ['params:7 precision:fp99', 'unknown_precision'],
    ['params:7 ctx:lots', 'invalid_number'],
    ['params:7 ctx:0', 'out_of_range'],
    ['params:7 batch:-1', 'out_of_range'],
    ['params:7 gpus:2000', 'out_of_range'],
    ['', 'empty_input'],
    ['/llmmem', 'empty_input'],
    ['x'.repeat(10_240), 'input_too_long'],
    ['params:7 precison:int8', 'unknown_option'],
    ['params:7 params:8', 'duplicate_option'],
    ['precision:int8', 'missing_model'],
    ['params:7 kv:q5', 'unknown_kv'],
    ['params:7 mode:pretrain', 'unknown_mode'],
    ['params:7 gpu:rtx9999', 'unknown_gpu'],
    ['params:7 lang:fr', 'unknown_lang'],
    ['params:7 banana', 'unknown_words'],
    ['params:7 runtime:llamafile', 'unknown_runtime'],
    ['params:7 fa:maybe', 'unknown_switch'],
    ['params:7 ctx:max', 'ctx_max_needs_gpu'],
    ['params:7 ubatch:0', 'out_of_range'],
    ['file:a-7b.gguf model:org/b-7b', 'conflicting_model_sources'],
    ['params:', 'missing_value'],
    ['file:some-model.gguf', 'no_size_in_name'],
    [`file:${'a'.repeat(400)}-7b.gguf`, 'name_too_long'],
  ])('%j → %s', (text, code) => {
    expect(issueCodes(text)).toEqual([code]);
  });

  it('suggests precision:q4_k_m for q4km', () => {
    const parsed = parseRequest('params:7 precision:q4km');
    expect(!parsed.ok && parsed.issues[0]).toMatchObject({ code: 'unknown_precision', suggestion: 'q4_k_m' });
  });

  it('refuses a size a card was never sold in (4090 48GB) and suggests the card, not the nearest spelling', () => {
    const parsed = parseRequest('params:7 gpu:"4090 48GB"');
    expect(!parsed.ok && parsed.issues).toEqual([{ code: 'unknown_gpu', input: '4090 48GB', suggestion: 'rtx4090' }]);
  });

  it('suggests precision: for precison:', () => {
    const parsed = parseRequest('params:7 precison:int8');
    expect(!parsed.ok && parsed.issues[0]).toMatchObject({ code: 'unknown_option', suggestion: 'precision' });
  });

  it('keeps lang:ja when another option is wrong, so the error is in Japanese', () => {
    const parsed = parseRequest('params:abc lang:ja');
    expect(!parsed.ok && parsed.lang).toBe('ja');
  });
});
