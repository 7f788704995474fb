// Signed requests into Bolt's real HTTP receiver on a real port; answers go to a local fake Slack.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { startPlatforms, type RunningPlatforms } from '../../src/platforms/start-platforms.js';
import { FakeSlack } from '../fakes/slack-api.js';
import { buttonBody, selectBody, SIGNING_SECRET, slackHeaders, slashCommandBody } from '../fixtures/slack-signing.js';
import { silentLogger } from '../helpers/silent-log.js';

interface SlackReply {
  response_type?: string;
  replace_original?: boolean;
  text: string;
  blocks: { type: string; text?: { text: string }; fields?: { text: string }[]; elements?: { action_id?: string; value?: string; text?: unknown }[] }[];
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

function post(body: string, headers: Record<string, string>) {
  return fetch(`http://127.0.0.1:${running.port}/slack/events`, { method: 'POST', body, headers });
}

let responses = 0;
async function command(text: string, user = 'UEN'): Promise<{ status: number; reply: SlackReply }> {
  const path = `/response/${++responses}`;
  const answered = fake.nextCall(new RegExp(`^${path}$`));
  const body = slashCommandBody(text, user, `${fake.url}${path}`);
  const response = await post(body, slackHeaders(body, now()));
  return { status: response.status, reply: (await answered).body as unknown as SlackReply };
}

const allText = (reply: SlackReply) => JSON.stringify(reply);

describe('Slack over HTTP', () => {
  it('acks /llmmem params:7 precision:int8 and answers with blocks showing 6.52 GiB', async () => {
    const { status, reply } = await command('params:7 precision:int8');
    expect(status).toBe(200);
    expect(reply.response_type).toBe('ephemeral');
    expect(allText(reply)).toContain('6.52 GiB');
    expect(reply.blocks[0]?.type).toBe('header');
  });

  it('answers a Japanese user in Japanese (users.info locale)', async () => {
    const { reply } = await command('params:7 precision:int8', 'UJA');
    expect(allText(reply)).toContain('重み');
  });

  it('refuses a forged signature', async () => {
    const body = slashCommandBody('params:7', 'UEN', `${fake.url}/response/forged`);
    const response = await post(body, slackHeaders(body, now(), 'wrong-secret'));
    expect(response.status).toBe(401);
  });

  it('refuses a request signed ten minutes ago (replay)', async () => {
    const body = slashCommandBody('params:7', 'UEN', `${fake.url}/response/old`);
    const response = await post(body, slackHeaders(body, now() - 600));
    expect(response.status).toBe(401);
  });

  it('answers bad input with a clear message and HTTP 200', async () => {
    const { status, reply } = await command('params:abc');
    expect(status).toBe(200);
    expect(reply.text).toContain('Try `/llmmem');
    expect(allText(reply)).toContain('/llmmem params:7b');
  });

  it('keeps <!channel>, <!here> and <@U123> in a file name inert in everything Slack shows', async () => {
    const { reply } = await command('file:"<!channel> <!here> <@U123> 7b.Q4_K_M.gguf"');
    // button values and block ids are hidden state that must round-trip as typed; Slack never renders them
    const shown = JSON.stringify(reply, (key, value) => (key === 'value' || key === 'block_id' ? undefined : value));
    expect(shown).toContain('7b.Q4_K_M.gguf');
    expect(shown).not.toMatch(/<!channel>|<!here>|<@U123>/);
  });

  async function choose(reply: SlackReply, value: string, user: string) {
    const actions = reply.blocks.find((b) => b.type === 'actions') as { block_id?: string } | undefined;
    const path = `/response/${++responses}`;
    const answered = fake.nextCall(new RegExp(`^${path}$`));
    const body = selectBody('llmmem_control_precision', actions?.block_id ?? '', value, user, `${fake.url}${path}`);
    expect((await post(body, slackHeaders(body, now()))).status).toBe(200);
    return (await answered).body as unknown as SlackReply;
  }

  it("the asker's choice in the precision menu updates the answer in place", async () => {
    const { reply } = await command('params:7 precision:int8');
    const updated = await choose(reply, 'q4_k_m', 'UEN');
    expect(updated.replace_original).toBe(true);
    expect(updated.blocks[0]?.text?.text).toContain('Q4_K_M');
  });

  it("someone else's choice gets them a private copy and leaves the asker's answer alone", async () => {
    const { reply } = await command('params:7 precision:int8', 'UEN');
    const copy = await choose(reply, 'q8_0', 'UOTHER');
    expect([copy.replace_original, copy.response_type]).toEqual([false, 'ephemeral']);
    expect(copy.blocks[0]?.text?.text).toContain('Q8_0');
  });

  it('"Post to channel" re-posts the answer in_channel', async () => {
    const { reply } = await command('params:7 precision:int8');
    const post_ = reply.blocks.find((b) => b.type === 'actions')?.elements?.find((e) => e.action_id === 'llmmem_post');
    const path = `/response/${++responses}`;
    const answered = fake.nextCall(new RegExp(`^${path}$`));
    const body = buttonBody('llmmem_post', post_?.value ?? '', 'UEN', `${fake.url}${path}`);
    await post(body, slackHeaders(body, now()));
    const posted = (await answered).body as unknown as SlackReply;
    expect(posted.response_type).toBe('in_channel');
    expect(allText(posted)).toContain('6.52 GiB');
  });
});
