// Which language to answer in: the lang: option, else the platform's locale for the user, else English.
import type { Lang } from '../core/request.js';
import { en } from './en.js';
import { ja } from './ja.js';
import type { Messages } from './messages.js';

export const MESSAGES: Readonly<Record<Lang, Messages>> = { en, ja };

/** `ja`, `ja-JP` and `ja_JP.UTF-8` are Japanese; anything else is English. */
export function langFromLocale(locale: string | undefined): Lang {
  return locale !== undefined && /^ja\b|^ja[-_]/i.test(locale) ? 'ja' : 'en';
}

export function chooseLang(option: Lang | undefined, platformLocale: string | undefined): Lang {
  return option ?? langFromLocale(platformLocale);
}
