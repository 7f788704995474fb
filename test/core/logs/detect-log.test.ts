// Is this message a pasted runtime log or a question? Every published log and excerpt says log; every published
// help question and chatter line says not, including a question quoting one PyTorch error line.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { detectRuntimeLog, isRuntimeLog } from '../../../src/core/logs/detect-log.js';
import { readLog } from '../../../src/core/logs/read-log.js';
import { readTsv } from '../../helpers/published-data.js';

const LOGS = fileURLToPath(new URL('../../fixtures/published/logs/', import.meta.url));
const logRows = readTsv('runtime-logs-3.sample.tsv');

describe('published logs are logs', () => {
  it.each(readdirSync(LOGS).filter((f) => f.endsWith('.log')))('%s', (file) => {
    expect(isRuntimeLog(readFileSync(LOGS + file, 'utf8'))).toBe(true);
  });

  it.each(logRows.map((r) => [r.file ?? '', r.runtime ?? ''] as const))('%s: the runtime guessed is the one the reader finds (%s)', (file, runtime) => {
    expect(detectRuntimeLog(readFileSync(LOGS + file, 'utf8')).runtime).toBe(runtime);
  });

  const excerpts = [
    ...readTsv('runtime-logs-2.sample.tsv').map((r) => r.raw_excerpt ?? ''),
    ...readTsv('runtime-logs.sample.tsv').map((r) => r.raw_line ?? ''),
  ].map((text) => text.split(' | ').join('\n')).filter((text) => readLog(text).runtime !== null);

  it.each(excerpts.map((text) => [text.slice(0, 60), text] as const))('sample excerpt %s…', (_head, text) => {
    expect(isRuntimeLog(text)).toBe(true);
  });
});

describe('questions and chatter are not logs', () => {
  const texts = [...readTsv('help-questions.sample.tsv'), ...readTsv('help-chatter.sample.tsv')].map((r) => r.text ?? '');

  it.each(texts.map((t) => [t.slice(0, 60), t] as const))('%s…', (_head, text) => {
    expect(isRuntimeLog(text)).toBe(false);
  });

  it('a question quoting one PyTorch error is read as a question that quotes an error', () => {
    const question = texts.find((t) => t.includes('CUDA out of memory. Tried to allocate')) ?? '';
    expect(detectRuntimeLog(question)).toMatchObject({ isLog: false, asks: true, logLines: 1, runtime: 'pytorch' });
  });

  it('the same error line pasted alone is a log', () => {
    expect(isRuntimeLog('torch.cuda.OutOfMemoryError: CUDA out of memory. Tried to allocate 3.50 GiB. GPU 0 has a total capacity of 23.69 GiB')).toBe(true);
  });

  it('a question above a whole log is still a log', () => {
    const log = readFileSync(`${LOGS}llama-cpp-kv-partial-q8.log`, 'utf8');
    expect(isRuntimeLog(`why does this use so much memory?\n${log}`)).toBe(true);
  });
});
