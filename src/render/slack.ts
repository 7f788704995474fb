// Report → Slack Block Kit: header, figures as section fields, verdict, notes, switch buttons.
import type { Report } from '../core/report/report.js';
import type { Messages } from '../i18n/messages.js';
import { escapeSlackText, truncate } from './escape.js';
import { CHAT_PREFIX, describeFit, describeIssues, describeTitle, type FailedReply, warningText } from './phrases.js';
import { formatBytes, formatCount } from './units.js';

/** Block Kit limits (https://api.slack.com/reference/block-kit/blocks): kept well below, as Slack
 * rejects some payloads under its documented limits (slackapi/bolt-js#2509). */
export const SLACK_LIMITS = {
  blocks: 50, headerText: 150, sectionText: 3000, fields: 10, fieldText: 2000, contextElements: 10,
  buttonText: 75, actionValue: 2000, actionsElements: 25, fallbackText: 3000,
} as const;

export const SWITCH_ACTION_PREFIX = 'llmmem_switch_';
export const POST_ACTION_ID = 'llmmem_post';

// Block Kit as plain objects: the renderer stays free of Slack's client libraries.
type Text = { type: 'mrkdwn' | 'plain_text'; text: string; verbatim?: boolean };
export type SlackBlock =
  | { type: 'header'; text: Text }
  | { type: 'section'; text?: Text; fields?: Text[] }
  | { type: 'context'; elements: Text[] }
  | { type: 'actions'; elements: { type: 'button'; action_id: string; text: Text; value: string; style?: 'primary' }[] }
  | { type: 'divider' };

export interface SlackMessage {
  /** the notification and accessibility fallback, escaped like any mrkdwn */
  readonly text: string;
  readonly blocks: SlackBlock[];
}

// verbatim: Slack then turns no bare URL, domain or channel name into a link (echoed names carry them)
const mrkdwn = (text: string, max: number): Text => ({ type: 'mrkdwn', text: truncate(text, max), verbatim: true });

export interface SlackAnswerOptions {
  /** the answer is ephemeral, so offer to post it to the channel */
  readonly postButton: boolean;
  /** the command that produced the report (the Post button re-runs it in the channel) */
  readonly command: string;
}

export function renderSlackAnswer(report: Report, m: Messages, options: SlackAnswerOptions): SlackMessage {
  const title = describeTitle(report, m);
  const figures: Text[] = [
    ...report.lines.map((line) => mrkdwn(`*${line.key === 'kv_cache' ? `${m.line.kv_cache} (${formatCount(report.contextTokens)})` : m.line[line.key]}*\n${formatBytes(line.bytes)}`, SLACK_LIMITS.fieldText)),
    mrkdwn(`*${m.text.vramTotal}*\n*${formatBytes(report.vramBytes)}*`, SLACK_LIMITS.fieldText),
    mrkdwn(`*${m.text.ramWithGpu}*\n${formatBytes(report.ramBytes)}`, SLACK_LIMITS.fieldText),
    mrkdwn(`*${m.text.ramCpuOnly}*\n${formatBytes(report.cpuOnlyRamBytes)}`, SLACK_LIMITS.fieldText),
  ];
  const blocks: SlackBlock[] = [
    // plain_text is never parsed for mentions; the title's echoed name is neutralized besides
    { type: 'header', text: { type: 'plain_text', text: truncate(title.heading, SLACK_LIMITS.headerText) } },
    { type: 'section', text: mrkdwn(`${title.params}\n${title.context}`, SLACK_LIMITS.sectionText) },
  ];
  for (let i = 0; i < figures.length; i += SLACK_LIMITS.fields) blocks.push({ type: 'section', fields: figures.slice(i, i + SLACK_LIMITS.fields) });
  if (report.fit) blocks.push({ type: 'section', text: mrkdwn(escapeSlackText(describeFit(report.fit, m).join('\n')), SLACK_LIMITS.sectionText) });
  if (report.warnings.length > 0) {
    blocks.push({ type: 'context', elements: report.warnings.slice(0, SLACK_LIMITS.contextElements).map((w) => mrkdwn(escapeSlackText(warningText(w, m)), SLACK_LIMITS.fieldText)) });
  }
  const buttons = report.switches.map((s, i) => ({
    type: 'button' as const, action_id: `${SWITCH_ACTION_PREFIX}${i}`, text: { type: 'plain_text' as const, text: s.label },
    value: s.command, ...(s.active ? { style: 'primary' as const } : {}),
  })).filter((b) => b.value.length <= SLACK_LIMITS.actionValue);
  if (options.postButton && options.command.length <= SLACK_LIMITS.actionValue) {
    buttons.push({ type: 'button', action_id: POST_ACTION_ID, text: { type: 'plain_text', text: m.text.postToChannel }, value: options.command });
  }
  if (buttons.length > 0) blocks.push({ type: 'actions', elements: buttons });
  blocks.push({ type: 'context', elements: [mrkdwn(m.text.assumptions(report.runtime), SLACK_LIMITS.fieldText)] });
  return { text: truncate(escapeSlackText(`${title.heading}: ${m.text.vramTotal} ${formatBytes(report.vramBytes)}`), SLACK_LIMITS.fallbackText), blocks };
}

export function renderSlackIssues(reply: FailedReply): SlackMessage {
  const { sentences, example } = describeIssues(reply, CHAT_PREFIX);
  const text = escapeSlackText([...sentences, example].join(' '));
  return { text: truncate(text, SLACK_LIMITS.fallbackText), blocks: [{ type: 'section', text: mrkdwn(text, SLACK_LIMITS.sectionText) }] };
}
