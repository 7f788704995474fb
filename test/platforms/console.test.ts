// npm start with no credentials: the local console (docs/contract.md §3).
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runConsole } from '../../src/platforms/console/console.js';
import { run } from '../helpers/run.js';

const MAIN = fileURLToPath(new URL('../../dist/src/main.js', import.meta.url));

describe('local console', () => {
  it('`printf "/llmmem params:7 precision:int8\\n" | npm start` prints 6.52 GiB of weights and exits', async () => {
    const result = await run(MAIN, [], '/llmmem params:7 precision:int8\n');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/Weights\s+6\.52 GiB/);
  });

  it('answers every line, a bad one with its message, and ends at end of input', async () => {
    const result = await run(MAIN, [], '/llmmem params:abc\n\n/llmmem params:7 precision:fp16 lang:ja\n');
    expect(result.stdout).toContain('`params:abc` is not a number');
    expect(result.stdout).toMatch(/重み\s+13\.04 GiB/);
  });

  it('reads a line that is not a command as a help-channel question, with its "Read as" line first', async () => {
    const result = await run(MAIN, [], 'can i run qwen3 30b a3b on my 4090 with 32k ctx?\n');
    const [first, ...rest] = result.stdout.split('\n');
    expect(first).toBe('Read as: Qwen3-30B-A3B · 32k context · RTX 4090 (24 GB)');
    const body = rest.join('\n');
    expect(body).toContain('Context 32,768 tokens');
    expect(body).toContain('GeForce RTX 4090');
    expect(body).not.toContain("I don't know");
  });

  it('`help` prints the options with examples; a line with nothing to size gets one sentence and an example', async () => {
    const result = await run(MAIN, [], 'help\nhello there, nice weather\n');
    expect(result.stdout).toContain('/llmmem params:7 precision:int8');
    expect(result.stdout).toContain('cpumoe:');
    const miss = result.stdout.split('\n').filter((l) => l.includes('hello'));
    expect(miss).toHaveLength(1);
    expect(miss[0]).toMatch(/Try `\/llmmem [^`]+`\.$/);
  });

  it('answers training questions with full fine-tuning, LoRA and QLoRA side by side', async () => {
    const result = await run(MAIN, [], 'can I fine-tune llama 3 8b on a 4060 Ti 16GB?\n');
    expect(result.stdout.split('\n')[0]).toBe('Read as: Llama-3-8B · training: full, LoRA and QLoRA compared · RTX 4060 Ti (16 GB)');
    expect(result.stdout).toContain('full fine-tuning');
    expect(result.stdout).toMatch(/\bLoRA\b/);
    expect(result.stdout).toMatch(/\bQLoRA\b/);
  });

  it('prompts and stops on exit when interactive', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let text = '';
    output.on('data', (chunk: Buffer) => { text += chunk.toString(); });
    const done = runConsole({ input, output, interactive: true });
    input.write('params:7 precision:int4\n');
    input.write('exit\n');
    await done;
    expect(text).toContain('llmmem> ');
    expect(text).toMatch(/Weights\s+3\.26 GiB/);
  });

  it('a half-set credential pair stops start-up with one line naming the missing variable', async () => {
    const result = await run(MAIN, [], '', { DISCORD_TOKEN: 'secret-token-value' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('DISCORD_APPLICATION_ID is missing');
    expect(result.stderr).not.toContain('secret-token-value');
  });
});
