// Report → a Discord message: one embed, two rows of switch buttons, mentions disabled.
import {
  type APIActionRowComponent, type APIButtonComponent, type APIEmbed, type APIEmbedField,
  ButtonStyle, ComponentType, MessageFlags,
} from 'discord-api-types/v10';
import type { Reply } from '../answer.js';
import type { Report } from '../core/report/report.js';
import type { Switch } from '../core/report/switches.js';
import type { Messages } from '../i18n/messages.js';
import { escapeDiscordMarkdown, truncate } from './escape.js';
import { CHAT_PREFIX, describeFit, describeIssues, describeTitle, type FailedReply, warningText } from './phrases.js';
import { formatBytes, formatCount } from './units.js';

/** Embed limits (https://discord.com/developers/docs/resources/message#embed-object-embed-limits). */
export const DISCORD_LIMITS = {
  title: 256, description: 4096, fields: 25, fieldName: 256, fieldValue: 1024, footer: 2048, total: 6000,
  content: 2000, customId: 100, buttonsPerRow: 5,
} as const;

/** Colours by verdict: fits, does not fit, no GPU asked. */
const COLOURS = { fits: 0x2ecc71, short: 0xe74c3c, neutral: 0x5865f2 } as const;
/** Prefix of every llmmem button; the rest of the custom_id is the command it runs. */
export const BUTTON_PREFIX = 'llmmem:';

export interface DiscordMessage {
  readonly content?: string;
  readonly embeds: APIEmbed[];
  readonly components: APIActionRowComponent<APIButtonComponent>[];
  readonly allowed_mentions: { readonly parse: [] };
  readonly flags?: number;
}

function field(name: string, value: string, inline = true): APIEmbedField {
  return { name: truncate(name, DISCORD_LIMITS.fieldName), value: truncate(value, DISCORD_LIMITS.fieldValue), inline };
}

export function renderDiscordEmbed(report: Report, m: Messages): APIEmbed {
  const title = describeTitle(report, m);
  const fields: APIEmbedField[] = report.lines.map((line) =>
    field(line.key === 'kv_cache' ? `${m.line.kv_cache} (${formatCount(report.contextTokens)})` : m.line[line.key], `**${formatBytes(line.bytes)}**`));
  fields.push(
    field(m.text.vramTotal, `**${formatBytes(report.vramBytes)}**`),
    field(m.text.ramWithGpu, formatBytes(report.ramBytes)),
    field(m.text.ramCpuOnly, formatBytes(report.cpuOnlyRamBytes)),
  );
  if (report.fit) fields.push(field('GPU', describeFit(report.fit, m).join('\n'), false));
  if (report.warnings.length > 0) {
    fields.push(field(m.text.notes, report.warnings.map((w) => `• ${escapeDiscordMarkdown(warningText(w, m))}`).join('\n'), false));
  }
  const colour = report.fit ? (report.fit.fits ? COLOURS.fits : COLOURS.short) : COLOURS.neutral;
  return {
    title: truncate(escapeDiscordMarkdown(title.heading), DISCORD_LIMITS.title),
    description: `${title.params}\n${title.context}`,
    color: colour,
    fields: fields.slice(0, DISCORD_LIMITS.fields),
    footer: { text: truncate(`llmmem · ${m.text.assumptions(report.runtime)}`, DISCORD_LIMITS.footer) },
  };
}

function button(s: Switch): APIButtonComponent | null {
  const customId = BUTTON_PREFIX + s.command;
  if (customId.length > DISCORD_LIMITS.customId) return null; // too long to carry: no button rather than a broken one
  return { type: ComponentType.Button, style: s.active ? ButtonStyle.Primary : ButtonStyle.Secondary, label: s.label, custom_id: customId, disabled: s.active };
}

export function renderDiscordButtons(switches: readonly Switch[]): APIActionRowComponent<APIButtonComponent>[] {
  return (['precision', 'context'] as const)
    .map((group) => switches.filter((s) => s.group === group).map(button).filter((b): b is APIButtonComponent => b !== null))
    .filter((buttons) => buttons.length > 0)
    .map((buttons) => ({ type: ComponentType.ActionRow, components: buttons.slice(0, DISCORD_LIMITS.buttonsPerRow) }));
}

export function renderDiscordAnswer(report: Report, m: Messages): DiscordMessage {
  return { embeds: [renderDiscordEmbed(report, m)], components: renderDiscordButtons(report.switches), allowed_mentions: { parse: [] } };
}

/** The answer or the issues, whichever the pipeline gave. */
export function renderDiscordReply(reply: Reply): DiscordMessage {
  return reply.ok ? renderDiscordAnswer(reply.report, reply.messages) : renderDiscordIssues(reply);
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
