// npm start as an operator runs it: healthy once up, and a clean stop on SIGTERM.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { makeSigningKeys } from '../fixtures/discord-signing.js';

const MAIN = fileURLToPath(new URL('../../dist/src/main.js', import.meta.url));

describe('lifecycle', () => {
  it('reports healthy, then stops cleanly (exit 0) on SIGTERM, never logging the key', async () => {
    const keys = makeSigningKeys();
    const child = spawn(process.execPath, [MAIN], {
      env: { PATH: process.env.PATH ?? '', DISCORD_PUBLIC_KEY: keys.publicKeyHex, PORT: '0', LOG_LEVEL: 'info', HF_ENDPOINT: 'http://127.0.0.1:9' },
      cwd: '/tmp',
    });
    let log = '';
    const port = await new Promise<number>((resolve, reject) => {
      child.stderr.on('data', (chunk: Buffer) => {
        log += chunk.toString();
        const match = /"port":(\d+)/.exec(log);
        if (match) resolve(Number(match[1]));
      });
      child.on('exit', () => reject(new Error(`exited early: ${log}`)));
    });
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(log).toContain('stopped');
    expect(log).not.toContain(keys.publicKeyHex);
  });
});
