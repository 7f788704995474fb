// The Slack door against a slow or hostile peer, from outside: users.info that hangs or is rate-limited,
// requests dated ahead, links in echoed names, a bad token or an unreachable SLACK_API_URL at start.
import { createServer, type AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { startPlatforms, type RunningPlatforms } from '../../src/platforms/start-platforms.js';
import { FakeSlack } from '../fakes/slack-api.js';
import { SIGNING_SECRET, slackHeaders, slashCommandBody } from '../fixtures/slack-signing.js';
import { silentLogger } from '../helpers/silent-log.js';
import { run } from '../helpers/run.js';
import { MAIN } from '../helpers/spawn-main.js';

/** A loopback port nothing listens on (fetch refuses some well-known ports, such as 9, outright). */
function closedPort(): Promise<number> {
  const server = createServer();
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => {
    const { port } = server.address() as AddressInfo;
    server.close(() => resolve(port));
  }));
}

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

let responses = 0;
async function command(text: string, user: string, at = now()): Promise<{ status: number; reply: Promise<Record<string, unknown>> }> {
  const path = `/response/hostile-${++responses}`;
  const answered = fake.nextCall(new RegExp(`^${path}$`));
  // a channel of its own: the channel limit (30 at once) is not what these tests are about
  const body = slashCommandBody(text, user, `${fake.url}${path}`, `CH${responses}`);
  const response = await fetch(`http://127.0.0.1:${running.port}/slack/events`, { method: 'POST', body, headers: slackHeaders(body, at) });
  return { status: response.status, reply: answered.then((c) => c.body) };
}

describe('users.info that never answers in time', () => {
  it.each(['hang', 'rate-limited'] as const)('users.info %s: 20 new users are all answered, in the default language', async (mode) => {
    fake.usersInfo = mode;
    try {
      const asked = await Promise.all(Array.from({ length: 20 }, (_, i) => command('params:7 precision:int8', `UNEW${mode}${i}`)));
      const replies = await Promise.all(asked.map((a) => a.reply));
      for (const reply of replies) expect(JSON.stringify(reply)).toContain('Weights');
    } finally {
      fake.usersInfo = 'answer';
    }
  });

  it('asks users.info once per user: the locale is remembered', async () => {
    const before = fake.calls.filter((c) => c.path === '/api/users.info' && c.body.user === 'UJA').length;
    for (let i = 0; i < 3; i++) expect(JSON.stringify(await (await command('params:7', 'UJA')).reply)).toContain('重み');
    expect(fake.calls.filter((c) => c.path === '/api/users.info' && c.body.user === 'UJA').length - before).toBe(1);
  });
});

describe('replay window', () => {
  it.each([['ten minutes ahead', 600], ['ten minutes old', -600]])('refuses a request signed %s', async (_when, shift) => {
    expect((await command('params:7', 'UEN', now() + shift)).status).toBe(401);
  });
});

describe('echoed text never forms a link', () => {
  it('every mrkdwn text is verbatim and no echoed URL keeps its scheme', async () => {
    const reply = await (await command('file:"see https://evil.example and evil.example/x llama-7b.Q4_K_M.gguf"', 'UEN')).reply;
    const texts: { type: string; text: string; verbatim?: boolean }[] = [];
    const walk = (value: unknown): void => {
      if (!value || typeof value !== 'object') return;
      const v = value as { type?: unknown; text?: unknown };
      if ((v.type === 'mrkdwn' || v.type === 'plain_text') && typeof v.text === 'string') texts.push(value as never);
      for (const child of Object.values(value)) walk(child);
    };
    walk(reply.blocks);
    expect(texts.some((t) => t.text.includes('evil.example'))).toBe(true);
    for (const t of texts) {
      if (t.type === 'mrkdwn') expect(t.verbatim, t.text).toBe(true);
      expect(t.text).not.toMatch(/https?:\/\//);
    }
    expect(String(reply.text)).not.toMatch(/https?:\/\//);
  });
});

describe('start-up against a Slack that says no', () => {
  it('a refused token stops start-up with one line naming it, no stack trace', async () => {
    fake.authTestError = 'invalid_auth';
    try {
      const result = await run(MAIN, [], '', { SLACK_BOT_TOKEN: 'xoxb-bad', SLACK_SIGNING_SECRET: 's', SLACK_API_URL: fake.apiUrl, PORT: '0' });
      expect(result.status).toBe(1);
      const lines = result.stderr.trim().split('\n').filter((l) => !l.startsWith('{'));
      expect(lines).toEqual(['llmmem: could not start: Slack refused SLACK_BOT_TOKEN (invalid_auth)']);
    } finally {
      fake.authTestError = undefined;
    }
  });

  it('an unreachable SLACK_API_URL is reported at once, not retried silently', async () => {
    const closed = await closedPort();
    const result = await run(MAIN, [], '', { SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's', SLACK_API_URL: `http://127.0.0.1:${closed}/api/`, PORT: '0' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`could not reach Slack at SLACK_API_URL http://127.0.0.1:${closed}/api/ (ECONNREFUSED)`);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
