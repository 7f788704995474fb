// How fast the help-channel reader scans: every message of a busy channel passes through it, so it is
// measured on the chatter it must leave alone (goal: ≥ 20,000 messages/s on one core) and on questions.
import { it } from 'vitest';
import { readQuestion } from '../../src/core/question/read-question.js';
import { askedQuestion } from '../../src/core/question/scan.js';
import { readTsv } from '../helpers/published-data.js';
import { printTable } from './table.js';

const chatter = readTsv('help-chatter.sample.tsv').map((r) => r.text ?? '');
const questions = readTsv('help-questions.sample.tsv').map((r) => r.text ?? '');
// the help channel's scan of unaddressed messages, and the full read a mention or a question gets
const RUNS: Readonly<Record<string, readonly [readonly string[], (text: string) => unknown]>> = {
  'chatter, scanned': [chatter, askedQuestion],
  'chatter, read whole': [chatter, readQuestion],
  'questions, scanned': [questions, askedQuestion],
};
const MESSAGES_EACH = 40_000;

it('prints messages per second the question reader scans', () => {
  const rows = Object.entries(RUNS).map(([name, [texts, scan]]) => {
    for (let i = 0; i < 2_000; i++) scan(texts[i % texts.length] ?? '');
    const start = performance.now();
    for (let i = 0; i < MESSAGES_EACH; i++) scan(texts[i % texts.length] ?? '');
    const seconds = (performance.now() - start) / 1000;
    const chars = texts.reduce((n, t) => n + t.length, 0) / texts.length;
    return [name, String(texts.length), chars.toFixed(0), Math.round(MESSAGES_EACH / seconds).toLocaleString('en-US')];
  });
  printTable(`question reader, ${MESSAGES_EACH.toLocaleString('en-US')} messages each (goal ≥ 20,000 chatter/s)`, ['run', 'messages', 'mean chars', 'messages/s'], rows);
});
