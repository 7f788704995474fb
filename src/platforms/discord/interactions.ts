// POST /discord/interactions: verify the signature on the raw body, then answer in the HTTP response.
// Stateless, so any number of replicas can sit behind a load balancer.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { KeyObject } from 'node:crypto';
import type { APIInteraction } from 'discord-api-types/v10';
import type { Logger } from 'pino';
import { readBody } from '../http-body.js';
import type { REST } from '@discordjs/rest';
import { Routes } from 'discord-api-types/v10';
import type { HubClient } from '../../hub/hf.js';
import type { RateLimits } from '../rate-limit.js';
import { respondToInteraction } from './respond.js';
import { isValidDiscordSignature } from './verify.js';

export interface InteractionsOptions {
  readonly publicKey: KeyObject;
  readonly log: Logger;
  readonly hub?: HubClient;
  /** REST client at DISCORD_API_URL, for editing deferred answers (webhook routes need no bot token) */
  readonly rest: REST;
  readonly limits?: RateLimits;
}

function send(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

export function createDiscordInteractionsHandler({ publicKey, log, hub, rest, limits }: InteractionsOptions) {
  return async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const body = await readBody(request);
    if (!body) return send(response, 413, { error: 'body too large' });
    const signatureHex = request.headers['x-signature-ed25519'];
    const timestamp = request.headers['x-signature-timestamp'];
    const signed = isValidDiscordSignature({
      publicKey, body,
      signatureHex: typeof signatureHex === 'string' ? signatureHex : undefined,
      timestamp: typeof timestamp === 'string' ? timestamp : undefined,
    });
    // Discord requires a 401 for a bad signature and checks that we send it
    if (!signed) return send(response, 401, { error: 'invalid request signature' });
    let interaction: APIInteraction;
    try {
      interaction = JSON.parse(body.toString('utf8')) as APIInteraction;
    } catch {
      return send(response, 400, { error: 'invalid JSON' });
    }
    const reply = respondToInteraction(interaction, hub, limits);
    if (!reply) return send(response, 400, { error: 'unsupported interaction' });
    log.debug({ type: interaction.type }, 'discord interaction answered over HTTP');
    send(response, 200, reply.immediate);
    if (reply.followUp) {
      const body = await reply.followUp();
      await rest.patch(Routes.webhookMessage(interaction.application_id, interaction.token), { body, auth: false });
    }
  };
}
