// POST /discord/interactions: verify the signature on the raw body, then answer in the HTTP response.
// Stateless, so any number of replicas can sit behind a load balancer.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { KeyObject } from 'node:crypto';
import type { Logger } from 'pino';
import type { HubClient } from '../../hub/hf.js';
import { readBody, refuseTooLarge } from '../http-body.js';
import type { RateLimits } from '../rate-limit.js';
import { parseInteraction } from './interaction-schema.js';
import type { InteractionWebhooks } from './interaction-webhooks.js';
import { respondToInteraction } from './respond.js';
import { isValidDiscordSignature } from './verify.js';

export interface InteractionsOptions {
  readonly publicKey: KeyObject;
  readonly log: Logger;
  readonly hub?: HubClient;
  /** interaction webhooks at DISCORD_API_URL, for editing deferred answers */
  readonly webhooks: InteractionWebhooks;
  readonly limits?: RateLimits;
  /** injected clock for the replay window */
  readonly now?: () => number;
}

function send(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

function parseJson(body: Buffer): unknown {
  try {
    return JSON.parse(body.toString('utf8')) as unknown;
  } catch {
    return undefined;
  }
}

export function createDiscordInteractionsHandler({ publicKey, log, hub, webhooks, limits, now }: InteractionsOptions) {
  return async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const body = await readBody(request);
    if (!body) return refuseTooLarge(request, response);
    const signatureHex = request.headers['x-signature-ed25519'];
    const timestamp = request.headers['x-signature-timestamp'];
    const signed = isValidDiscordSignature({
      publicKey, body, ...(now ? { now } : {}),
      signatureHex: typeof signatureHex === 'string' ? signatureHex : undefined,
      timestamp: typeof timestamp === 'string' ? timestamp : undefined,
    });
    // Discord requires a 401 for a bad signature (or one outside the replay window) and checks that we send it
    if (!signed) return send(response, 401, { error: 'invalid request signature' });
    const interaction = parseInteraction(parseJson(body));
    if (!interaction) return send(response, 400, { error: 'malformed interaction' });
    const reply = await respondToInteraction(interaction, hub, limits);
    if (!reply) return send(response, 400, { error: 'unsupported interaction' });
    log.debug({ type: interaction.type }, 'discord interaction answered over HTTP');
    send(response, 200, reply.immediate);
    if (reply.followUp) {
      try {
        await webhooks.editOriginal(interaction.application_id, interaction.token, await reply.followUp());
      } catch (error) {
        log.error({ err: error }, 'interaction follow-up failed');
      }
    }
  };
}
