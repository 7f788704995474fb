// Per-request time of the shared pipeline (answer + render), as a distribution: the median is the goal.
import { it } from 'vitest';
import { answer } from '../../src/answer.js';
import { renderDiscordAnswer } from '../../src/render/discord.js';
import { renderSlackAnswer } from '../../src/render/slack.js';
import { renderText } from '../../src/render/text.js';
import { percentile, printTable } from './table.js';

const COMMANDS = [
  '/llmmem params:7 precision:int8',
  '/llmmem file:Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf ctx:8192 gpu:rtx4090',
  '/llmmem mixtral-8x7b-instruct-v0.1.Q5_K_M.gguf gpu:24 gpus:2',
  '/llmmem params:70 mode:qlora ctx:2048 lang:ja',
];
const RENDERERS = {
  text: (text: string) => { const r = answer(text); if (r.ok && r.kind === 'estimate') renderText(r.report, r.messages); },
  'Discord embed': (text: string) => { const r = answer(text); if (r.ok && r.kind === 'estimate') renderDiscordAnswer(r.report, r.messages); },
  'Slack blocks': (text: string) => { const r = answer(text); if (r.ok && r.kind === 'estimate') renderSlackAnswer(r.report, r.messages, { postButton: true }); },
};

it('prints estimate + render time per request', () => {
  const rows = Object.entries(RENDERERS).map(([name, run]) => {
    for (let i = 0; i < 5_000; i++) run(COMMANDS[i % COMMANDS.length] ?? '');
    const times: number[] = [];
    for (let i = 0; i < 20_000; i++) {
      const t = performance.now();
      run(COMMANDS[i % COMMANDS.length] ?? '');
      times.push((performance.now() - t) * 1000);
    }
    times.sort((a, b) => a - b);
    return [name, percentile(times, 0.5).toFixed(1), percentile(times, 0.99).toFixed(1)];
  });
  printTable('answer + render, 20,000 requests each (µs)', ['renderer', 'p50 µs', 'p99 µs'], rows);
});
