// One Discord interaction (from the gateway or HTTP) → what to send back. Both doors share it.
// Answers that need the Hub are deferred first (Discord allows 3 s for the first response), then the
// original message is edited with the result.
import {
  type APIApplicationCommandInteractionDataBasicOption, type APIInteraction, type APIInteractionResponse, type APIMessage,
  type APIMessageComponentInteraction, ApplicationCommandOptionType, ApplicationCommandType, ComponentType,
  InteractionResponseType, InteractionType, MessageFlags,
} from 'discord-api-types/v10';
import { answer, answerWithHub, needsHub } from '../../answer.js';
import { suggest, type SuggestedOption } from '../../core/catalog/suggest.js';
import { suggestContext } from '../../core/parse/numbers.js';
import type { HubClient } from '../../hub/hf.js';
import { applyControl, CONTROL_IDS, type ControlId } from '../../core/report/controls.js';
import {
  commandFromFooter, CONTROL_PREFIX, type DiscordMessage, renderDiscordReply, SHARE_CUSTOM_ID, withoutEphemeral,
} from '../../render/discord.js';
import { ASK_COMMAND_NAME, COMMAND_NAME } from '../../../commands/llmmem.js';
import { askAbout, MAX_ASKED_MESSAGE } from './ask.js';
import { MESSAGES, langFromLocale } from '../../i18n/locale.js';
import type { RateLimits } from '../rate-limit.js';
import { optionsToCommand } from './options.js';

export interface DiscordResponse {
  /** sent at once: the answer, or a deferral when the Hub must be read first */
  readonly immediate: APIInteractionResponse;
  /** after a deferral: the message to put in place of "thinking…" */
  readonly followUp?: () => Promise<Omit<DiscordMessage, 'flags'>>;
}


type Kind = InteractionResponseType.ChannelMessageWithSource | InteractionResponseType.UpdateMessage;

interface RespondOptions {
  /** only the person who asked sees it */
  readonly ephemeral?: boolean;
  /** a private copy: offer to post it in the channel */
  readonly share?: boolean;
}

function respond(text: string, locale: string | undefined, kind: Kind, hub: HubClient | undefined, options: RespondOptions = {}): DiscordResponse {
  const context = { ...(locale === undefined ? {} : { locale }), hubUrl: hub?.hubUrl };
  const flags = options.ephemeral ? { flags: MessageFlags.Ephemeral } : {};
  if (needsHub(text, hub)) {
    const deferral = kind === InteractionResponseType.UpdateMessage
      ? InteractionResponseType.DeferredMessageUpdate
      : InteractionResponseType.DeferredChannelMessageWithSource;
    const followUp = async () => withoutEphemeral(renderDiscordReply(await answerWithHub(text, context, hub), options));
    return { immediate: { type: deferral, ...(options.ephemeral ? { data: flags } : {}) }, followUp };
  }
  const reply = answer(text, context);
  // a bad control state or bad input is shown only to the person who pressed or typed it
  const type = reply.ok ? kind : InteractionResponseType.ChannelMessageWithSource;
  return { immediate: { type, data: { ...renderDiscordReply(reply, options), ...flags } } };
}

/** Who the answer was for: the slash command's user, or the author of the question a reply answers. */
function askerOfMessage(message: APIMessage | undefined): string | null {
  return message?.interaction_metadata?.user.id ?? message?.referenced_message?.author.id ?? null;
}

/** A control or Share pressed on an answer: the asker's press updates it, anyone else gets a private copy. */
function respondToControl(interaction: APIMessageComponentInteraction, locale: string | undefined, hub: HubClient | undefined): DiscordResponse | null {
  const data = interaction.data;
  const base = commandFromFooter(interaction.message.embeds[0]?.footer?.text);
  if (base === null) return null;
  if (data.custom_id === SHARE_CUSTOM_ID) return respond(base, locale, InteractionResponseType.ChannelMessageWithSource, hub);
  if (data.component_type !== ComponentType.StringSelect || !data.custom_id.startsWith(CONTROL_PREFIX)) return null;
  const id = data.custom_id.slice(CONTROL_PREFIX.length) as ControlId;
  const text = CONTROL_IDS.includes(id) ? applyControl(base, id, data.values[0] ?? '') : null;
  if (text === null) return null;
  const presser = interaction.member?.user.id ?? interaction.user?.id;
  const asker = askerOfMessage(interaction.message);
  const privateCopy = (interaction.message.flags ?? 0) & MessageFlags.Ephemeral;
  if (asker !== null && presser !== asker) return respond(text, locale, InteractionResponseType.ChannelMessageWithSource, hub, { ephemeral: true, share: true });
  return respond(text, locale, InteractionResponseType.UpdateMessage, hub, { share: privateCopy !== 0 });
}

function rateLimited(locale: string | undefined): DiscordResponse {
  const text = MESSAGES[langFromLocale(locale)].text.rateLimited;
  return { immediate: { type: InteractionResponseType.ChannelMessageWithSource, data: { content: text, embeds: [], components: [], allowed_mentions: { parse: [] }, flags: MessageFlags.Ephemeral } } };
}

/** Who asked and where, for the rate limits. */
function askerOf(interaction: APIInteraction): { userId: string | undefined; channelId: string | undefined } {
  return { userId: interaction.member?.user.id ?? interaction.user?.id, channelId: interaction.channel?.id ?? interaction.channel_id };
}

const SUGGESTED: ReadonlySet<string> = new Set<SuggestedOption>(['file', 'model', 'gpu', 'precision']);

/** The reply to one interaction (checked by parseInteraction first), or null for one llmmem does not handle. */
export async function respondToInteraction(interaction: APIInteraction, hub?: HubClient, limits?: RateLimits): Promise<DiscordResponse | null> {
  const locale = 'locale' in interaction ? interaction.locale : undefined;
  const allowed = async (text: string) => {
    const { userId, channelId } = askerOf(interaction);
    return !limits || limits.allow(userId, channelId, needsHub(text, hub));
  };
  switch (interaction.type) {
    case InteractionType.Ping:
      return { immediate: { type: InteractionResponseType.Pong } };
    case InteractionType.ApplicationCommand: {
      if (interaction.data.name === ASK_COMMAND_NAME && interaction.data.type === ApplicationCommandType.Message) {
        const target = interaction.data.resolved.messages[interaction.data.target_id];
        const text = (target?.content ?? '').slice(0, MAX_ASKED_MESSAGE);
        if (!(await allowed(text))) return rateLimited(locale);
        return askAbout(text, locale, hub);
      }
      if (interaction.data.name !== COMMAND_NAME) return null;
      // a bare `/llmmem` comes without `options`: answered like an empty command, with usage
      const options = 'options' in interaction.data ? interaction.data.options as APIApplicationCommandInteractionDataBasicOption[] | undefined : undefined;
      const text = optionsToCommand(options);
      if (!(await allowed(text))) return rateLimited(locale);
      return respond(text, locale, InteractionResponseType.ChannelMessageWithSource, hub);
    }
    case InteractionType.MessageComponent: {
      const base = commandFromFooter(interaction.message.embeds[0]?.footer?.text) ?? '';
      if (!(await allowed(base))) return rateLimited(locale);
      return respondToControl(interaction, locale, hub);
    }
    case InteractionType.ApplicationCommandAutocomplete: {
      const options = (interaction.data.options ?? []) as APIApplicationCommandInteractionDataBasicOption[];
      const focused = options.find((o) => o.type === ApplicationCommandOptionType.String && 'focused' in o && o.focused);
      const typed = focused && 'value' in focused ? String(focused.value) : '';
      const choices = !focused ? []
        : focused.name === 'ctx' ? suggestContext(typed).map((value) => ({ name: value, value }))
        : SUGGESTED.has(focused.name) ? suggest(focused.name as SuggestedOption, typed) : [];
      return { immediate: { type: InteractionResponseType.ApplicationCommandAutocompleteResult, data: { choices } } };
    }
    default:
      return null;
  }
}
