// Report → Slack Block Kit: header, figures as section fields, verdict, notes, switch buttons.
import type { Report } from '../core/report/report.js';
import type { Messages } from '../i18n/messages.js';
import { escapeSlackText, truncate } from './escape.js';
import type { CandidatesReport } from '../core/report/candidates-report.js';
import { describeCandidates } from './candidates.js';
import {
  CHAT_PREFIX, describeAdvice, describeFigures, describeIssues, describeSpeedBasis, describeSummary, describeTitle,
  describeVerdict, type FailedReply, usageBar, warningText,
} from './phrases.js';

/** Block Kit limits (https://api.slack.com/reference/block-kit/blocks): kept well below, as Slack
 * rejects some payloads under its documented limits (slackapi/bolt-js#2509). */
export const SLACK_LIMITS = {
  blocks: 50, headerText: 150, sectionText: 3000, fields: 10, fieldText: 2000, contextElements: 10,
  buttonText: 75, actionValue: 2000, actionsElements: 25, fallbackText: 3000,
} as const;

/** action_id of each control; the actions block's block_id carries the answer's command, its state. */
export const CONTROL_ACTION_PREFIX = 'llmmem_control_';
export const CONTROLS_BLOCK_PREFIX = 'llmmem:';
/** block_id holds at most 255 characters (https://docs.slack.dev/reference/block-kit/blocks/actions-block). */
const BLOCK_ID_MAX = 255;
export const POST_ACTION_ID = 'llmmem_post';

// Block Kit as plain objects: the renderer stays free of Slack's client libraries.
type Text = { type: 'mrkdwn' | 'plain_text'; text: string; verbatim?: boolean };
type SlackButton = { type: 'button'; action_id: string; text: Text; value: string };
type SlackOption = { text: Text; value: string };
type SlackSelect = { type: 'static_select'; action_id: string; placeholder: Text; options: SlackOption[]; initial_option?: SlackOption };
export type SlackBlock =
  | { type: 'header'; text: Text }
  | { type: 'section'; text?: Text; fields?: Text[] }
  | { type: 'context'; elements: Text[] }
  | { type: 'actions'; block_id?: string; elements: (SlackButton | SlackSelect)[] }
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
  /** who asked: their choices update the answer, anyone else's get a private copy */
  readonly askerId?: string | null;
}

export function renderSlackAnswer(report: Report, m: Messages, options: SlackAnswerOptions): SlackMessage {
  const title = describeTitle(report, m);
  const verdict = describeVerdict(report, m);
  const bar = usageBar(report);
  const figures: Text[] = describeFigures(report, m).flatMap((g) =>
    g.rows.map(([label, value]) => mrkdwn(`*${escapeSlackText(label)}*\n${value}`, SLACK_LIMITS.fieldText)));
  const blocks: SlackBlock[] = [
    // plain_text is never parsed for mentions; the title's echoed name is neutralized besides
    { type: 'header', text: { type: 'plain_text', text: truncate(title.heading, SLACK_LIMITS.headerText) } },
    { type: 'section', text: mrkdwn(`*${escapeSlackText(verdict)}*${bar ? `\n\`${bar}\`` : ''}`, SLACK_LIMITS.sectionText) },
    { type: 'context', elements: describeSummary(report, m).slice(0, SLACK_LIMITS.contextElements).map((line) => mrkdwn(escapeSlackText(line), SLACK_LIMITS.fieldText)) },
  ];
  for (let i = 0; i < figures.length; i += SLACK_LIMITS.fields) blocks.push({ type: 'section', fields: figures.slice(i, i + SLACK_LIMITS.fields) });
  const advice = describeAdvice(report, m, CHAT_PREFIX);
  if (advice.length > 0) {
    const text = advice.map((a) => `• ${escapeSlackText(a.sentence)}${a.flags ? ` \`${escapeSlackText(a.flags)}\`` : ''}${a.command ? `\n   \`${escapeSlackText(a.command)}\`` : ''}`);
    blocks.push({ type: 'section', text: mrkdwn(`*${escapeSlackText(m.glance.whatToTry)}*\n${text.join('\n')}`, SLACK_LIMITS.sectionText) });
  }
  const speed = describeSpeedBasis(report, m);
  const notes = [...report.warnings.map((w) => warningText(w, m)), ...(speed ? [speed] : [])];
  if (notes.length > 0) {
    blocks.push({ type: 'context', elements: notes.slice(0, SLACK_LIMITS.contextElements).map((n) => mrkdwn(escapeSlackText(n), SLACK_LIMITS.fieldText)) });
  }
  // one menu per control, the current choice shown as the menu's value (no button styled as a call to action)
  const elements: (SlackButton | SlackSelect)[] = report.controls.map((c) => {
    const items = c.options.map((o) => ({ text: { type: 'plain_text' as const, text: truncate(o.label, SLACK_LIMITS.buttonText) }, value: o.value }));
    const current = c.options.findIndex((o) => o.active);
    return {
      type: 'static_select', action_id: `${CONTROL_ACTION_PREFIX}${c.id}`, placeholder: { type: 'plain_text', text: m.controls[c.id] }, options: items,
      ...(current >= 0 && items[current] ? { initial_option: items[current] } : {}),
    };
  });
  if (options.postButton && report.command.length <= SLACK_LIMITS.actionValue) {
    elements.push({ type: 'button', action_id: POST_ACTION_ID, text: { type: 'plain_text', text: m.text.postToChannel }, value: report.command });
  }
  const blockId = `${CONTROLS_BLOCK_PREFIX}${options.askerId ?? ''}|${report.command}`;
  if (elements.length > 0 && blockId.length <= BLOCK_ID_MAX) blocks.push({ type: 'actions', block_id: blockId, elements });
  blocks.push({ type: 'context', elements: [mrkdwn(m.text.assumptions(report.runtime), SLACK_LIMITS.fieldText)] });
  return { text: truncate(escapeSlackText(`${title.heading}: ${verdict}`), SLACK_LIMITS.fallbackText), blocks };
}

/** The state an actions block carries: who asked, and the command the answer answers. */
export function controlState(blockId: string | undefined): { askerId: string | null; command: string } | null {
  if (!blockId?.startsWith(CONTROLS_BLOCK_PREFIX)) return null;
  const rest = blockId.slice(CONTROLS_BLOCK_PREFIX.length);
  const bar = rest.indexOf('|');
  if (bar < 0) return null;
  return { askerId: rest.slice(0, bar) || null, command: rest.slice(bar + 1) };
}

export function renderSlackCandidates(report: CandidatesReport, m: Messages): SlackMessage {
  const view = describeCandidates(report, m, CHAT_PREFIX);
  const lines = view.lines.map((l) => `• ${escapeSlackText(l.text)}\n   \`${escapeSlackText(l.command)}\``);
  const blocks: SlackBlock[] = [
    { type: 'header', text: { type: 'plain_text', text: truncate(view.title, SLACK_LIMITS.headerText) } },
    ...(lines.length > 0 ? [{ type: 'section' as const, text: mrkdwn(lines.join('\n'), SLACK_LIMITS.sectionText) }] : []),
    { type: 'context', elements: [mrkdwn(escapeSlackText(view.basis), SLACK_LIMITS.fieldText)] },
  ];
  return { text: truncate(escapeSlackText(view.title), SLACK_LIMITS.fallbackText), blocks };
}

export function renderSlackIssues(reply: FailedReply): SlackMessage {
  const { sentences, example } = describeIssues(reply, CHAT_PREFIX);
  const text = escapeSlackText([...sentences, example].join(' '));
  return { text: truncate(text, SLACK_LIMITS.fallbackText), blocks: [{ type: 'section', text: mrkdwn(text, SLACK_LIMITS.sectionText) }] };
}
