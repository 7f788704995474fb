// The Discord gateway door: discord.js keeps the connection; each INTERACTION_CREATE is answered with
// the same responder as the HTTP door, through discord.js's REST client (rate limits and retries included).
import type { APIInteraction } from 'discord-api-types/v10';
import { Client, Events, GatewayDispatchEvents, GatewayIntentBits, Routes } from 'discord.js';
import type { Logger } from 'pino';
import type { HubClient } from '../../hub/hf.js';
import { respondToInteraction } from './respond.js';

export interface GatewayOptions {
  readonly token: string;
  readonly apiUrl: string;
  readonly log: Logger;
  readonly hub?: HubClient;
}

interface RawPacket {
  readonly t?: string | null;
  readonly d?: unknown;
}

export async function startDiscordGateway({ token, apiUrl, log, hub }: GatewayOptions): Promise<Client> {
  // slash commands need no privileged intent; Guilds keeps the client's guild cache consistent
  const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: apiUrl } });
  client.on(Events.Raw, (packet: RawPacket) => {
    if (packet.t !== GatewayDispatchEvents.InteractionCreate) return;
    const interaction = packet.d as APIInteraction;
    let response: ReturnType<typeof respondToInteraction>;
    try {
      response = respondToInteraction(interaction, hub);
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
