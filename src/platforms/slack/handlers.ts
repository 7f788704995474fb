// The Slack door's handlers: /llmmem, the switch buttons and "Post to channel". Text in, blocks out.
import type { App, BlockButtonAction } from '@slack/bolt';
import type { HubClient } from '../../hub/hf.js';
import { POST_ACTION_ID, SWITCH_ACTION_PREFIX } from '../../render/slack.js';
import { registerHelpChannelHandlers } from './help-channel.js';
import { reply } from './reply.js';
import type { UserLocales } from './user-locale.js';

export const SLASH_COMMAND = '/llmmem';

export interface SlackHandlerOptions {
  readonly locales: UserLocales;
  readonly hub?: HubClient | undefined;
  readonly helpChannels: ReadonlySet<string>;
}

/** The events the manifest subscribes to, as Bolt names them. */
export const SLACK_BOT_EVENTS = ['app_mention', 'message.channels'] as const;

export function registerSlackHandlers(app: App, { locales, hub, helpChannels }: SlackHandlerOptions): void {
  app.command(SLASH_COMMAND, async ({ command, ack, respond, client }) => {
    await ack();
    const locale = await locales.localeOf(client, command.user_id);
    await respond({ response_type: 'ephemeral', ...(await reply(command.text, locale, true, hub)) });
  });

  app.action<BlockButtonAction>(new RegExp(`^${SWITCH_ACTION_PREFIX}\\d+$`), async ({ action, ack, respond, body, client }) => {
    await ack();
    const locale = await locales.localeOf(client, body.user.id);
    const inChannel = body.container?.is_ephemeral === false;
    await respond({ replace_original: true, ...(await reply(action.value ?? '', locale, !inChannel, hub)) });
  });

  app.action<BlockButtonAction>(POST_ACTION_ID, async ({ action, ack, respond, body, client }) => {
    await ack();
    const locale = await locales.localeOf(client, body.user.id);
    await respond({ response_type: 'in_channel', delete_original: true, ...(await reply(action.value ?? '', locale, false, hub)) });
  });

  registerHelpChannelHandlers(app, { locales, hub, helpChannels });
}
