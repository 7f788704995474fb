// Help-channel replies on Discord through the fake gateway: mentions answered in reply, bots ignored.
import type { Client } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDiscordGateway } from '../../src/platforms/discord/gateway.js';
import { BOT_USER, FakeDiscord } from '../fakes/discord-api.js';
import { silentLogger } from '../helpers/silent-log.js';

const fake = new FakeDiscord();
let client: Client;
let messages = 0;

beforeAll(async () => {
  await fake.listen();
  client = await startDiscordGateway({ token: 't', apiUrl: fake.apiUrl, log: silentLogger(), helpChannelIds: ['888888888888888888'] });
});

afterAll(async () => {
  await client?.destroy();
  await fake.close();
});

function message(content: string, options: { bot?: boolean; mentions?: unknown[]; channel?: string } = {}) {
  messages++;
  return {
    id: String(900_000_000_000_000_000 + messages), channel_id: options.channel ?? '444444444444444444', guild_id: '333333333333333333',
    author: { id: options.bot ? '123456789012345678' : '555555555555555555', username: options.bot ? 'otherbot' : 'asker', discriminator: '0', global_name: null, avatar: null, ...(options.bot ? { bot: true } : {}) },
    content, timestamp: '2026-11-28T12:00:00.000000+00:00', edited_timestamp: null, tts: false, mention_everyone: false,
    mentions: options.mentions ?? [], mention_roles: [], attachments: [], embeds: [], pinned: false, type: 0,
  };
}

const replies = () => fake.requests.filter((r) => r.method === 'POST' && /\/channels\/\d+\/messages$/.test(r.path));

describe('Discord help-channel replies', () => {
  it('a message mentioning the bot gets one reply referencing it, mentions off', async () => {
    const posted = fake.nextRequest(/\/channels\/444444444444444444\/messages$/);
    const ask = message(`<@${BOT_USER.id}> can I run mixtral-8x7b-instruct-v0.1.Q5_K_M.gguf on my 3090?`, { mentions: [BOT_USER] });
    fake.dispatch('MESSAGE_CREATE', ask);
    const body = (await posted).body as { message_reference: { message_id: string }; allowed_mentions: unknown; embeds: { title: string }[] };
    expect(body.message_reference.message_id).toBe(ask.id);
    expect(body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(body.embeds[0]?.title).toContain('mixtral');
  });

  it('ignores other bots, even when they mention llmmem, and unmentioned messages outside help channels', async () => {
    const before = replies().length;
    fake.dispatch('MESSAGE_CREATE', message(`<@${BOT_USER.id}> llama 3.1 8b?`, { bot: true, mentions: [BOT_USER] }));
    fake.dispatch('MESSAGE_CREATE', message('llama 3.1 8b on a 4090?'));
    // a later message in a help channel is answered; the two before it were not
    const posted = fake.nextRequest(/\/channels\/888888888888888888\/messages$/);
    fake.dispatch('MESSAGE_CREATE', message('Qwen3-8B-Q4_K_M.gguf on a 4090?', { channel: '888888888888888888' }));
    await posted;
    expect(replies().length).toBe(before + 1);
  });
});
