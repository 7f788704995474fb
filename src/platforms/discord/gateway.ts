// The Discord gateway door: discord.js keeps the connection; each INTERACTION_CREATE is answered with
// the same responder as the HTTP door, through the interaction webhooks (exempt from the bot's REST limits).
import type { GatewayMessageCreateDispatchData } from 'discord-api-types/v10';
import { Client, Events, GatewayDispatchEvents, GatewayIntentBits } from 'discord.js';
import type { Logger } from 'pino';
import type { HubClient } from '../../hub/hf.js';
import { AskerCooldown, HELP_CHANNEL_COOLDOWN_MS } from '../help-channel.js';
import type { InFlight } from '../in-flight.js';
import type { RateLimits } from '../rate-limit.js';
import { parseInteraction } from './interaction-schema.js';
import { createInteractionWebhooks } from './interaction-webhooks.js';
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
  /** where answers are tracked, so a stop lets them finish and then cancels their calls */
  readonly inFlight?: InFlight;
}

interface RawPacket {
  readonly t?: string | null;
  readonly d?: unknown;
}

export async function startDiscordGateway({ token, apiUrl, log, hub, helpChannelIds = [], limits, inFlight }: GatewayOptions): Promise<Client> {
  // Slash commands need no privileged intent. Messages that mention the bot carry their text without
  // Message Content; reading every message of a help channel needs that privileged intent.
  const intents = [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages];
  if (helpChannelIds.length > 0) intents.push(GatewayIntentBits.MessageContent);
  else log.info('HELP_CHANNEL_IDS is empty: answering mentions only (no Message Content intent)');
  const client = new Client({ intents, rest: { api: apiUrl } });
  const webhooks = createInteractionWebhooks({ apiUrl, ...(inFlight ? { signal: inFlight.signal } : {}) });
  const track = <T>(work: Promise<T>) => (inFlight ? inFlight.track(work) : work);
  const help = { helpChannels: new Set(helpChannelIds), cooldown: new AskerCooldown(HELP_CHANNEL_COOLDOWN_MS), rest: client.rest, hub, limits };

  const answer = async (raw: unknown) => {
    const interaction = parseInteraction(raw);
    if (!interaction || interaction.type === 1) return;
    const response = await respondToInteraction(interaction, hub, limits);
    if (!response) return;
    await webhooks.callback(interaction.id, interaction.token, response.immediate);
    if (response.followUp) await webhooks.editOriginal(interaction.application_id, interaction.token, await response.followUp());
  };

  client.on(Events.Raw, (packet: RawPacket) => {
    if (packet.t === GatewayDispatchEvents.MessageCreate && client.user) {
      track(replyToMessage(packet.d as GatewayMessageCreateDispatchData, { ...help, botUserId: client.user.id }))
        .catch((error: unknown) => log.error({ err: error }, 'help-channel reply failed'));
      return;
    }
    if (packet.t !== GatewayDispatchEvents.InteractionCreate) return;
    track(answer(packet.d)).catch((error: unknown) => log.error({ err: error }, 'interaction reply failed'));
  });
  client.on(Events.Error, (error) => log.error({ err: error }, 'discord client error'));
  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  await client.login(token);
  await ready;
  log.info({ user: client.user?.tag }, 'discord gateway ready');
  return client;
}
