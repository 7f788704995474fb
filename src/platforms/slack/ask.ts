// The message shortcut "Ask llmmem" (callback_id llmmem_ask): the message's question answered, or the log
// pasted in it explained, in the message's thread; anything else gets the usage hint privately.
import type { AllMiddlewareArgs, App, MessageShortcut, SlackShortcutMiddlewareArgs } from '@slack/bolt';
import { answerLog } from '../../answer-log.js';
import { answerQuestionWithHub } from '../../answer-question.js';
import { isRuntimeLog } from '../../core/logs/detect-log.js';
import { langFromLocale, MESSAGES } from '../../i18n/locale.js';
import { renderSlackLog } from '../../render/log-chat.js';
import { renderSlackQuestion } from '../../render/question.js';
import type { SlackHandlerOptions } from './handlers.js';

export const ASK_CALLBACK_ID = 'llmmem_ask';
/** Slack messages hold at most 40,000 characters; a question or a pasted log is far shorter. */
const MAX_ASKED_MESSAGE = 40_000;

export function registerAskHandlers(app: App, { locales, hub, limits, inFlight }: SlackHandlerOptions): void {
  app.shortcut<MessageShortcut>({ callback_id: ASK_CALLBACK_ID, type: 'message_action' }, async (args: SlackShortcutMiddlewareArgs<MessageShortcut> & AllMiddlewareArgs) => {
    const work = async () => {
      const { shortcut, ack, client, respond } = args;
      await ack();
      const text = (shortcut.message.text ?? '').slice(0, MAX_ASKED_MESSAGE);
      const locale = await locales.localeOf(shortcut.user.id);
      if (limits && !(await limits.allow(shortcut.user.id, shortcut.channel.id, false))) {
        return void (await respond({ response_type: 'ephemeral', text: MESSAGES[langFromLocale(locale)].text.rateLimited }));
      }
      const thread_ts = shortcut.message.thread_ts ?? shortcut.message.ts;
      if (isRuntimeLog(text)) {
        const log = answerLog(text, locale === undefined ? {} : { locale });
        return void (await client.chat.postMessage({ channel: shortcut.channel.id, thread_ts, ...renderSlackLog(log.explanation, log.messages, log.logMessages) }));
      }
      const answered = await answerQuestionWithHub(text, locale === undefined ? {} : { locale: langFromLocale(locale) }, hub);
      if (!answered) return void (await respond({ response_type: 'ephemeral', text: MESSAGES[langFromLocale(locale)].text.usageHint }));
      const answer = renderSlackQuestion(answered, { postButton: false, askerId: shortcut.message.user ?? null });
      await client.chat.postMessage({ channel: shortcut.channel.id, thread_ts, ...answer });
    };
    await (inFlight ? inFlight.track(work()) : work());
  });
}
