// The log explanation's words by language (the lang choice itself is locale.ts's).
import { logEn } from './log-en.js';
import { logJa } from './log-ja.js';
import type { LogMessagesByLang } from './log-messages.js';

export const LOG_MESSAGES: LogMessagesByLang = { en: logEn, ja: logJa };
