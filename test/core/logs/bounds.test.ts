// Whatever is pasted, reading and explaining it stays bounded: hostile 2,000-character lines built to make
// regular expressions backtrack, a 100 KB paste, a paste past the limit, and any string at all (fast-check).
// Time is measured in test/bench/logs.bench.ts; here the sizes of what comes out are.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { askLlmmem } from '../../../src/core/logs/ask-llmmem.js';
import { detectRuntimeLog } from '../../../src/core/logs/detect-log.js';
import { explainLog } from '../../../src/core/logs/explain-log.js';
import { FACT_LIMITS, type LogFacts } from '../../../src/core/logs/log-facts.js';
import { LOG_LIMITS, toLogLines } from '../../../src/core/logs/log-lines.js';
import { readLog } from '../../../src/core/logs/read-log.js';
import { MESSAGES } from '../../../src/i18n/locale.js';
import { LOG_MESSAGES } from '../../../src/i18n/log-locale.js';
import { renderLogText } from '../../../src/render/log-text.js';

const LOGS = fileURLToPath(new URL('../../fixtures/published/logs/', import.meta.url));

function expectBounded(facts: LogFacts): void {
  expect(facts.linesRead).toBeLessThanOrEqual(LOG_LIMITS.maxLines);
  expect(facts.figures.length).toBeLessThanOrEqual(FACT_LIMITS.figures);
  expect(facts.failures.length).toBeLessThanOrEqual(FACT_LIMITS.failures);
  expect(facts.devices.length).toBeLessThanOrEqual(FACT_LIMITS.devices);
  expect(facts.prose.length).toBeLessThanOrEqual(FACT_LIMITS.proseLines);
}

/** Lines that start like a rule's pattern and then never finish it: the shapes that make naive patterns backtrack. */
const HOSTILE: readonly [string, string][] = ([
  ['digits after a buffer label', `CUDA0 model buffer size = ${'1'.repeat(1975)}`],
  ['dotted digits', `allocating ${'1.'.repeat(990)} MiB on device 0`],
  ['a device name that never ends', `${'A'.repeat(1990)} KV buffer size = 1.00 MiB`],
  ['open parentheses', `max seq len (${'('.repeat(1980)}`],
  ['key=value pairs that never close', `memory.required.full="${'9 GiB '.repeat(330)}`],
  ['ANSI escapes without an end', '\u001b['.repeat(1000)],
  ['spaces between every token', `| ${' - '.repeat(600)} | ${'1 = '.repeat(60)}`],
  ['pipes', '|'.repeat(2000)],
  ['a flag list', ` -c ${'-ngl '.repeat(399)}`],
  ['the ValueError with runs of digits', `max seq len (1), (${'9'.repeat(1940)} GiB KV cache is needed`],
] as const).map(([name, text]): [string, string] => [name, text.slice(0, 2000)]);

describe('hostile 2,000-character inputs', () => {
  it.each(HOSTILE)('%s: read, explained and rendered, every figure bounded', (_name, text) => {
    expect(text.length).toBeGreaterThanOrEqual(1950);
    expect(text.length).toBeLessThanOrEqual(2000);
    const facts = readLog(text);
    expectBounded(facts);
    const e = explainLog(text, askLlmmem);
    expect(renderLogText(e, MESSAGES.en, LOG_MESSAGES.en).length).toBeLessThan(6000);
    detectRuntimeLog(text);
  });
});

describe('large pastes', () => {
  const log = readFileSync(`${LOGS}llama-cpp-kv-partial-q8.log`, 'utf8');
  const paste = log.repeat(Math.ceil(100_000 / log.length)).slice(0, 100_000);

  it('a 100 KB paste of a real log, repeated: read whole, each figure kept once per device in the reply', () => {
    const facts = readLog(paste);
    expect(facts.truncated).toBe(false);
    expectBounded(facts);
    const text = renderLogText(explainLog(paste, askLlmmem), MESSAGES.en, LOG_MESSAGES.en);
    expect(text.match(/CPU\s+KV buffer\s+881\.34 MiB/g)).toHaveLength(1);
  });

  it('a paste longer than the limit is cut there, and says so', () => {
    const long = paste.repeat(3);
    expect(toLogLines(long).truncated).toBe(true);
    expect(readLog(long).truncated).toBe(true);
    expect(explainLog(long, askLlmmem).notes.map((n) => n.code)).toEqual(['log_truncated', 'model_unknown']); // the log names no model
  });

  it('one line of 100 KB is cut to the line limit', () => {
    const { lines } = toLogLines(`llama_context: n_ctx = 4096 ${'x'.repeat(100_000)}`);
    expect(lines[0]?.length).toBeLessThanOrEqual(LOG_LIMITS.maxLineChars);
  });

  it('more lines than the limit: the rest is not read', () => {
    const many = 'llama_context: n_ubatch = 512\n'.repeat(LOG_LIMITS.maxLines + 10);
    expect(toLogLines(many)).toMatchObject({ truncated: true });
    expect(toLogLines(many).lines).toHaveLength(LOG_LIMITS.maxLines);
  });
});

describe('any input at all', () => {
  it('never throws, and what it keeps is bounded', () => {
    const line = fc.oneof(
      fc.string({ maxLength: 300 }),
      fc.constantFrom('buffer size = ', 'cudaMalloc failed', 'KV self size', 'memory.required.full="', 'Tried to allocate ', 'max seq len (', ' MiB', ' GiB', '| - ', '```', '\u001b[32m', '\r\n'),
    );
    fc.assert(fc.property(fc.array(line, { maxLength: 40 }), (parts) => {
      const text = parts.join('');
      expectBounded(readLog(text));
      renderLogText(explainLog(text, askLlmmem), MESSAGES.ja, LOG_MESSAGES.ja);
      detectRuntimeLog(text);
    }), { numRuns: 300 });
  });
});
