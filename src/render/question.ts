// A question's answer on each surface: the "Read as" line first, then each reply (a model, models compared,
// training methods side by side) as that surface draws one.
import type { APIEmbed } from 'discord-api-types/v10';
import type { QuestionReply } from '../answer-question.js';
import { DISCORD_LIMITS, type DiscordAnswerOptions, type DiscordMessage, renderDiscordReply } from './discord.js';
import { escapeDiscordMarkdown, escapeSlackText, neutralizeMentions, truncate } from './escape.js';
import { renderSlackAnswer, renderSlackCandidates, renderSlackIssues, SLACK_LIMITS, type SlackAnswerOptions, type SlackBlock, type SlackMessage } from './slack.js';
import { CHAT_PREFIX } from './phrases.js';
import { renderReplyText } from './text.js';

/** The console's and the CLI's text: "Read as" (its echoed words made inert), then each reply. */
export function renderQuestionText(answer: QuestionReply, commandPrefix: string = CHAT_PREFIX): string {
  return [neutralizeMentions(answer.readAs), ...answer.replies.map((r) => renderReplyText(r, commandPrefix))].join('\n\n');
}

/** Characters Discord counts toward the 6,000 all of a message's embeds may hold together. */
function embedLength(embed: APIEmbed): number {
  const fields = (embed.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);
  return (embed.title?.length ?? 0) + (embed.description?.length ?? 0) + (embed.footer?.text.length ?? 0) + (embed.author?.name.length ?? 0) + fields;
}

/**
 * One message: "Read as" as its content, an embed per reply while they fit Discord's limits (ten, 6,000
 * characters), and the controls only when there is one answer to change.
 */
export function renderDiscordQuestion(answer: QuestionReply, options: DiscordAnswerOptions = {}): Omit<DiscordMessage, 'flags'> {
  const messages = answer.replies.map((r) => renderDiscordReply(r, options));
  const embeds: APIEmbed[] = [];
  let total = 0;
  for (const embed of messages.flatMap((m) => m.embeds)) {
    const length = embedLength(embed);
    if (embeds.length >= 10 || total + length > DISCORD_LIMITS.total) break;
    embeds.push(embed);
    total += length;
  }
  // a reply that failed has no embed: its sentence follows the "Read as" line
  const notes = messages.filter((m) => m.embeds.length === 0 && m.content).map((m) => m.content as string);
  const content = truncate([escapeDiscordMarkdown(answer.readAs), ...notes].join('\n'), DISCORD_LIMITS.content);
  const components = messages.length === 1 ? (messages[0]?.components ?? []) : [];
  return { content, embeds, components, allowed_mentions: { parse: [] } };
}

function slackReply(reply: QuestionReply['replies'][number], options: SlackAnswerOptions): SlackMessage {
  if (!reply.ok) return renderSlackIssues(reply);
  return reply.kind === 'estimate' ? renderSlackAnswer(reply.report, reply.messages, options) : renderSlackCandidates(reply.report, reply.messages);
}

/** "Read as" in a context block, then each reply's blocks, a divider between, within Slack's 50 blocks. */
export function renderSlackQuestion(answer: QuestionReply, options: SlackAnswerOptions): SlackMessage {
  const readAs = escapeSlackText(answer.readAs);
  const replies = answer.replies.map((r) => slackReply(r, options));
  // a choice rewrites the message as one answer: controls only when there is one
  const single = replies.length === 1;
  const blocks: SlackBlock[] = [{ type: 'context', elements: [{ type: 'mrkdwn', text: truncate(readAs, SLACK_LIMITS.fieldText), verbatim: true }] }];
  replies.forEach((r, i) => {
    const own = single ? r.blocks : r.blocks.filter((b) => b.type !== 'actions');
    const next = i > 0 ? [{ type: 'divider' } as const, ...own] : own;
    if (blocks.length + next.length <= SLACK_LIMITS.blocks) blocks.push(...next);
  });
  const text = truncate([readAs, ...replies.map((r) => r.text)].join('\n'), SLACK_LIMITS.fallbackText);
  return { text, blocks };
}
