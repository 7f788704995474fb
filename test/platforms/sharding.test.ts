// SHARDS=2: discord.js's ShardingManager starts two shard processes, each identifying as its shard
// against the fake gateway, while the parent serves /healthz.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APPLICATION_ID, FakeDiscord } from '../fakes/discord-api.js';

const MAIN = fileURLToPath(new URL('../../dist/src/main.js', import.meta.url));
const fake = new FakeDiscord();

beforeAll(() => fake.listen());
afterAll(() => fake.close());

describe('gateway sharding', () => {
  it('runs two shards and reports healthy once both are ready', async () => {
    const child = spawn(process.execPath, [MAIN], {
      env: {
        PATH: process.env.PATH ?? '', DISCORD_TOKEN: 'test-token', DISCORD_APPLICATION_ID: APPLICATION_ID, DISCORD_API_URL: fake.apiUrl,
        SHARDS: '2', PORT: '0', LOG_LEVEL: 'info', HF_ENDPOINT: 'http://127.0.0.1:9',
      },
      cwd: '/tmp',
    });
    let log = '';
    // the parent logs its port, then "discord shards ready" once every shard's client is ready
    const port = await new Promise<number>((resolve, reject) => {
      child.stderr.on('data', (chunk: Buffer) => {
        log += chunk.toString();
        const match = /"port":(\d+)/.exec(log);
        if (match && log.includes('discord shards ready')) resolve(Number(match[1]));
      });
      child.on('exit', () => reject(new Error(log)));
    });
    const health = (await fetch(`http://127.0.0.1:${port}/healthz`)).status;
    const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
    child.kill('SIGTERM');
    await exited;
    expect(fake.identifies).toEqual(expect.arrayContaining([[0, 2], [1, 2]]));
    expect(health).toBe(200);
  });
});
