// Start-up as an operator runs it: the gateway door from config, /healthz, and npm run register.
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { startPlatforms } from '../../src/platforms/start-platforms.js';
import { APPLICATION_ID, FakeDiscord } from '../fakes/discord-api.js';
import { run } from '../helpers/run.js';
import { silentLogger } from '../helpers/silent-log.js';

const REGISTER = fileURLToPath(new URL('../../dist/commands/register.js', import.meta.url));
const fake = new FakeDiscord();

beforeAll(() => fake.listen());
afterAll(() => fake.close());

describe('Discord start-up', () => {
  it('starts the gateway from DISCORD_TOKEN + DISCORD_APPLICATION_ID and reports healthy', async () => {
    const config = parseConfig({ DISCORD_TOKEN: 'test-token', DISCORD_APPLICATION_ID: APPLICATION_ID, DISCORD_API_URL: fake.apiUrl, PORT: '0' });
    if (!config.ok) throw new Error(config.errors.join());
    const running = await startPlatforms(config.config, silentLogger());
    const health = await fetch(`http://127.0.0.1:${running.port}/healthz`);
    await running.stop();
    expect(health.status).toBe(200);
    expect(fake.requests.some((r) => r.path === '/api/v10/gateway/bot')).toBe(true);
  });

  it('npm run register sends both commands, user-installable, to one guild when DISCORD_GUILD_ID is set', async () => {
    const put = fake.nextRequest(/\/applications\/\d+\/guilds\/\d+\/commands$/);
    const result = await run(REGISTER, [], '', {
      DISCORD_TOKEN: 'test-token', DISCORD_APPLICATION_ID: APPLICATION_ID, DISCORD_GUILD_ID: '999999999999999999', DISCORD_API_URL: fake.apiUrl,
    });
    const request = await put;
    expect(result.status).toBe(0);
    expect(request.method).toBe('PUT');
    const commands = request.body as { name: string; type: number; integration_types: number[]; contexts: number[] }[];
    expect(commands.map((c) => [c.name, c.type])).toEqual([['llmmem', 1], ['Ask llmmem', 3]]);
    for (const c of commands) expect([c.integration_types, c.contexts]).toEqual([[0, 1], [0, 1, 2]]);
  });
});
