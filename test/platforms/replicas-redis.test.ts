// Two replicas behind one load balancer, sharing one real Redis (REDIS_URL): a Slack event retried to
// the other replica is answered once, one user's rate limit holds across both, and a Hub look-up made
// by one is not made again by the other.
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { createLogger } from '../../src/log.js';
import { USER_RULE } from '../../src/platforms/rate-limit.js';
import { startPlatforms, type RunningPlatforms } from '../../src/platforms/start-platforms.js';
import { FakeHub, jsonFile } from '../fakes/hf-hub.js';
import { FakeSlack } from '../fakes/slack-api.js';
import { buildSafetensors, TINYLLAMA_CONFIG, tinyLlamaSafetensors } from '../fixtures/safetensors-builder.js';
import { SIGNING_SECRET, slackHeaders, slashCommandBody } from '../fixtures/slack-signing.js';
import { REDIS_SERVER, startRedis, type RunningRedis } from '../helpers/redis-server.js';

if (!REDIS_SERVER) {
  process.stderr.write('replicas-redis.test.ts: SKIPPED — redis-server is not on PATH (apt-get install -y redis-server; .ci/run installs it)\n');
}

interface Replica { readonly running: RunningPlatforms; readonly log: () => string }

const slack = new FakeSlack();
const st = buildSafetensors(tinyLlamaSafetensors());
const hub = new FakeHub({ 'TinyLlama/TinyLlama-1.1B-Chat-v1.0': { files: { 'config.json': jsonFile(TINYLLAMA_CONFIG), 'model.safetensors': { prefix: st.header, size: st.header.length + st.dataBytes } } } });
let redis: RunningRedis;
let a: Replica;
let b: Replica;
const now = () => Math.floor(Date.now() / 1000);

async function replica(redisUrl: string): Promise<Replica> {
  let text = '';
  const log = createLogger('info', new Writable({ write(chunk, _encoding, done) { text += chunk.toString(); done(); } }));
  const config = parseConfig({
    SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: slack.apiUrl, HF_ENDPOINT: hub.url, REDIS_URL: redisUrl, PORT: '0',
  });
  if (!config.ok) throw new Error(config.errors.join());
  return { running: await startPlatforms(config.config, log), log: () => text };
}

async function waitForLog(r: Replica, line: string): Promise<void> {
  while (!r.log().includes(line)) await new Promise((resolve) => setImmediate(resolve));
}

describe.skipIf(!REDIS_SERVER)('two replicas sharing one Redis', () => {
  beforeAll(async () => {
    await Promise.all([slack.listen(), hub.listen()]);
    redis = await startRedis();
    a = await replica(redis.url);
    b = await replica(redis.url);
  });

  afterAll(async () => {
    await a?.running.stop();
    await b?.running.stop();
    await redis?.stop();
    await Promise.all([slack.close(), hub.close()]);
  });

  const deliver = (to: Replica, event: Record<string, unknown>, eventId: string, retry?: number) => {
    const body = JSON.stringify({ token: 'legacy', team_id: 'T1', api_app_id: 'A1', type: 'event_callback', event_id: eventId, event_time: now(), event });
    const headers = { ...slackHeaders(body, now()), 'content-type': 'application/json', ...(retry ? { 'x-slack-retry-num': String(retry), 'x-slack-retry-reason': 'http_timeout' } : {}) };
    return fetch(`http://127.0.0.1:${to.running.port}/slack/events`, { method: 'POST', body, headers });
  };

  let responses = 0;
  const command = async (to: Replica, text: string, user: string) => {
    const path = `/response/replica-${++responses}`;
    const answered = slack.nextCall(new RegExp(`^${path}$`));
    const body = slashCommandBody(text, user, `${slack.url}${path}`, `CR${responses}`);
    await fetch(`http://127.0.0.1:${to.running.port}/slack/events`, { method: 'POST', body, headers: slackHeaders(body, now()) });
    return JSON.stringify((await answered).body);
  };

  it('answers an event once when Slack retries it to the other replica', async () => {
    const posted = slack.nextCall(/^\/api\/chat\.postMessage$/);
    const event = { type: 'app_mention', user: 'UEN', text: '<@UBOT> llama 3.1 8b on a 4090?', ts: '1700000100.000100', channel: 'C1', event_ts: '1700000100.000100' };
    await deliver(a, event, 'EvShared');
    await posted;
    await deliver(b, event, 'EvShared', 1);
    await waitForLog(b, 'slack event already answered');
    expect(slack.calls.filter((c) => c.path === '/api/chat.postMessage')).toHaveLength(1);
  });

  it("holds one user's rate limit across both replicas", async () => {
    const answers: string[] = [];
    for (let i = 0; i < USER_RULE.burst; i++) answers.push(await command(i % 2 === 0 ? a : b, 'params:7 precision:int8', 'URATE'));
    for (const answer of answers) expect(answer).toContain('Weights');
    // the burst is spent, half on each replica: the next ask is refused wherever it lands
    expect(await command(b, 'params:7 precision:int8', 'URATE')).toContain('asking faster');
    expect(await command(a, 'params:7 precision:int8', 'URATE')).toContain('asking faster');
  });

  it('shares the Hub cache: the second replica asks the Hub nothing', async () => {
    expect(await command(a, 'model:TinyLlama/TinyLlama-1.1B-Chat-v1.0', 'UHUB1')).toContain('read from TinyLlama/TinyLlama-1.1B-Chat-v1.0 on Hugging Face');
    const before = hub.requests.length;
    expect(await command(b, 'model:TinyLlama/TinyLlama-1.1B-Chat-v1.0', 'UHUB2')).toContain('read from TinyLlama/TinyLlama-1.1B-Chat-v1.0 on Hugging Face');
    expect(hub.requests.length).toBe(before);
  });

  it('keeps answering when Redis goes away: limits and ids then hold per replica', async () => {
    await redis.stop();
    expect(await command(a, 'params:7 precision:int8', 'UAFTER')).toContain('Weights');
    await waitForLog(a, 'redis');
  });
});
