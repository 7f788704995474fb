// Every issue and warning has words in both languages, and every error's example works.
import { describe, expect, it } from 'vitest';
import { answer } from '../../src/answer.js';
import type { ParseIssue } from '../../src/core/issues.js';
import { en } from '../../src/i18n/en.js';
import { ja } from '../../src/i18n/ja.js';
import { chooseLang } from '../../src/i18n/locale.js';
import { issueText } from '../../src/render/phrases.js';

// one sample of every issue code, with an input carrying a mention to check it is made inert
const SAMPLES: ParseIssue[] = [
  { code: 'empty_input' }, { code: 'input_too_long', length: 5000, max: 2000 },
  { code: 'unknown_option', input: '@everyone', suggestion: 'ctx' }, { code: 'duplicate_option', option: 'ctx' },
  { code: 'missing_value', option: 'gpu' }, { code: 'conflicting_model_sources', options: ['params', 'file'] },
  { code: 'missing_model' }, { code: 'invalid_number', option: 'ctx', input: 'lots' },
  { code: 'out_of_range', option: 'params', input: '-5', min: 1e6, max: 1e13 },
  { code: 'unknown_precision', input: 'fp99', suggestion: 'fp16' }, { code: 'unknown_kv', input: 'q5' },
  { code: 'unknown_mode', input: 'pretrain' }, { code: 'unknown_gpu', input: 'rtx9999', suggestion: 'rtx4090' },
  { code: 'unknown_lang', input: 'fr' }, { code: 'unknown_words', words: ['<!channel>', 'foo'] }, { code: 'no_size_in_name', input: 'x.gguf' },
  { code: 'name_too_long', option: 'file', max: 300 },
  { code: 'hub_host_refused', input: 'http://10.0.0.1/x.gguf', host: '10.0.0.1' }, { code: 'hub_failed', repoId: 'org/x', reason: 'gated' },
  { code: 'unknown_runtime', input: 'llamafile', suggestion: 'llama.cpp' }, { code: 'unknown_switch', option: 'fa', input: 'maybe' },
  { code: 'ctx_max_needs_gpu' }, { code: 'ctx_max_none', minimum: 2048 },
  { code: 'hub_search_failed', input: 'Zephyrine-Instruct', reason: 'unavailable' },
];

describe.each([['en', en], ['ja', ja]] as const)('%s messages', (_lang, messages) => {
  it('cover every issue code once in the samples', () => {
    expect(new Set(SAMPLES.map((s) => s.code))).toEqual(new Set(Object.keys(messages.issue)));
  });

  it.each(SAMPLES.map((s) => [s.code, s] as const))('%s is one whole sentence', (_code, issue) => {
    const text = issueText(issue, messages);
    expect(text).toMatch(/[.?。？]$/);
    expect(text).not.toMatch(/\n/);
  });

  it('never echoes a live mention', () => {
    const text = SAMPLES.map((s) => issueText(s, messages)).join('\n');
    expect(text).not.toMatch(/@everyone|<!channel>/);
  });
});

describe('language choice', () => {
  it.each([
    [undefined, undefined, 'en'], ['ja', undefined, 'ja'], [undefined, 'ja', 'ja'], [undefined, 'ja-JP', 'ja'],
    [undefined, 'en-US', 'en'], ['en', 'ja', 'en'],
  ] as const)('lang:%s with locale %s → %s', (option, locale, lang) => {
    expect(chooseLang(option, locale)).toBe(lang);
  });

  it('answers params:abc lang:ja in Japanese', () => {
    const reply = answer('params:abc lang:ja');
    expect(reply.ok ? '' : issueText(reply.issues[0] as ParseIssue, reply.messages)).toContain('数値ではありません');
  });
});

describe('the example every error ends with', () => {
  // bad input of every kind: the example keeps what was understood and runs as typed
  it.each([
    ['params:7 precision:q4km', 'params:7b precision:q4_k_m'],
    ['params:7 precision:fp99', 'params:7b'],
    ['file:Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf gpu:rtx4099', 'file:Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf gpu:rtx4090'],
    ['file:Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf precison:q8_0', 'file:Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf precision:q8_0'],
    ['file:nomic-embed-custom.f16.gguf ctx:8k', 'file:nomic-embed-custom.f16.gguf params:7b ctx:8k'],
    ['params:7 ctx:lots', 'params:7b'],
    ['params:7 kv:q5', 'params:7b'],
    ['can i run it', 'params:7'],
    ['', 'params:7'],
  ])('%s → an example with %s', (text, kept) => {
    const reply = answer(text);
    expect(reply.ok).toBe(false);
    if (reply.ok) return;
    expect(reply.example).toContain(kept);
    expect(answer(reply.example).ok, reply.example).toBe(true);
  });
});
