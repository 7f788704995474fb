// npm run bench: the searches behind the advice (ctx:max, what fits a GPU) and the compute buffer with and
// without flash attention against the buffers llama.cpp printed.
import { it } from 'vitest';
import { answer } from '../../src/answer.js';
import { estimateOf } from '../helpers/reply.js';
import { percentile, printTable } from './table.js';

function timeIt(text: string, runs: number): [string, string, string] {
  for (let i = 0; i < 20; i++) answer(text);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    answer(text);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return [text, percentile(times, 0.5).toFixed(2), percentile(times, 0.99).toFixed(2)];
}

it('prints the time of ctx:max, what-fits and advice answers', () => {
  printTable('answers that search (ms, goal < 5 ms)', ['command', 'p50 ms', 'p99 ms'], [
    timeIt('file:Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf gpu:rtx3060 ctx:max', 300),
    timeIt('file:Qwen3-30B-A3B-Q4_K_M.gguf gpu:rtx4090 ctx:max', 300),
    timeIt('gpu:rtx4090', 100),
    timeIt('gpu:m3-max-36', 100),
    timeIt('file:llama-2-70b-chat.Q4_K_M.gguf gpu:rtx4090', 300),
  ]);
});

const MIB = 1024 ** 2;
// compute buffers llama.cpp printed, with the run's settings (test/fixtures/published and research notes)
const PRINTED: readonly [string, number, string][] = [
  ['file:Meta-Llama-3-8B-Instruct.Q5_K_S.gguf ctx:2048', 258.5, 'llama.cpp#8886, Metal, no flash attention'],
  ['file:Llama-3.1-70B-Q4_0.gguf ctx:4096', 588.01, 'Arm learning path, RPC worker, no flash attention'],
  ['file:Qwen3-30B-A3B-Q4_K_M.gguf ctx:16384', 1080.0, 'ik_llama.cpp#514 (mainline log), no flash attention'],
  ['file:Llama-3.2-1B-Instruct-Q4_K_M.gguf ctx:4096 fa:on', 254.5, 'ollama log, flash attention'],
];

it('prints the compute buffer with flash attention off and on beside the printed ones', () => {
  printTable('compute buffer (MiB)', ['run', 'printed', 'fa:off', 'fa:on', 'source'], PRINTED.map(([command, printed, source]) => {
    const base = command.replace(/ fa:on$/, '');
    const off = estimateOf(`${base} fa:off`).computeBytes / MIB;
    const on = estimateOf(`${base} fa:on`).computeBytes / MIB;
    return [base, printed.toFixed(2), off.toFixed(2), on.toFixed(2), source];
  }));
});
