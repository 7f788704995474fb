// npm run bench: reading and explaining pasted logs, from a typical paste to the largest and most hostile ones.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bench, describe } from 'vitest';
import { askLlmmem } from '../../src/core/logs/ask-llmmem.js';
import { isRuntimeLog } from '../../src/core/logs/detect-log.js';
import { explainLog } from '../../src/core/logs/explain-log.js';
import { LOG_LIMITS } from '../../src/core/logs/log-lines.js';
import { readLog } from '../../src/core/logs/read-log.js';
import { llamaCppLog } from '../fixtures/log-builder.js';

const LOGS = fileURLToPath(new URL('../fixtures/published/logs/', import.meta.url));
const real = readFileSync(`${LOGS}llama-cpp-kv-partial-q8.log`, 'utf8');
const paste100k = real.repeat(Math.ceil(100_000 / real.length)).slice(0, 100_000);
const pasteAtLimit = real.repeat(Math.ceil(LOG_LIMITS.maxChars / real.length)).slice(0, LOG_LIMITS.maxChars);
const hostile = `CUDA0 model buffer size = ${'1'.repeat(1975)}`;
const hostileLines = Array.from({ length: 50 }, (_, i) => `${'A'.repeat(1990)} KV buffer size = ${i}.00 MiB`).join('\n');
const failing = llamaCppLog({ file: 'Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf', fileType: 'Q4_K - Medium', gpu: 'NVIDIA GeForce RTX 3060', nCtx: 131072,
  buffers: [{ device: 'CUDA0', kind: 'model', mib: 4403.49 }], failure: { stage: 'kv_cache', mib: 16384 } });

describe('log reader', () => {
  bench('detect: is a 1 KB message a log', () => { isRuntimeLog(real); });
  bench('read a real 1 KB log', () => { readLog(real); });
  bench('read a hostile 2,000-character line', () => { readLog(hostile); });
  bench('read 50 hostile 2,000-character lines (100 KB)', () => { readLog(hostileLines); });
  bench('read a 100 KB paste', () => { readLog(paste100k); }, { iterations: 20 });
  bench(`read a paste at the ${LOG_LIMITS.maxChars / 1024} KB limit`, () => { readLog(pasteAtLimit); }, { iterations: 10 });
});

describe('explanation', () => {
  bench('explain a 128k KV failure on an RTX 3060 (estimate + fixes, each checked)', () => { explainLog(failing, askLlmmem); });
});
