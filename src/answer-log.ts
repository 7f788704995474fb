// The pipeline for a pasted runtime log, beside answer.ts's for a command: the log read and explained, and the
// words to draw it in. Doors ask `isRuntimeLog(text)` (src/core/logs/detect-log.ts) first, then call this.
import { askLlmmem } from './core/logs/ask-llmmem.js';
import { explainLog, type LogExplanation } from './core/logs/explain-log.js';
import { isJapanese } from './core/question/normalize.js';
import type { Lang } from './core/request.js';
import type { AnswerContext } from './answer.js';
import { LOG_MESSAGES } from './i18n/log-locale.js';
import type { LogMessages } from './i18n/log-messages.js';
import { chooseLang, MESSAGES } from './i18n/locale.js';
import type { Messages } from './i18n/messages.js';

export interface LogReply {
  readonly lang: Lang;
  readonly messages: Messages;
  readonly logMessages: LogMessages;
  readonly explanation: LogExplanation;
}

/** Japanese words around the paste (logs themselves are ASCII) answer in Japanese, else the user's locale. */
export function answerLog(text: string, context: AnswerContext = {}): LogReply {
  const lang: Lang = isJapanese(text.slice(0, 4000)) ? 'ja' : chooseLang(undefined, context.locale);
  return { lang, messages: MESSAGES[lang], logMessages: LOG_MESSAGES[lang], explanation: explainLog(text, askLlmmem) };
}
