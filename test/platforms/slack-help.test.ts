// Help-channel replies on Slack: signed Events API deliveries into Bolt's real receiver.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { startPlatforms, type RunningPlatforms } from '../../src/platforms/start-platforms.js';
import { FakeSlack } from '../fakes/slack-api.js';
import { SIGNING_SECRET, slackHeaders } from '../fixtures/slack-signing.js';
import { silentLogger } from '../helpers/silent-log.js';

const fake = new FakeSlack();
let running: RunningPlatforms;
const now = () => Math.floor(Date.now() / 1000);

beforeAll(async () => {
  await fake.listen();
  const config = parseConfig({
    SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: fake.apiUrl, PORT: '0', HELP_CHANNEL_IDS: 'CHELP',
  });
  if (!config.ok) throw new Error(config.errors.join());
  running = await startPlatforms(config.config, silentLogger());
});

afterAll(async () => {
  await running?.stop();
  await fake.close();
});

let events = 0;
function deliver(event: Record<string, unknown>, eventId = `Ev${++events}`, retry?: number) {
  const body = JSON.stringify({ token: 'legacy', team_id: 'T1', api_app_id: 'A1', type: 'event_callback', event_id: eventId, event_time: now(), event });
  const headers = { ...slackHeaders(body, now()), 'content-type': 'application/json', ...(retry ? { 'x-slack-retry-num': String(retry), 'x-slack-retry-reason': 'http_timeout' } : {}) };
  return fetch(`http://127.0.0.1:${running.port}/slack/events`, { method: 'POST', body, headers });
}

const posts = () => fake.calls.filter((c) => c.path === '/api/chat.postMessage');

describe('Slack help-channel replies', () => {
  it('answers url_verification with the challenge', async () => {
    const body = JSON.stringify({ type: 'url_verification', token: 'legacy', challenge: 'abc123' });
    const response = await fetch(`http://127.0.0.1:${running.port}/slack/events`, {
      method: 'POST', body, headers: { ...slackHeaders(body, now()), 'content-type': 'application/json' },
    });
    expect(await response.text()).toContain('abc123');
  });

  it('an app_mention gets one chat.postMessage in its thread; the retried delivery gets none', async () => {
    const posted = fake.nextCall(/^\/api\/chat\.postMessage$/);
    const event = { type: 'app_mention', user: 'UEN', text: '<@UBOT> can I run mixtral-8x7b-instruct-v0.1.Q5_K_M.gguf on my 3090?', ts: '1700000000.000100', channel: 'C1', event_ts: '1700000000.000100' };
    expect((await deliver(event, 'EvMention')).status).toBe(200);
    const call = await posted;
    expect(call.body.thread_ts).toBe('1700000000.000100');
    expect(JSON.stringify(call.body)).toContain('mixtral-8x7b-instruct-v0.1.Q5_K_M.gguf');
    const before = posts().length;
    await deliver(event, 'EvMention', 1);
    // the next delivery is answered; if the retry had been, its post would come first
    const next = fake.nextCall(/^\/api\/chat\.postMessage$/);
    await deliver({ ...event, ts: '1700000000.000200', text: '<@UBOT> llama 3.1 8b?' }, 'EvNext');
    expect(JSON.stringify((await next).body)).toMatch(/llama-3\.1-8b/i);
    expect(posts().length).toBe(before + 1);
  });

  it('a mention without a model gets a short usage hint', async () => {
    const posted = fake.nextCall(/^\/api\/chat\.postMessage$/);
    await deliver({ type: 'app_mention', user: 'UEN', text: '<@UBOT> hello!', ts: '1700000001.000100', channel: 'C1' });
    expect(String((await posted).body.text)).toContain('/llmmem');
  });

  it('answers a message naming a model in a help channel, and ignores bots', async () => {
    const before = posts().length;
    await deliver({ type: 'message', bot_id: 'B2', text: 'Qwen3-8B-Q4_K_M.gguf on a 4090?', ts: '1700000002.000100', channel: 'CHELP' });
    const posted = fake.nextCall(/^\/api\/chat\.postMessage$/);
    await deliver({ type: 'message', user: 'UEN', text: 'Qwen3-8B-Q4_K_M.gguf on a 4090?', ts: '1700000003.000100', channel: 'CHELP' });
    expect((await posted).body.thread_ts).toBe('1700000003.000100');
    expect(posts().length).toBe(before + 1);
  });
});
