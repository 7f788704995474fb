// Bolt for Slack over HTTP (POST /slack/events on our one server) or Socket Mode, Web API at SLACK_API_URL.
import { App, HTTPReceiver, SocketModeReceiver } from '@slack/bolt';
import type { Logger } from 'pino';
import type { HubClient } from '../../hub/hf.js';
import type { RouteHandler } from '../http-server.js';
import type { RateLimits } from '../rate-limit.js';
import { SLACK_EVENTS_PATH } from './paths.js';
import { boltLogger } from './bolt-logger.js';
import { registerSlackHandlers } from './handlers.js';
import { UserLocales } from './user-locale.js';

export interface SlackOptions {
  readonly botToken: string;
  readonly apiUrl: string;
  readonly log: Logger;
  readonly hub?: HubClient;
  readonly helpChannelIds?: readonly string[];
  readonly limits?: RateLimits;
  /** HTTP with the signing secret, or Socket Mode with the app-level token */
  readonly transport: { readonly kind: 'http'; readonly signingSecret: string } | { readonly kind: 'socket'; readonly appToken: string };
}

export interface SlackDoor {
  readonly app: App;
  /** POST /slack/events, when Slack comes over HTTP */
  readonly route: RouteHandler | null;
  readonly start: () => Promise<void>;
  readonly stop: () => Promise<void>;
}


export function createSlackDoor({ botToken, apiUrl, log, transport, hub, helpChannelIds = [], limits }: SlackOptions): SlackDoor {
  const logger = boltLogger(log);
  const clientOptions = { slackApiUrl: apiUrl };
  if (transport.kind === 'http') {
    const receiver = new HTTPReceiver({ signingSecret: transport.signingSecret, endpoints: SLACK_EVENTS_PATH, logger });
    const app = new App({ receiver, token: botToken, logger, clientOptions });
    registerSlackHandlers(app, { locales: new UserLocales(), hub, helpChannels: new Set(helpChannelIds), limits });
    return {
      app, route: receiver.requestListener,
      // the receiver is mounted on our server; checking the token is what "ready" means here
      start: async () => { await app.client.auth.test(); },
      stop: async () => {},
    };
  }
  const receiver = new SocketModeReceiver({ appToken: transport.appToken, logger, installerOptions: { clientOptions } });
  const app = new App({ receiver, token: botToken, logger, clientOptions });
  registerSlackHandlers(app, { locales: new UserLocales(), hub, helpChannels: new Set(helpChannelIds), limits });
  return {
    app, route: null,
    start: async () => { await app.start(); },
    stop: async () => { await app.stop(); },
  };
}
