// SHARDS=2: discord.js's ShardingManager starts two shard processes, each identifying as its shard
// against the fake gateway, while the parent serves /healthz.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APPLICATION_ID, FakeDiscord } from '../fakes/discord-api.js';
import { startMain } from '../helpers/spawn-main.js';

const fake = new FakeDiscord();

beforeAll(() => fake.listen());
afterAll(() => fake.close());

describe('gateway sharding', () => {
  it('runs two shards and reports healthy once both are ready', async () => {
    // the parent logs "discord shards ready" once every shard's client is ready
    const { child, port } = await startMain({
      DISCORD_TOKEN: 'test-token', DISCORD_APPLICATION_ID: APPLICATION_ID, DISCORD_API_URL: fake.apiUrl, SHARDS: '2',
    }, 'discord shards ready');
    const health = (await fetch(`http://127.0.0.1:${port}/healthz`)).status;
    const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
    child.kill('SIGTERM');
    await exited;
    expect(fake.identifies).toEqual(expect.arrayContaining([[0, 2], [1, 2]]));
    expect(health).toBe(200);
  });
});
