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
