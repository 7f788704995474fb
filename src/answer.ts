// The one pipeline every door calls: command text (+ the platform's locale) → a report or issues.
import type { ParseIssue } from './core/issues.js';
import { estimate, type Estimate } from './core/estimate/estimate.js';
import { parseRequest } from './core/parse/to-request.js';
import { buildReport, type Report } from './core/report/report.js';
import type { Lang } from './core/request.js';
import { resolveModel } from './core/resolve-model.js';
import { chooseLang, MESSAGES } from './i18n/locale.js';
import type { Messages } from './i18n/messages.js';

export type Reply =
  | { readonly ok: true; readonly lang: Lang; readonly messages: Messages; readonly estimate: Estimate; readonly report: Report }
  | { readonly ok: false; readonly lang: Lang; readonly messages: Messages; readonly issues: readonly ParseIssue[] };

export interface AnswerContext {
  /** the user's locale on the platform (`ja`, `en-US`), used when the command has no lang: */
  readonly locale?: string;
}

export function answer(text: string, context: AnswerContext = {}): Reply {
  const parsed = parseRequest(text);
  if (!parsed.ok) {
    const lang = chooseLang(parsed.lang, context.locale);
    return { ok: false, lang, messages: MESSAGES[lang], issues: parsed.issues };
  }
  const lang = chooseLang(parsed.request.lang, context.locale);
  const resolved = resolveModel(parsed.request.model);
  if (!resolved.ok) return { ok: false, lang, messages: MESSAGES[lang], issues: resolved.issues };
  const result = estimate(parsed.request, resolved.model);
  return { ok: true, lang, messages: MESSAGES[lang], estimate: result, report: buildReport(result) };
}
