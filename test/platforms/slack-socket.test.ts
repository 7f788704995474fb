// Bolt in Socket Mode against a local fake Socket Mode server (WebSocket on 127.0.0.1).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { startPlatforms, type RunningPlatforms } from '../../src/platforms/start-platforms.js';
import { FakeSlack } from '../fakes/slack-api.js';
import { silentLogger } from '../helpers/silent-log.js';

const fake = new FakeSlack();
let running: RunningPlatforms;

beforeAll(async () => {
  await fake.listen();
  const config = parseConfig({ SLACK_BOT_TOKEN: 'xoxb-test', SLACK_APP_TOKEN: 'xapp-test', SLACK_API_URL: fake.apiUrl, PORT: '0' });
  if (!config.ok) throw new Error(config.errors.join());
  running = await startPlatforms(config.config, silentLogger());
  await fake.socketConnected;
});

afterAll(async () => {
  await running?.stop();
  await fake.close();
});

describe('Slack Socket Mode', () => {
  it('opens the connection with the app-level token', () => {
    expect(fake.calls.some((c) => c.path === '/api/apps.connections.open')).toBe(true);
  });

  it('acks a slash command envelope and answers through response_url', async () => {
    const answered = fake.nextCall(/^\/response\/socket$/);
    await fake.sendEnvelope('env-1', 'slash_commands', {
      command: '/llmmem', text: 'params:7 precision:int8', user_id: 'UEN', channel_id: 'C1', team_id: 'T1',
      response_url: `${fake.url}/response/socket`, trigger_id: '1.2.3', api_app_id: 'A1',
    });
    expect(JSON.stringify((await answered).body)).toContain('6.52 GiB');
  });

  it('has no /slack/events route: Socket Mode needs no public endpoint', async () => {
    const response = await fetch(`http://127.0.0.1:${running.port}/slack/events`, { method: 'POST', body: '' });
    expect(response.status).toBe(404);
  });
});
