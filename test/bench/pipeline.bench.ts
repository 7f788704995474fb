// npm run bench: time per request through the pipeline, per name parsed, and the CLI's JSON Lines batch.
import { PassThrough, Readable } from 'node:stream';
import { bench, describe } from 'vitest';
import { answer } from '../../src/answer.js';
import { runJsonLines } from '../../src/cli/json-lines.js';
import { parseModelName } from '../../src/core/parse/filename.js';
import { renderText } from '../../src/render/text.js';
import { readTsv } from '../helpers/published-data.js';

const COMMANDS = [
  '/llmmem params:7 precision:int8',
  '/llmmem file:Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf ctx:8192 gpu:rtx4090',
  '/llmmem mixtral-8x7b-instruct-v0.1.Q5_K_M.gguf gpu:24 gpus:2',
  '/llmmem params:70 mode:qlora ctx:2048 lang:ja',
];
const NAMES = readTsv('filenames.sample.tsv').map((row) => row.name ?? '');

describe('per request', () => {
  let i = 0;
  bench('answer + render text (goal < 50 µs median)', () => {
    const reply = answer(COMMANDS[i++ % COMMANDS.length] ?? '');
    if (reply.ok && reply.kind === 'estimate') renderText(reply.report, reply.messages);
  });

  let n = 0;
  bench('parse one real model name', () => {
    parseModelName(NAMES[n++ % NAMES.length] ?? '');
  });
});

describe('CLI batch', () => {
  const LINES = 100_000;
  const input = Array.from({ length: LINES }, (_, k) => COMMANDS[k % COMMANDS.length]).join('\n');
  bench(`--json - over ${LINES.toLocaleString('en-US')} lines`, async () => {
    const output = new PassThrough();
    output.resume();
    await runJsonLines(Readable.from([input]), output);
  }, { iterations: 3, time: 0, warmupIterations: 0 });
});
