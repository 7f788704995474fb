// Command text → the Slack message every Slack handler sends.
import { answerWithHub } from '../../answer.js';
import type { HubClient } from '../../hub/hf.js';
import { langFromLocale } from '../../i18n/locale.js';
import { renderSlackAnswer, renderSlackCandidates, renderSlackIssues, type SlackAnswerOptions, type SlackMessage } from '../../render/slack.js';

/** answer() with the user's locale; `lang:` in the text still wins. */
export async function reply(text: string, locale: string | undefined, options: SlackAnswerOptions, hub: HubClient | undefined): Promise<SlackMessage> {
  const result = await answerWithHub(text, locale === undefined ? {} : { locale: langFromLocale(locale) }, hub);
  if (!result.ok) return renderSlackIssues(result);
  return result.kind === 'estimate'
    ? renderSlackAnswer(result.report, result.messages, options)
    : renderSlackCandidates(result.report, result.messages);
}

