// The CLI as a process (docs/contract.md §2): report, --json, --json - batch, exit 2 on bad input.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { run } from '../helpers/run.js';

const BIN = fileURLToPath(new URL('../../bin/llmmem.js', import.meta.url));

describe('llmmem CLI', () => {
  it('prints the human report with 6.52 GiB of weights for params:7 precision:int8', async () => {
    const result = await run(BIN, ['params:7', 'precision:int8']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/Weights\s+6\.52 GiB/);
    expect(result.stdout).toContain('4,096');
  });

  it('--json prints one object with integer bytes and the contract keys', async () => {
    const result = await run(BIN, ['--json', 'params:7', 'precision:fp16']);
    const json = JSON.parse(result.stdout);
    expect(json).toMatchObject({ params: 7e9, precision: 'fp16', bitsPerWeight: 16, weightsBytes: 14e9, contextLength: 4096, model: null });
    for (const key of ['kvCacheBytes', 'vramBytes', 'ramBytes']) expect(Number.isInteger(json[key])).toBe(true);
    expect(json.warnings).toEqual(expect.arrayContaining([expect.stringMatching(/Architecture unknown/)]));
  });

  it('reads a sentence as a help-channel question: "Read as" first, then the answer for the card named', async () => {
    const result = await run(BIN, ['can I run llama 3.1 8b q4 on my 3060?']);
    expect(result.status).toBe(0);
    expect(result.stdout.split('\n')[0]).toBe('Read as: Llama-3.1-8B · q4 → Q4_K_M · RTX 3060 (12 GB)');
    expect(result.stdout).toContain('GeForce RTX 3060 12GB');
  });

  it('words addressed to the CLI that make no command are a question, with or without an asking word', async () => {
    const result = await run(BIN, ['will kunoichi 7b run on my 1060 6gb']);
    expect(result.status).toBe(0);
    expect(result.stdout.split('\n')[0]).toMatch(/^Read as: .*Kunoichi.*GTX 1060 \(6 GB\)/i);
  });

  it('--json with a question: the first answer keys, readAs, and the answers side by side', async () => {
    const result = await run(BIN, ['--json', 'can I fine-tune llama 3 8b on a 4090?']);
    const json = JSON.parse(result.stdout);
    expect(json.readAs).toBe('Read as: Llama-3-8B · training: full, LoRA and QLoRA compared · RTX 4090 (24 GB)');
    expect(json.params).toBe(8_030_261_248);
    expect(json.sideBySide).toHaveLength(2);
    expect(Number.isInteger(json.sideBySide[1].vramBytes)).toBe(true);
  });

  it('keeps a quoted file name with spaces together', async () => {
    const result = await run(BIN, ['--json', 'file:my model 7b.Q8_0.gguf']);
    expect(JSON.parse(result.stdout).precision).toBe('q8_0');
  });

  it('bad input: exit 2, one line on stderr, no stack trace', async () => {
    const result = await run(BIN, ['params:abc']);
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).not.toMatch(/\bat .*\.js:\d+/);
  });

  it('bad input with --json: exit 2 and {"error": …} on stdout', async () => {
    const result = await run(BIN, ['--json', 'precision:fp99', 'params:7']);
    expect(result.status).toBe(2);
    expect(JSON.parse(result.stdout).error).toMatch(/fp99/);
  });

  it('--json - answers each line in order, a bad line in its place', async () => {
    const input = ['params:7 precision:fp16', 'params:abc', '', 'file:Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf ctx:8192', '   ', 'llmmem'].join('\n');
    const result = await run(BIN, ['--json', '-'], input);
    const lines = result.stdout.trim().split('\n').map((line) => JSON.parse(line));
    // blank lines are skipped; every object names its input line so results join back to it
    expect(lines.map((l) => l.line)).toEqual([1, 2, 4, 6]);
    expect(lines[0]).toMatchObject({ input: 'params:7 precision:fp16', weightsBytes: 14e9 });
    expect(lines[1]).toHaveProperty('error');
    expect(lines[2].kvCacheBytes).toBe(1024 ** 3);
    expect(lines[3]).toHaveProperty('error');
  });
});
