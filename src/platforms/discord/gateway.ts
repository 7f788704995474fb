// The Discord gateway door: discord.js keeps the connection; each INTERACTION_CREATE is answered with
// the same responder as the HTTP door, through discord.js's REST client (rate limits and retries included).
import type { APIInteraction, GatewayMessageCreateDispatchData } from 'discord-api-types/v10';
import { Client, Events, GatewayDispatchEvents, GatewayIntentBits, Routes } from 'discord.js';
import type { Logger } from 'pino';
import type { HubClient } from '../../hub/hf.js';
import { ChannelCooldown, HELP_CHANNEL_COOLDOWN_MS } from '../help-channel.js';
import type { RateLimits } from '../rate-limit.js';
import { replyToMessage } from './messages.js';
import { respondToInteraction } from './respond.js';

export interface GatewayOptions {
  readonly token: string;
  readonly apiUrl: string;
  readonly log: Logger;
  readonly hub?: HubClient;
  /** channels where any message naming a model is answered (needs the Message Content intent) */
  readonly helpChannelIds?: readonly string[];
  readonly limits?: RateLimits;
}

interface RawPacket {
  readonly t?: string | null;
  readonly d?: unknown;
}

export async function startDiscordGateway({ token, apiUrl, log, hub, helpChannelIds = [], limits }: GatewayOptions): Promise<Client> {
  // Slash commands need no privileged intent. Messages that mention the bot carry their text without
  // Message Content; reading every message of a help channel needs that privileged intent.
  const intents = [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages];
  if (helpChannelIds.length > 0) intents.push(GatewayIntentBits.MessageContent);
  else log.info('HELP_CHANNEL_IDS is empty: answering mentions only (no Message Content intent)');
  const client = new Client({ intents, rest: { api: apiUrl } });
  const help = { helpChannels: new Set(helpChannelIds), cooldown: new ChannelCooldown(HELP_CHANNEL_COOLDOWN_MS), rest: client.rest, hub, limits };
  client.on(Events.Raw, (packet: RawPacket) => {
    if (packet.t === GatewayDispatchEvents.MessageCreate && client.user) {
      replyToMessage(packet.d as GatewayMessageCreateDispatchData, { ...help, botUserId: client.user.id })
        .catch((error: unknown) => log.error({ err: error }, 'help-channel reply failed'));
      return;
    }
    if (packet.t !== GatewayDispatchEvents.InteractionCreate) return;
    const interaction = packet.d as APIInteraction;
    let response: ReturnType<typeof respondToInteraction>;
    try {
      response = respondToInteraction(interaction, hub, limits);
    } catch (error) {
      log.error({ err: error }, 'interaction failed');
      return;
    }
    if (!response) return;
    const { immediate, followUp } = response;
    client.rest
      .post(Routes.interactionCallback(interaction.id, interaction.token), { body: immediate, auth: false })
      .then(async () => {
        if (!followUp) return;
        const body = await followUp();
        await client.rest.patch(Routes.webhookMessage(interaction.application_id, interaction.token), { body, auth: false });
      })
      .catch((error: unknown) => log.error({ err: error }, 'interaction reply failed'));
  });
  client.on(Events.Error, (error) => log.error({ err: error }, 'discord client error'));
  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  await client.login(token);
  await ready;
  log.info({ user: client.user?.tag }, 'discord gateway ready');
  return client;
}
