// The text rendering of a log explanation, in English and Japanese: the log's figures shown exactly as printed,
// the failure, the fixes' flags and commands; echoed names never ping anyone.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { answerLog } from '../../src/answer-log.js';
import { askLlmmem } from '../../src/core/logs/ask-llmmem.js';
import { explainLog } from '../../src/core/logs/explain-log.js';
import { FIGURE_KEYS } from '../../src/core/logs/log-facts.js';
import { FIX_KINDS, type LogFix } from '../../src/core/logs/log-fix.js';
import { MESSAGES } from '../../src/i18n/locale.js';
import { LOG_MESSAGES } from '../../src/i18n/log-locale.js';
import { UNITS } from '../../src/render/phrases.js';
import { renderLogText } from '../../src/render/log-text.js';
import { readTsv } from '../helpers/published-data.js';
import { llamaCppLog } from '../fixtures/log-builder.js';

const LOGS = fileURLToPath(new URL('../fixtures/published/logs/', import.meta.url));
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

describe.each(['en', 'ja'] as const)('%s', (lang) => {
  it.each(readTsv('runtime-logs-3.sample.tsv').map((r) => [r.file ?? '', r] as const))('%s: figures as printed, the failure, the fixes', (file, row) => {
    const e = explainLog(readFileSync(LOGS + file, 'utf8'), askLlmmem);
    const text = renderLogText(e, MESSAGES[lang], LOG_MESSAGES[lang]);
    for (const entry of (row.figures_as_printed ?? '').split(';').map((s) => s.trim()).filter(Boolean)) {
      expect(text).toContain(entry.split('=')[1]);
    }
    if (row.failure_size_as_printed) expect(text).toContain(row.failure_size_as_printed);
    for (const fix of e.fixes) {
      expect(text).toContain(fix.flags);
      if (fix.command) expect(text).toContain(`/llmmem ${fix.command}`);
    }
    if (lang === 'ja') expect(text).toMatch(JAPANESE);
  });
});

it('a model name that would ping is echoed inert', () => {
  const e = explainLog(llamaCppLog({ file: '@everyone <@U123> llama.gguf', nCtx: 4096, buffers: [{ device: 'CUDA0', kind: 'model', mib: 100 }] }), askLlmmem);
  const text = renderLogText(e, MESSAGES.en, LOG_MESSAGES.en);
  expect(text).not.toMatch(/@everyone|<@U/);
  expect(text).toContain('@\u200beveryone');
});

it('a message with no runtime lines says so', () => {
  expect(renderLogText(explainLog('hello there', askLlmmem), MESSAGES.en, LOG_MESSAGES.en)).toBe(LOG_MESSAGES.en.unrecognised);
});

it('answerLog answers in Japanese when the words around the log are Japanese, else in the user\'s locale', () => {
  const log = readFileSync(`${LOGS}llama-cpp-compute-multi-gpu.log`, 'utf8');
  expect(answerLog(`このログで落ちます\n${log}`).lang).toBe('ja');
  expect(answerLog(log, { locale: 'ja-JP' }).lang).toBe('ja');
  expect(answerLog(log).lang).toBe('en');
  expect(answerLog(log).explanation.failure?.code).toBe('gpu_alloc_failed');
});

describe('every code has words in both languages', () => {
  const sample: LogFix = { kind: 'context', flags: '-c 8192', value: 8192, command: null, bytes: 1, fits: true, basis: 'llmmem' };
  it.each(FIX_KINDS)('fix %s', (kind) => {
    const en = LOG_MESSAGES.en.fix[kind]({ ...sample, kind }, UNITS);
    const ja = LOG_MESSAGES.ja.fix[kind]({ ...sample, kind }, UNITS);
    expect(en).not.toBe('');
    expect(ja).toMatch(JAPANESE);
  });

  it.each(FIGURE_KEYS)('figure %s', (key) => {
    expect(LOG_MESSAGES.en.figure[key]).not.toBe('');
    expect(LOG_MESSAGES.ja.figure[key]).not.toBe('');
  });
});
