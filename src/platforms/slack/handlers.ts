// The Slack door's handlers: /llmmem, the switch buttons and "Post to channel". Text in, blocks out.
import type { App, BlockButtonAction } from '@slack/bolt';
import { answerWithHub } from '../../answer.js';
import type { HubClient } from '../../hub/hf.js';
import { langFromLocale } from '../../i18n/locale.js';
import { POST_ACTION_ID, renderSlackAnswer, renderSlackIssues, SWITCH_ACTION_PREFIX, type SlackMessage } from '../../render/slack.js';
import type { UserLocales } from './user-locale.js';

export const SLASH_COMMAND = '/llmmem';

/** answer() with the user's locale; `lang:` in the text still wins. */
async function reply(text: string, locale: string | undefined, postButton: boolean, hub: HubClient | undefined): Promise<SlackMessage> {
  const result = await answerWithHub(text, locale === undefined ? {} : { locale: langFromLocale(locale) }, hub);
  return result.ok
    ? renderSlackAnswer(result.report, result.messages, { postButton, command: text })
    : renderSlackIssues(result.issues, result.messages);
}

export function registerSlackHandlers(app: App, locales: UserLocales, hub?: HubClient): void {
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
}
