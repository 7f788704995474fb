// The Slack door's handlers: /llmmem, the switch buttons and "Post to channel". Text in, blocks out.
import type { App, BlockButtonAction } from '@slack/bolt';
import type { HubClient } from '../../hub/hf.js';
import { POST_ACTION_ID, SWITCH_ACTION_PREFIX } from '../../render/slack.js';
import { registerHelpChannelHandlers } from './help-channel.js';
import { reply } from './reply.js';
import { needsHub } from '../../answer.js';
import { langFromLocale, MESSAGES } from '../../i18n/locale.js';
import type { RateLimits } from '../rate-limit.js';
import type { UserLocales } from './user-locale.js';

export const SLASH_COMMAND = '/llmmem';

export interface SlackHandlerOptions {
  readonly locales: UserLocales;
  readonly hub?: HubClient | undefined;
  readonly helpChannels: ReadonlySet<string>;
  readonly limits?: RateLimits | undefined;
}

/** The events the manifest subscribes to, as Bolt names them. */
export const SLACK_BOT_EVENTS = ['app_mention', 'message.channels'] as const;

const politeRefusal = (locale: string | undefined) => ({ response_type: 'ephemeral' as const, text: MESSAGES[langFromLocale(locale)].text.rateLimited });

export function registerSlackHandlers(app: App, { locales, hub, helpChannels, limits }: SlackHandlerOptions): void {
  const allowed = (text: string, user: string | undefined, channel: string | undefined) => !limits || limits.allow(user, channel, needsHub(text, hub));

  app.command(SLASH_COMMAND, async ({ command, ack, respond, client }) => {
    await ack();
    const locale = await locales.localeOf(client, command.user_id);
    if (!allowed(command.text, command.user_id, command.channel_id)) return void (await respond(politeRefusal(locale)));
    await respond({ response_type: 'ephemeral', ...(await reply(command.text, locale, true, hub)) });
  });

  app.action<BlockButtonAction>(new RegExp(`^${SWITCH_ACTION_PREFIX}\\d+$`), async ({ action, ack, respond, body, client }) => {
    await ack();
    const locale = await locales.localeOf(client, body.user.id);
    if (!allowed(action.value ?? '', body.user.id, body.channel?.id)) return void (await respond(politeRefusal(locale)));
    const inChannel = body.container?.is_ephemeral === false;
    await respond({ replace_original: true, ...(await reply(action.value ?? '', locale, !inChannel, hub)) });
  });

  app.action<BlockButtonAction>(POST_ACTION_ID, async ({ action, ack, respond, body, client }) => {
    await ack();
    const locale = await locales.localeOf(client, body.user.id);
    await respond({ response_type: 'in_channel', delete_original: true, ...(await reply(action.value ?? '', locale, false, hub)) });
  });

  registerHelpChannelHandlers(app, { locales, hub, helpChannels, limits });
}
