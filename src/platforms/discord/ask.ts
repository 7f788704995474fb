// "Ask llmmem" on a message: a pasted runtime log is explained, a question is answered with the help-channel
// reader, anything else gets the usage hint — privately, as only the one who asked should see a miss.
import { type APIInteractionResponse, InteractionResponseType, MessageFlags } from 'discord-api-types/v10';
import { needsHub } from '../../answer.js';
import { answerQuestion, answerQuestionWithHub, readMessage } from '../../answer-question.js';
import { answerLog } from '../../answer-log.js';
import { isRuntimeLog } from '../../core/logs/detect-log.js';
import type { HubClient } from '../../hub/hf.js';
import { langFromLocale, MESSAGES } from '../../i18n/locale.js';
import { renderDiscordQuestion } from '../../render/question.js';
import { renderDiscordLog } from '../../render/log-chat.js';
import type { DiscordResponse } from './respond.js';

/** Discord messages hold at most 4,000 characters (Nitro); anything longer is not a message. */
export const MAX_ASKED_MESSAGE = 4000;

function message(data: object): APIInteractionResponse {
  return { type: InteractionResponseType.ChannelMessageWithSource, data };
}

export function askAbout(text: string, locale: string | undefined, hub: HubClient | undefined): DiscordResponse {
  if (isRuntimeLog(text)) {
    const log = answerLog(text, locale === undefined ? {} : { locale });
    return { immediate: message(renderDiscordLog(log.explanation, log.messages, log.logMessages)) };
  }
  const read = readMessage(text);
  if (!read) {
    const hint = MESSAGES[langFromLocale(locale)].text.usageHint;
    return { immediate: message({ content: hint, allowed_mentions: { parse: [] }, flags: MessageFlags.Ephemeral }) };
  }
  const context = { ...(locale === undefined ? {} : { locale }), hubUrl: hub?.hubUrl };
  if (!read.commands.some((c) => needsHub(c, hub))) {
    const answered = answerQuestion(text, context);
    if (answered) return { immediate: message(renderDiscordQuestion(answered)) };
  }
  // the Hub will be read: acknowledge first, then put the answer in place of "thinking…"
  return {
    immediate: { type: InteractionResponseType.DeferredChannelMessageWithSource },
    followUp: async () => {
      const answered = await answerQuestionWithHub(text, context, hub);
      return answered ? renderDiscordQuestion(answered) : { content: MESSAGES[langFromLocale(locale)].text.usageHint, embeds: [], components: [], allowed_mentions: { parse: [] as [] } };
    },
  };
}
