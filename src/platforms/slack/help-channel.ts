// Slack help-channel replies: app_mention anywhere, and questions in HELP_CHANNEL_IDS (help-channel.ts decides),
// answered once (Slack retries a slow delivery; the event id is remembered) in the message's thread.
import type { AllMiddlewareArgs, App, SayFn } from '@slack/bolt';
import { answerLog } from '../../answer-log.js';
import { answerQuestionWithHub } from '../../answer-question.js';
import { renderSlackLog } from '../../render/log-chat.js';
import { MESSAGES } from '../../i18n/locale.js';
import { renderSlackQuestion } from '../../render/question.js';
import { AskerCooldown, decideHelpReply, EVENT_MEMORY_MS, HELP_CHANNEL_COOLDOWN_MS, RecentIds } from '../help-channel.js';
import type { SlackHandlerOptions } from './handlers.js';
import { reply } from './reply.js';

interface IncomingMessage {
  readonly text?: string;
  readonly channel: string;
  readonly ts: string;
  readonly thread_ts?: string;
  readonly bot_id?: string;
  readonly subtype?: string;
  readonly user?: string;
}

export function registerHelpChannelHandlers(app: App, { hub, helpChannels, limits, isFirstDelivery }: SlackHandlerOptions): void {
  const seen = new RecentIds(EVENT_MEMORY_MS);
  const isFirst = isFirstDelivery ?? (async (id: string) => seen.isNew(id));
  const cooldown = new AskerCooldown(HELP_CHANNEL_COOLDOWN_MS);

  const handle = async (message: IncomingMessage, eventId: string, mentionsBot: boolean, say: SayFn, botUserId: string | undefined) => {
    if (!(await isFirst(eventId))) return;
    const decision = decideHelpReply({
      text: message.text ?? '', channelId: message.channel, authorId: message.user ?? '', mentionsBot,
      fromBot: message.bot_id !== undefined || (botUserId !== undefined && message.user === botUserId),
    }, helpChannels, cooldown);
    if (decision.kind === 'ignore') return;
    if (limits && !(await limits.allow(message.user, message.channel, false))) return;
    const thread_ts = message.thread_ts ?? message.ts;
    if (decision.kind === 'usage') {
      await say({ text: MESSAGES[decision.japanese ? 'ja' : 'en'].text.usageHint, thread_ts });
      return;
    }
    if (decision.kind === 'log') {
      const log = answerLog(decision.text);
      await say({ ...renderSlackLog(log.explanation, log.messages, log.logMessages), thread_ts });
      return;
    }
    const options = { postButton: false, askerId: message.user ?? null };
    if (decision.kind === 'command') {
      await say({ ...(await reply(decision.command, undefined, options, hub)), thread_ts });
      return;
    }
    const answered = await answerQuestionWithHub(decision.text, {}, hub);
    if (answered) await say({ ...renderSlackQuestion(answered, options), thread_ts });
  };

  const eventIdOf = (body: unknown) => String((body as { event_id?: string }).event_id ?? '');

  app.event('app_mention', async ({ event, body, say, context }: { event: IncomingMessage; body: unknown; say: SayFn } & AllMiddlewareArgs) => {
    await handle(event, eventIdOf(body), true, say, context.botUserId);
  });

  app.message(async ({ message, body, say, context }) => {
    const m = message as IncomingMessage;
    // edits, joins and other subtypes are not questions; a mention is answered by app_mention
    if (m.subtype !== undefined || (context.botUserId && m.text?.includes(`<@${context.botUserId}>`))) return;
    await handle(m, eventIdOf(body), false, say, context.botUserId);
  });
}
