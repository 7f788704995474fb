// Report → a Discord message: one embed, two rows of switch buttons, mentions disabled.
import {
  type APIActionRowComponent, type APIButtonComponent, type APIEmbed, type APIEmbedField, type APIStringSelectComponent,
  ButtonStyle, ComponentType, MessageFlags,
} from 'discord-api-types/v10';
import type { Reply } from '../answer.js';
import type { Report } from '../core/report/report.js';
import type { Control } from '../core/report/controls.js';
import type { Messages } from '../i18n/messages.js';
import { escapeDiscordMarkdown, neutralizeMentions, restoreEchoed, truncate } from './escape.js';
import type { CandidatesReport } from '../core/report/candidates-report.js';
import { describeCandidates } from './candidates.js';
import {
  CHAT_PREFIX, describeAdvice, describeFigures, describeIssues, describeSpeedBasis, describeSummary, describeTitle,
  describeVerdict, type FailedReply, usageBar, warningText,
} from './phrases.js';

/** Embed limits (https://discord.com/developers/docs/resources/message#embed-object-embed-limits). */
export const DISCORD_LIMITS = {
  title: 256, description: 4096, fields: 25, fieldName: 256, fieldValue: 1024, footer: 2048, total: 6000,
  content: 2000, customId: 100, buttonsPerRow: 5,
} as const;

/** Colours by verdict: fits, does not fit, no GPU asked. */
const COLOURS = { fits: 0x2ecc71, short: 0xe74c3c, neutral: 0x5865f2 } as const;

export type DiscordComponentRow = APIActionRowComponent<APIButtonComponent | APIStringSelectComponent>;

export interface DiscordMessage {
  readonly content?: string;
  readonly embeds: APIEmbed[];
  readonly components: DiscordComponentRow[];
  readonly allowed_mentions: { readonly parse: [] };
  readonly flags?: number;
}

function field(name: string, value: string, inline = true): APIEmbedField {
  return { name: truncate(name, DISCORD_LIMITS.fieldName), value: truncate(value, DISCORD_LIMITS.fieldValue), inline };
}

const lines = (rows: readonly (readonly [string, string])[]) => rows.map(([label, value]) => `${label}: **${value}**`).join('\n');

/** The verdict and total lead; the figures follow in two groups; what to try, then notes, come last. */
export function renderDiscordEmbed(report: Report, m: Messages): APIEmbed {
  const title = describeTitle(report, m);
  const bar = usageBar(report);
  const description = [
    `**${escapeDiscordMarkdown(describeVerdict(report, m))}**`,
    ...(bar ? [`\`${bar}\``] : []),
    ...describeSummary(report, m).map(escapeDiscordMarkdown),
  ].join('\n');
  const fields: APIEmbedField[] = describeFigures(report, m).map((g) => field(g.name, lines(g.rows)));
  const advice = describeAdvice(report, m, CHAT_PREFIX);
  if (advice.length > 0) {
    const text = advice.map((a) => `• ${escapeDiscordMarkdown(a.sentence)}${a.flags ? ` \`${a.flags}\`` : ''}${a.command ? `\n  \`${a.command}\`` : ''}`);
    fields.push(field(m.glance.whatToTry, fitLines(text, DISCORD_LIMITS.fieldValue), false));
  }
  const speed = describeSpeedBasis(report, m);
  const notes = [...report.warnings.map((w) => warningText(w, m)), ...(speed ? [speed] : [])];
  if (notes.length > 0) fields.push(field(m.text.notes, fitLines(notes.map((n) => `• ${escapeDiscordMarkdown(n)}`), DISCORD_LIMITS.fieldValue), false));
  const colour = report.fit ? (report.fit.fits ? COLOURS.fits : COLOURS.short) : COLOURS.neutral;
  return {
    title: truncate(escapeDiscordMarkdown(title.heading), DISCORD_LIMITS.title),
    description: truncate(description, DISCORD_LIMITS.description),
    color: colour,
    fields: fields.slice(0, DISCORD_LIMITS.fields),
    // the command first: the controls read it back as their state
    footer: { text: truncate(`${neutralizeMentions(`${CHAT_PREFIX}${report.command}`)}\nllmmem · ${m.text.assumptions(report.runtime)}`, DISCORD_LIMITS.footer) },
  };
}

/** As many whole lines as the limit holds, so a cut never leaves half a command or an open code span. */
function fitLines(items: readonly string[], max: number): string {
  const kept: string[] = [];
  let length = 0;
  for (const item of items) {
    if (length + item.length + 1 > max) break;
    kept.push(item);
    length += item.length + 1;
  }
  return kept.length > 0 ? kept.join('\n') : truncate(items[0] ?? '', max);
}

export function renderDiscordCandidates(report: CandidatesReport, m: Messages): DiscordMessage {
  const view = describeCandidates(report, m, CHAT_PREFIX);
  const description = fitLines(view.lines.map((l) => `• ${escapeDiscordMarkdown(l.text)}\n  \`${l.command}\``), DISCORD_LIMITS.description);
  return {
    embeds: [{
      title: truncate(escapeDiscordMarkdown(view.title), DISCORD_LIMITS.title),
      description: description || escapeDiscordMarkdown(view.basis),
      color: COLOURS.neutral,
      footer: { text: truncate(`llmmem · ${view.basis}`, DISCORD_LIMITS.footer) },
    }],
    components: [],
    allowed_mentions: { parse: [] },
  };
}

/** custom_id of each control: the state itself is the answer's command, read back from the embed's footer. */
export const CONTROL_PREFIX = 'llmmem:c:';
export const SHARE_CUSTOM_ID = 'llmmem:share';
/** Discord shows up to 25 options per select menu (https://discord.com/developers/docs/components/reference#string-select). */
const SELECT_OPTIONS = 25;

function select(control: Control, m: Messages): APIStringSelectComponent {
  return {
    type: ComponentType.StringSelect,
    custom_id: `${CONTROL_PREFIX}${control.id}`,
    placeholder: m.controls[control.id],
    options: control.options.slice(0, SELECT_OPTIONS).map((o) => ({ label: `${m.controls[control.id]}: ${o.label}`, value: o.value, default: o.active })),
  };
}

export interface DiscordAnswerOptions {
  /** a private copy: offer to post it in the channel */
  readonly share?: boolean;
}

/** One select menu per control, then Share for a private copy. */
export function renderDiscordControls(report: Report, m: Messages, options: DiscordAnswerOptions = {}): DiscordComponentRow[] {
  const rows: DiscordComponentRow[] = report.controls.map((c) => ({ type: ComponentType.ActionRow, components: [select(c, m)] }));
  if (options.share) {
    rows.push({ type: ComponentType.ActionRow, components: [{ type: ComponentType.Button, style: ButtonStyle.Secondary, label: m.text.postToChannel, custom_id: SHARE_CUSTOM_ID }] });
  }
  return rows;
}

/** The first footer line holds the command the answer answers (inert: its links broken, as everywhere). */
export function commandFromFooter(footer: string | undefined): string | null {
  const first = (footer ?? '').split('\n')[0] ?? '';
  return first.startsWith(CHAT_PREFIX) ? restoreEchoed(first.slice(CHAT_PREFIX.length)) : null;
}

export function renderDiscordAnswer(report: Report, m: Messages, options: DiscordAnswerOptions = {}): DiscordMessage {
  return { embeds: [renderDiscordEmbed(report, m)], components: renderDiscordControls(report, m, options), allowed_mentions: { parse: [] } };
}

/** The answer or the issues, whichever the pipeline gave. */
export function renderDiscordReply(reply: Reply, options: DiscordAnswerOptions = {}): DiscordMessage {
  if (!reply.ok) return renderDiscordIssues(reply);
  return reply.kind === 'estimate' ? renderDiscordAnswer(reply.report, reply.messages, options) : renderDiscordCandidates(reply.report, reply.messages);
}

/** A message for an edit or a channel post: neither can be ephemeral (Discord accepts only SUPPRESS_EMBEDS there). */
export function withoutEphemeral(message: DiscordMessage): Omit<DiscordMessage, 'flags'> {
  const { flags: _ephemeral, ...rest } = message;
  return rest;
}

/** Errors go only to the person who asked (ephemeral), with a working example. */
export function renderDiscordIssues(reply: FailedReply): DiscordMessage {
  const { sentences, example } = describeIssues(reply, CHAT_PREFIX);
  return {
    // describeIssues has already made the echoed input inert
    content: truncate([...sentences, example].join(' '), DISCORD_LIMITS.content),
    embeds: [], components: [], allowed_mentions: { parse: [] }, flags: MessageFlags.Ephemeral,
  };
}
