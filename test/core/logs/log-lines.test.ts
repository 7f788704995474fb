// Chat pastes of a real log read the same as the log itself: quoted, fenced, coloured, with CRLF, with the
// ESC byte of its colours lost, behind journalctl or docker prefixes.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { toLogLines } from '../../../src/core/logs/log-lines.js';
import { readLog } from '../../../src/core/logs/read-log.js';

const LOGS = fileURLToPath(new URL('../../fixtures/published/logs/', import.meta.url));
const log = readFileSync(`${LOGS}llama-cpp-kv-partial-q8.log`, 'utf8');
const lines = log.trimEnd().split('\n');

const factsOf = (text: string) => {
  const f = readLog(text);
  return { figures: f.figures.map((x) => [x.key, x.device, x.size.value]), settings: f.settings, failures: f.failures.map((x) => x.code) };
};

const PASTES: readonly [string, string][] = [
  ['in a Discord code fence', `\`\`\`log\n${log}\n\`\`\``],
  ['quoted line by line (Slack, Discord "> ")', lines.map((l) => `> ${l}`).join('\n')],
  ['with CRLF line ends', lines.join('\r\n')],
  ['coloured with ANSI escapes', lines.map((l) => `\u001b[32m${l}\u001b[0m`).join('\n')],
  ['coloured, the ESC byte lost in the paste', lines.map((l) => `[1;32m${l}[0m`).join('\n')],
  ['behind journalctl', lines.map((l) => `Dec 14 10:02:11 box llama-server[4242]: ${l}`).join('\n')],
  ['behind docker compose', lines.map((l) => `llama-1  | ${l}`).join('\n')],
  ['with zero-width and non-breaking spaces from a chat client', lines.map((l) => `\u200b${l.replace(/ /g, '\u00a0')}`).join('\n')],
];

describe('pasted forms of a real log', () => {
  const clean = factsOf(log);
  it.each(PASTES)('%s: the same figures, settings and failures', (_form, paste) => {
    expect(factsOf(paste)).toEqual(clean);
  });
});

it('keeps nothing of a fence line and no empty lines', () => {
  expect(toLogLines('```\n\n  \nllama_context: n_ctx = 4096\n```').lines).toEqual(['llama_context: n_ctx = 4096']);
});
