// npm start as an operator runs it: healthy once up, and a clean stop on SIGTERM (exit 0) even with an
// upload that never ends, an idle keep-alive connection and a Discord REST call that never answers.
import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APPLICATION_ID, FakeDiscord, interactionPayload } from '../fakes/discord-api.js';
import { makeSigningKeys } from '../fixtures/discord-signing.js';
import { startMain } from '../helpers/spawn-main.js';

const fake = new FakeDiscord();
beforeAll(() => fake.listen());
afterAll(() => fake.close());

function openSocket(port: number, request: string): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => { socket.write(request); resolve(socket); });
    socket.on('error', reject);
  });
}

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

  it('exits 0 on SIGTERM with a stuck upload, an idle keep-alive socket and a Discord REST call that hangs', async () => {
    const keys = makeSigningKeys();
    fake.hang(/\/callback$/);
    const { child, port, log } = await startMain({
      DISCORD_PUBLIC_KEY: keys.publicKeyHex, DISCORD_TOKEN: 'test-token', DISCORD_APPLICATION_ID: APPLICATION_ID, DISCORD_API_URL: fake.apiUrl,
    }, 'discord gateway ready');
    // an upload that announced 100 KB and sent 10 bytes
    const upload = await openSocket(port, 'POST /discord/interactions HTTP/1.1\r\nHost: x\r\nContent-Length: 100000\r\n\r\n0123456789');
    // a keep-alive connection that answered once and sits idle
    const idle = await openSocket(port, 'GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: keep-alive\r\n\r\n');
    await new Promise((resolve) => idle.once('data', resolve));
    // a slash command whose interaction callback Discord never answers
    const callback = fake.nextRequest(/\/callback$/);
    fake.dispatch('INTERACTION_CREATE', interactionPayload(2, { id: '1', type: 1, name: 'llmmem', options: [{ name: 'params', type: 10, value: 7 }] }));
    await callback;
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(log()).toContain('"stopped"');
    expect(log()).not.toContain('did not stop');
    upload.destroy();
    idle.destroy();
  });
});
