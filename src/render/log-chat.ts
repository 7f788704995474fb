// A log explanation → a Discord embed and Slack blocks: the verdict first, then the log's own figures,
// llmmem's estimate of the same run beside them, and the fixes with the runtime's flags.
import type { LogExplanation } from '../core/logs/explain-log.js';
import type { LogMessages } from '../i18n/log-messages.js';
import type { Messages } from '../i18n/messages.js';
import type { DiscordMessage } from './discord.js';
import { escapeDiscordMarkdown, escapeSlackText, neutralizeMentions, truncate } from './escape.js';
import { breakdownRows, figureRows, fixLine, noteLines, settingsLine, verdictLine } from './log-phrases.js';
import { CHAT_PREFIX, describeFitVerdict, UNITS } from './phrases.js';
import type { SlackMessage } from './slack.js';
import { formatBytes } from './units.js';

/** The parts both platforms draw, as plain lines. */
interface LogView {
  readonly verdict: string;
  readonly summary: string;
  readonly figures: readonly string[];
  readonly estimate: readonly string[];
  readonly command: string | null;
  readonly fixes: readonly { readonly text: string; readonly flags: string; readonly command: string | null }[];
  readonly notes: readonly string[];
}

function viewOf(e: LogExplanation, m: Messages, lm: LogMessages): LogView {
  const facts = e.facts;
  const settings = settingsLine(facts);
  return {
    verdict: verdictLine(e, lm, UNITS),
    summary: [facts.runtime ? lm.title(lm.runtime[facts.runtime], facts.linesRead, facts.linesRecognised) : lm.unrecognised, settings].filter(Boolean).join('\n'),
    figures: [...figureRows(facts, lm), ...breakdownRows(facts)].map((r) => `${r.device ? `${r.device} · ` : ''}${r.label}: ${r.printed}`),
    estimate: e.estimate
      ? [
          ...e.comparison.map((c) => `${lm.compared[c.key]}: ${formatBytes(c.logBytes)} → ${formatBytes(c.llmmemBytes)}`),
          ...(e.estimate.fit ? [describeFitVerdict(e.estimate.fit, e.estimate.vramBytes, m)] : [`${m.text.vramTotal}: ${formatBytes(e.estimate.vramBytes)}`]),
        ]
      : [],
    command: e.command ? neutralizeMentions(`${CHAT_PREFIX}${e.command}`) : null,
    fixes: e.fixes.map((fix) => {
      const line = fixLine(fix, lm, UNITS);
      return { text: `${line.what} (${line.verdict})`, flags: neutralizeMentions(line.flags), command: fix.command ? neutralizeMentions(`${CHAT_PREFIX}${fix.command}`) : null };
    }),
    notes: noteLines(e, lm, UNITS),
  };
}

const FIELD = 1024;

export function renderDiscordLog(e: LogExplanation, m: Messages, lm: LogMessages): DiscordMessage {
  const v = viewOf(e, m, lm);
  const field = (name: string, lines: readonly string[]) => ({ name: truncate(name, 256), value: truncate(lines.join('\n'), FIELD), inline: false });
  const fields = [
    ...(v.figures.length ? [field(lm.heading.figures, v.figures.map((f) => `• ${escapeDiscordMarkdown(f)}`))] : []),
    ...(v.estimate.length ? [field(lm.heading.estimate, [...(v.command ? [`\`${v.command}\``] : []), ...v.estimate.map(escapeDiscordMarkdown)])] : []),
    ...(v.fixes.length ? [field(lm.heading.fixes, v.fixes.map((f) => `• ${escapeDiscordMarkdown(f.text)} \`${f.flags}\`${f.command ? `\n  \`${f.command}\`` : ''}`))] : []),
    ...(v.notes.length ? [field(lm.heading.notes, v.notes.map((n) => `• ${escapeDiscordMarkdown(n)}`))] : []),
  ];
  return {
    embeds: [{
      title: truncate(escapeDiscordMarkdown(v.verdict), 256),
      description: truncate(escapeDiscordMarkdown(v.summary), 4096),
      color: e.failure ? 0xe74c3c : 0x2ecc71,
      fields,
      footer: { text: 'llmmem' },
    }],
    components: [],
    allowed_mentions: { parse: [] },
  };
}

const SECTION = 3000;
const mrkdwn = (text: string) => ({ type: 'mrkdwn' as const, text: truncate(text, SECTION), verbatim: true });

export function renderSlackLog(e: LogExplanation, m: Messages, lm: LogMessages): SlackMessage {
  const v = viewOf(e, m, lm);
  const section = (heading: string, lines: readonly string[]) => ({ type: 'section' as const, text: mrkdwn(`*${escapeSlackText(heading)}*\n${lines.join('\n')}`) });
  const blocks: SlackMessage['blocks'] = [
    { type: 'section', text: mrkdwn(`*${escapeSlackText(v.verdict)}*`) },
    { type: 'context', elements: [mrkdwn(escapeSlackText(v.summary))] },
  ];
  if (v.figures.length) blocks.push(section(lm.heading.figures, v.figures.map((f) => `• ${escapeSlackText(f)}`)));
  if (v.estimate.length) blocks.push(section(lm.heading.estimate, [...(v.command ? [`\`${escapeSlackText(v.command)}\``] : []), ...v.estimate.map(escapeSlackText)]));
  if (v.fixes.length) blocks.push(section(lm.heading.fixes, v.fixes.map((f) => `• ${escapeSlackText(f.text)} \`${escapeSlackText(f.flags)}\`${f.command ? `\n   \`${escapeSlackText(f.command)}\`` : ''}`)));
  if (v.notes.length) blocks.push({ type: 'context', elements: v.notes.slice(0, 10).map((n) => mrkdwn(escapeSlackText(n))) });
  return { text: truncate(escapeSlackText(v.verdict), 3000), blocks };
}
