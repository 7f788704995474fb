// Slack beyond /llmmem, through Bolt's real receiver with signed requests: the Ask llmmem message shortcut
// answers in the message's thread, the Home tab is published, huggingface.co links are unfurled with figures.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { startPlatforms, type RunningPlatforms } from '../../src/platforms/start-platforms.js';
import { FakeSlack } from '../fakes/slack-api.js';
import { SIGNING_SECRET, slackHeaders } from '../fixtures/slack-signing.js';
import { llamaCppLog } from '../fixtures/log-builder.js';
import { silentLogger } from '../helpers/silent-log.js';

const fake = new FakeSlack();
let running: RunningPlatforms;
const now = () => Math.floor(Date.now() / 1000);

beforeAll(async () => {
  await fake.listen();
  const config = parseConfig({ SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: fake.apiUrl, PORT: '0' });
  if (!config.ok) throw new Error(config.errors.join());
  running = await startPlatforms(config.config, silentLogger());
});

afterAll(async () => {
  await running?.stop();
  await fake.close();
});

const post = (body: string, contentType: string) =>
  fetch(`http://127.0.0.1:${running.port}/slack/events`, { method: 'POST', body, headers: { ...slackHeaders(body, now()), 'content-type': contentType } });

function shortcut(text: string, ts: string, threadTs?: string): string {
  const payload = {
    type: 'message_action', callback_id: 'llmmem_ask', trigger_id: '1.2.3', action_ts: '1.1', token: 'legacy',
    team: { id: 'T1', domain: 'test' }, user: { id: 'UEN', name: 'helper' }, channel: { id: 'C1', name: 'help' },
    message: { type: 'message', user: 'UASKER', ts, text, ...(threadTs ? { thread_ts: threadTs } : {}) },
    response_url: `${fake.url}/response/shortcut`,
  };
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

let events = 0;
const deliver = (event: Record<string, unknown>) => post(JSON.stringify({
  token: 'legacy', team_id: 'T1', api_app_id: 'A1', type: 'event_callback', event_id: `EvNative${++events}`, event_time: now(), event,
}), 'application/json');

describe('Slack: Ask llmmem, Home, unfurls', () => {
  it('the message shortcut answers the question in its thread', async () => {
    const posted = fake.nextCall(/^\/api\/chat\.postMessage$/);
    const response = await post(shortcut('will Qwen3-8B-Q4_K_M.gguf fit my 4060 Ti 16GB at 32k ctx?', '1700000100.000100'), 'application/x-www-form-urlencoded');
    expect(response.status).toBe(200);
    const call = await posted;
    expect(call.body.thread_ts).toBe('1700000100.000100');
    const shown = JSON.stringify(call.body);
    expect(shown).toContain('Qwen3-8B-Q4_K_M.gguf');
    expect(shown).toContain('32,768');
  });

  it('the message shortcut on a pasted llama.cpp log explains it in the thread the message is in', async () => {
    const log = llamaCppLog({
      file: 'Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf', fileType: 'Q4_K - Medium', gpu: 'NVIDIA GeForce RTX 3060', nCtx: 131072,
      buffers: [{ device: 'CUDA0', kind: 'model', mib: 4403.49 }], failure: { stage: 'kv_cache', mib: 16384 },
    });
    const posted = fake.nextCall(/^\/api\/chat\.postMessage$/);
    await post(shortcut(log, '1700000200.000300', '1700000200.000100'), 'application/x-www-form-urlencoded');
    const call = await posted;
    expect(call.body.thread_ts).toBe('1700000200.000100');
    expect(JSON.stringify(call.body)).toContain('16384.00 MiB');
  });

  it('opening the Home tab publishes the usage with examples', async () => {
    const published = fake.nextCall(/^\/api\/views\.publish$/);
    await deliver({ type: 'app_home_opened', user: 'UEN', channel: 'D1', tab: 'home', event_ts: '1700000300.000100' });
    const call = await published;
    expect(call.body.user_id).toBe('UEN');
    expect(String(call.body.view)).toContain('/llmmem gpu:rtx4090');
  });

  it('a huggingface.co model link is unfurled with its formats against common cards', async () => {
    const unfurled = fake.nextCall(/^\/api\/chat\.unfurl$/);
    await deliver({
      type: 'link_shared', user: 'UEN', channel: 'C1', message_ts: '1700000400.000100', event_ts: '1700000400.000200',
      links: [{ domain: 'huggingface.co', url: 'https://huggingface.co/meta-llama/Llama-3.1-8B-Instruct' }],
    });
    const call = await unfurled;
    const unfurls = String(call.body.unfurls);
    expect(unfurls).toContain('meta-llama/Llama-3.1-8B-Instruct');
    expect(unfurls).toContain('Q4_K_M');
    expect(unfurls).toContain('RTX 3060');
  });
});
