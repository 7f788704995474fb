// Bolt for Slack over HTTP (POST /slack/events on our one server) or Socket Mode, Web API at SLACK_API_URL.
import { App, HTTPReceiver, SocketModeReceiver } from '@slack/bolt';
import type { Logger } from 'pino';
import type { HubClient } from '../../hub/hf.js';
import { EVENT_MEMORY_MS } from '../help-channel.js';
import { MAX_BODY_BYTES, readBody, refuseTooLarge } from '../http-body.js';
import type { RouteHandler } from '../http-server.js';
import type { InFlight } from '../in-flight.js';
import type { RateLimits } from '../rate-limit.js';
import { isWithinReplayWindow } from '../replay-window.js';
import type { SharedState } from '../state/types.js';
import { SLACK_EVENTS_PATH } from './paths.js';
import { boltLogger } from './bolt-logger.js';
import { registerSlackHandlers } from './handlers.js';
import { checkSlackToken, createQuickClient } from './startup-check.js';
import { LOCALE_DEADLINE_MS, UserLocales } from './user-locale.js';

export interface SlackOptions {
  readonly botToken: string;
  readonly apiUrl: string;
  readonly log: Logger;
  readonly hub?: HubClient;
  readonly helpChannelIds?: readonly string[];
  readonly limits?: RateLimits;
  /** event ids already answered (shared by replicas through Redis, when set) */
  readonly state: SharedState;
  readonly inFlight: InFlight;
  /** HTTP with the signing secret, or Socket Mode with the app-level token */
  readonly transport: { readonly kind: 'http'; readonly signingSecret: string } | { readonly kind: 'socket'; readonly appToken: string };
  /** injected clock for the replay window */
  readonly now?: () => number;
}

export interface SlackDoor {
  readonly app: App;
  /** POST /slack/events, when Slack comes over HTTP */
  readonly route: RouteHandler | null;
  readonly start: () => Promise<void>;
  readonly stop: () => Promise<void>;
}

/**
 * Our checks before Bolt's receiver: the body read under our cap (413 and the connection closed past
 * it), and the signature's timestamp within five minutes either side: Bolt refuses old ones only.
 */
function guardedRoute(listener: RouteHandler, now: () => number): RouteHandler {
  return async (request, response) => {
    const body = await readBody(request, MAX_BODY_BYTES);
    if (!body) return refuseTooLarge(request, response);
    const timestamp = request.headers['x-slack-request-timestamp'];
    if (!isWithinReplayWindow(typeof timestamp === 'string' ? timestamp : undefined, now())) {
      response.writeHead(401).end();
      return;
    }
    // Bolt reads a body already buffered from `rawBody` (HTTPModuleFunctions.bufferIncomingMessage)
    (request as typeof request & { rawBody: Buffer }).rawBody = body;
    await listener(request, response);
  };
}

export async function createSlackDoor(options: SlackOptions): Promise<SlackDoor> {
  const { botToken, apiUrl, log, transport, hub, helpChannelIds = [], limits, state, inFlight, now = Date.now } = options;
  // our own auth.test, no retries: one clear line when the token or the URL is wrong, and Bolt then
  // needs no auth.test of its own (its unawaited one printed a stack trace for invalid_auth)
  const identity = await checkSlackToken(botToken, apiUrl);
  const logger = boltLogger(log);
  const clientOptions = { slackApiUrl: apiUrl };
  const quick = createQuickClient(botToken, apiUrl, LOCALE_DEADLINE_MS);
  const locales = new UserLocales(async (user) => (await quick.users.info({ user, include_locale: true })).user?.locale);
  const isFirstDelivery = async (eventId: string) => {
    const first = await state.isFirstSeen(`slack-event:${eventId}`, EVENT_MEMORY_MS);
    if (!first) log.info({ eventId }, 'slack event already answered: retry ignored');
    return first;
  };
  const handlerOptions = { locales, hub, helpChannels: new Set(helpChannelIds), limits, isFirstDelivery, inFlight };
  const appOptions = { token: botToken, ...identity, logger, clientOptions };
  if (transport.kind === 'http') {
    const receiver = new HTTPReceiver({ signingSecret: transport.signingSecret, endpoints: SLACK_EVENTS_PATH, logger, bodyLimit: MAX_BODY_BYTES });
    const app = new App({ receiver, ...appOptions });
    registerSlackHandlers(app, handlerOptions);
    return {
      app, route: guardedRoute(receiver.requestListener, now),
      // the receiver is mounted on our server; the token was checked above
      start: async () => {},
      stop: async () => {},
    };
  }
  const receiver = new SocketModeReceiver({ appToken: transport.appToken, logger, installerOptions: { clientOptions } });
  const app = new App({ receiver, ...appOptions });
  registerSlackHandlers(app, handlerOptions);
  return {
    app, route: null,
    start: async () => { await app.start(); },
    stop: async () => { await app.stop(); },
  };
}
