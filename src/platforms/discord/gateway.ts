// The Discord gateway door: discord.js keeps the connection; each INTERACTION_CREATE is answered with
// the same responder as the HTTP door, through discord.js's REST client (rate limits and retries included).
import type { APIInteraction } from 'discord-api-types/v10';
import { Client, Events, GatewayDispatchEvents, GatewayIntentBits, Routes } from 'discord.js';
import type { Logger } from 'pino';
import { respondToInteraction } from './respond.js';

export interface GatewayOptions {
  readonly token: string;
  readonly apiUrl: string;
  readonly log: Logger;
}

interface RawPacket {
  readonly t?: string | null;
  readonly d?: unknown;
}

export async function startDiscordGateway({ token, apiUrl, log }: GatewayOptions): Promise<Client> {
  // slash commands need no privileged intent; Guilds keeps the client's guild cache consistent
  const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: apiUrl } });
  client.on(Events.Raw, (packet: RawPacket) => {
    if (packet.t !== GatewayDispatchEvents.InteractionCreate) return;
    const interaction = packet.d as APIInteraction;
    let body: ReturnType<typeof respondToInteraction>;
    try {
      body = respondToInteraction(interaction);
    } catch (error) {
      log.error({ err: error }, 'interaction failed');
      return;
    }
    if (!body) return;
    client.rest
      .post(Routes.interactionCallback(interaction.id, interaction.token), { body, auth: false })
      .catch((error: unknown) => log.error({ err: error }, 'interaction reply failed'));
  });
  client.on(Events.Error, (error) => log.error({ err: error }, 'discord client error'));
  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  await client.login(token);
  await ready;
  log.info({ user: client.user?.tag }, 'discord gateway ready');
  return client;
}
