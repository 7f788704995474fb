// 500 random junk commands and interactions through the real HTTP doors: every one answered with HTTP 200
// (an answer or a message), and the process healthy after.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { startPlatforms, type RunningPlatforms } from '../../src/platforms/start-platforms.js';
import { interactionPayload } from '../fakes/discord-api.js';
import { FakeSlack } from '../fakes/slack-api.js';
import { makeSigningKeys, signedHeaders } from '../fixtures/discord-signing.js';
import { SIGNING_SECRET, slackHeaders, slashCommandBody } from '../fixtures/slack-signing.js';
import { silentLogger } from '../helpers/silent-log.js';

const keys = makeSigningKeys();
const slack = new FakeSlack();
let running: RunningPlatforms;

beforeAll(async () => {
  await slack.listen();
  const config = parseConfig({
    DISCORD_PUBLIC_KEY: keys.publicKeyHex, SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: slack.apiUrl, HF_ENDPOINT: 'http://127.0.0.1:9', PORT: '0',
  });
  if (!config.ok) throw new Error(config.errors.join());
  running = await startPlatforms(config.config, silentLogger());
});

afterAll(async () => {
  await running?.stop();
  await slack.close();
});

const OPTION_NAMES = ['params', 'precision', 'file', 'model', 'ctx', 'batch', 'kv', 'mode', 'gpu', 'gpus', 'lang'];
const junkText = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.array(fc.tuple(fc.constantFrom(...OPTION_NAMES, 'bogus'), fc.string({ maxLength: 40 })), { maxLength: 8 })
    .map((pairs) => pairs.map(([k, v]) => `${k}:${v}`).join(' ')),
  fc.constantFrom('@everyone <!channel>', '\u0000\u202e', 'x'.repeat(5000), 'params:1e400', 'model:http://169.254.169.254/x.gguf'),
);
const junkOption = fc.record({ name: fc.constantFrom(...OPTION_NAMES), type: fc.constantFrom(3, 4, 10), value: fc.oneof(fc.string({ maxLength: 60 }), fc.double(), fc.integer()) });

describe('junk through the HTTP doors', () => {
  it('answers 250 Discord interactions and 250 Slack commands with HTTP 200, then reports healthy', async () => {
    const discordBodies = fc.sample(fc.array(junkOption, { maxLength: 6 }), { numRuns: 250, seed: 17 }).map((options, i) => JSON.stringify({
      ...interactionPayload(2, { id: '1', type: 1, name: 'llmmem', options }), user: { id: String(100 + (i % 40)), username: 'u', discriminator: '0', global_name: null, avatar: null },
    }));
    // seeded: a failure names inputs that fail again on the next run
    const slackTexts = fc.sample(junkText, { numRuns: 250, seed: 17 });
    const statuses: number[] = [];
    for (let i = 0; i < 250; i += 25) {
      const batch = [
        ...discordBodies.slice(i, i + 25).map((body) => fetch(`http://127.0.0.1:${running.port}/discord/interactions`, { method: 'POST', body, headers: signedHeaders(keys, body) })),
        ...slackTexts.slice(i, i + 25).map((text, j) => {
          const body = slashCommandBody(text, `U${j % 40}`, `${slack.url}/response/junk`);
          return fetch(`http://127.0.0.1:${running.port}/slack/events`, { method: 'POST', body, headers: slackHeaders(body, Math.floor(Date.now() / 1000)) });
        }),
      ];
      for (const response of await Promise.all(batch)) {
        statuses.push(response.status);
        await response.arrayBuffer();
      }
    }
    expect(statuses).toHaveLength(500);
    expect(statuses.filter((s) => s !== 200)).toEqual([]);
    expect((await fetch(`http://127.0.0.1:${running.port}/healthz`)).status).toBe(200);
  });
});
