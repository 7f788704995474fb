// npm start as an operator runs it: healthy once up, and a clean stop on SIGTERM.
import { describe, expect, it } from 'vitest';
import { makeSigningKeys } from '../fixtures/discord-signing.js';
import { startMain } from '../helpers/spawn-main.js';

describe('lifecycle', () => {
  it('reports healthy, then stops cleanly (exit 0) on SIGTERM', async () => {
    const keys = makeSigningKeys();
    const { child, port, log } = await startMain({ DISCORD_PUBLIC_KEY: keys.publicKeyHex });
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(log()).toContain('stopped');
  });
});
