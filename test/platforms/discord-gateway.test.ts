// The real discord.js client against a local fake Discord: login, slash command, button, autocomplete, 429.
import type { Client } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDiscordGateway } from '../../src/platforms/discord/gateway.js';
import { BOT_USER, FakeDiscord, interactionPayload } from '../fakes/discord-api.js';
import { silentLogger } from '../helpers/silent-log.js';

interface CallbackBody {
  type: number;
  data: {
    embeds?: { title: string; fields: { name: string; value: string }[] }[];
    components?: { components: { custom_id: string; label: string }[] }[];
    allowed_mentions?: { parse: string[] };
    choices?: { name: string; value: string }[];
    flags?: number;
    content?: string;
  };
}

const fake = new FakeDiscord();
let client: Client;

beforeAll(async () => {
  await fake.listen();
  client = await startDiscordGateway({ token: 'test-token', apiUrl: fake.apiUrl, log: silentLogger() });
});

afterAll(async () => {
  await client?.destroy();
  await fake.close();
});

async function send(type: number, data: unknown, locale?: string, message?: unknown): Promise<CallbackBody> {
  const callback = fake.nextRequest(/\/interactions\/\d+\/interaction-token\/callback$/);
  fake.dispatch('INTERACTION_CREATE', { ...interactionPayload(type, data, locale), ...(message ? { message } : {}) });
  return (await callback).body as CallbackBody;
}

/** The bot's earlier answer, as Discord attaches it to a press, with whom it answered. */
function botMessage(answer: CallbackBody, askerId = '555555555555555555') {
  return {
    id: '777777777777777777', channel_id: '444444444444444444', author: BOT_USER, content: '',
    interaction_metadata: { id: '1', type: 2, user: { id: askerId, username: 'asker' }, authorizing_integration_owners: {} },
    timestamp: '2026-11-28T12:00:00.000000+00:00', edited_timestamp: null, tts: false, mention_everyone: false,
    mentions: [], mention_roles: [], attachments: [], pinned: false, type: 20,
    embeds: answer.data.embeds ?? [], components: answer.data.components ?? [],
  };
}

const SLASH = { id: '666666666666666666', type: 1, name: 'llmmem', options: [
  { name: 'params', type: 10, value: 7 }, { name: 'precision', type: 3, value: 'int8' },
] };

describe('Discord gateway door', () => {
  it('logs in through the fake gateway with the bot token', () => {
    expect(client.user?.username).toBe('llmmem');
    expect(fake.requests.find((r) => r.path === '/api/v10/gateway/bot')?.headers.authorization).toBe('Bot test-token');
  });

  it('answers /llmmem params:7 precision:int8 with an embed showing 6.52 GiB and no mentions', async () => {
    const body = await send(2, SLASH);
    expect(body.type).toBe(4);
    const gpu = body.data.embeds?.[0]?.fields.find((f) => f.name === 'GPU');
    expect(gpu?.value).toContain('Weights: **6.52 GiB**');
    expect(body.data.allowed_mentions).toEqual({ parse: [] });
  });

  it("re-renders the asker's message when they choose Q4_K_M in the precision menu", async () => {
    const first = await send(2, SLASH);
    const menu = first.data.components?.flatMap((row) => row.components).find((c) => c.custom_id === 'llmmem:c:precision');
    expect(menu).toBeDefined();
    const pressed = await send(3, { component_type: 3, custom_id: menu?.custom_id, values: ['q4_k_m'] }, undefined, botMessage(first));
    expect(pressed.type).toBe(7);
    // the title escapes markdown (Q4\_K\_M), which Discord shows as Q4_K_M
    expect(pressed.data.embeds?.[0]?.title.replace(/\\/g, '')).toContain('Q4_K_M');
  });

  it("answers someone else's choice privately with their own copy and a Share button", async () => {
    const first = await send(2, SLASH);
    const pressed = await send(3, { component_type: 3, custom_id: 'llmmem:c:ctx', values: ['32k'] }, undefined, botMessage(first, '999999999999999999'));
    expect([pressed.type, pressed.data.flags]).toEqual([4, 64]);
    expect(pressed.data.components?.flatMap((row) => row.components).some((c) => c.custom_id === 'llmmem:share')).toBe(true);
  });

  it('answers autocomplete for gpu: with matching cards', async () => {
    const body = await send(4, { id: '666666666666666666', type: 1, name: 'llmmem', options: [{ name: 'gpu', type: 3, value: '409', focused: true }] });
    expect(body.type).toBe(8);
    expect(body.data.choices?.map((c) => c.value)).toContain('rtx4090');
  });

  it('answers bad input privately, in Japanese for a Japanese user', async () => {
    const body = await send(2, { ...SLASH, options: [{ name: 'params', type: 10, value: -5 }] }, 'ja');
    expect(body.data.flags).toBe(64);
    expect(body.data.content).toContain('範囲外');
  });

  it('retries a reply the fake rate-limits with a 429', async () => {
    fake.rateLimitNextRequests(1);
    const limited = fake.nextRequest(/\/callback$/);
    const retried = (async () => { await limited; return fake.nextRequest(/\/callback$/); })();
    fake.dispatch('INTERACTION_CREATE', interactionPayload(2, SLASH));
    const second = await (await retried);
    expect((second.body as CallbackBody).data.embeds?.[0]?.fields[0]?.value).toContain('6.52 GiB');
  });
});
