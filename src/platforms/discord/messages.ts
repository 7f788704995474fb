// Help-channel replies on Discord: a MESSAGE_CREATE that mentions the bot, or names a model in a help
// channel, gets one threaded reply (message_reference) with the same embed and buttons.
import type { GatewayMessageCreateDispatchData } from 'discord-api-types/v10';
import type { REST } from 'discord.js';
import { Routes } from 'discord.js';
import { answerWithHub } from '../../answer.js';
import { answerLog } from '../../answer-log.js';
import { answerQuestionWithHub } from '../../answer-question.js';
import { renderDiscordLog } from '../../render/log-chat.js';
import type { HubClient } from '../../hub/hf.js';
import { MESSAGES } from '../../i18n/locale.js';
import { renderDiscordReply, withoutEphemeral } from '../../render/discord.js';
import { renderDiscordQuestion } from '../../render/question.js';
import { type AskerCooldown, decideHelpReply } from '../help-channel.js';
import type { RateLimits } from '../rate-limit.js';

export interface HelpContext {
  readonly botUserId: string;
  readonly helpChannels: ReadonlySet<string>;
  readonly cooldown: AskerCooldown;
  readonly rest: REST;
  readonly hub?: HubClient | undefined;
  readonly limits?: RateLimits | undefined;
}

export async function replyToMessage(message: GatewayMessageCreateDispatchData, context: HelpContext): Promise<boolean> {
  const decision = decideHelpReply({
    text: message.content,
    channelId: message.channel_id,
    authorId: message.author.id,
    mentionsBot: message.mentions.some((user) => user.id === context.botUserId),
    // never answer bots, ourselves included: two bots could otherwise talk forever
    fromBot: message.author.bot === true || message.author.id === context.botUserId,
  }, context.helpChannels, context.cooldown);
  if (decision.kind === 'ignore') return false;
  // past the limits, stay quiet: a reply saying so would itself flood the channel
  if (context.limits && !(await context.limits.allow(message.author.id, message.channel_id, false))) return false;
  const reference = { message_reference: { message_id: message.id, fail_if_not_exists: false } };
  let body: object;
  if (decision.kind === 'usage') {
    body = { content: MESSAGES[decision.japanese ? 'ja' : 'en'].text.usageHint };
  } else if (decision.kind === 'log') {
    const log = answerLog(decision.text);
    body = withoutEphemeral(renderDiscordLog(log.explanation, log.messages, log.logMessages));
  } else if (decision.kind === 'command') {
    body = withoutEphemeral(renderDiscordReply(await answerWithHub(decision.command, {}, context.hub)));
  } else {
    const answered = await answerQuestionWithHub(decision.text, {}, context.hub);
    if (!answered) return false;
    body = renderDiscordQuestion(answered);
  }
  await context.rest.post(Routes.channelMessages(message.channel_id), {
    body: { ...body, ...reference, allowed_mentions: { parse: [], replied_user: false } },
  });
  return true;
}
