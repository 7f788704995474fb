// The Slack door's handlers: /llmmem, the switch buttons and "Post to channel". Text in, blocks out.
import type { App, BlockButtonAction, SlackActionMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import type { HubClient } from '../../hub/hf.js';
import { POST_ACTION_ID, SWITCH_ACTION_PREFIX } from '../../render/slack.js';
import { registerHelpChannelHandlers } from './help-channel.js';
import { reply } from './reply.js';
import { needsHub } from '../../answer.js';
import { langFromLocale, MESSAGES } from '../../i18n/locale.js';
import type { InFlight } from '../in-flight.js';
import type { RateLimits } from '../rate-limit.js';
import type { UserLocales } from './user-locale.js';

export const SLASH_COMMAND = '/llmmem';

export interface SlackHandlerOptions {
  readonly locales: UserLocales;
  readonly hub?: HubClient | undefined;
  readonly helpChannels: ReadonlySet<string>;
  readonly limits?: RateLimits | undefined;
  /** true the first time an Events API delivery is seen (Slack retries slow ones) */
  readonly isFirstDelivery?: ((eventId: string) => Promise<boolean>) | undefined;
  /** where answers under way are tracked, so a stop lets them finish */
  readonly inFlight?: InFlight | undefined;
}

/** The events the manifest subscribes to, as Bolt names them. */
export const SLACK_BOT_EVENTS = ['app_mention', 'message.channels'] as const;

const politeRefusal = (locale: string | undefined) => ({ response_type: 'ephemeral' as const, text: MESSAGES[langFromLocale(locale)].text.rateLimited });

export function registerSlackHandlers(app: App, options: SlackHandlerOptions): void {
  const { locales, hub, limits, inFlight } = options;
  const allowed = async (text: string, user: string | undefined, channel: string | undefined) => !limits || limits.allow(user, channel, needsHub(text, hub));
  const tracked = <A>(handler: (args: A) => Promise<void>) => (args: A) => (inFlight ? inFlight.track(handler(args)) : handler(args));

  app.command(SLASH_COMMAND, tracked<SlackCommandMiddlewareArgs>(async ({ command, ack, respond }) => {
    await ack();
    const locale = await locales.localeOf(command.user_id);
    if (!(await allowed(command.text, command.user_id, command.channel_id))) return void (await respond(politeRefusal(locale)));
    await respond({ response_type: 'ephemeral', ...(await reply(command.text, locale, true, hub)) });
  }));

  app.action<BlockButtonAction>(new RegExp(`^${SWITCH_ACTION_PREFIX}\\d+$`), tracked<SlackActionMiddlewareArgs<BlockButtonAction>>(async ({ action, ack, respond, body }) => {
    await ack();
    const locale = await locales.localeOf(body.user.id);
    if (!(await allowed(action.value ?? '', body.user.id, body.channel?.id))) return void (await respond(politeRefusal(locale)));
    const inChannel = body.container?.is_ephemeral === false;
    await respond({ replace_original: true, ...(await reply(action.value ?? '', locale, !inChannel, hub)) });
  }));

  app.action<BlockButtonAction>(POST_ACTION_ID, tracked<SlackActionMiddlewareArgs<BlockButtonAction>>(async ({ action, ack, respond, body }) => {
    await ack();
    const locale = await locales.localeOf(body.user.id);
    await respond({ response_type: 'in_channel', delete_original: true, ...(await reply(action.value ?? '', locale, false, hub)) });
  }));

  registerHelpChannelHandlers(app, options);
}
