// One Discord interaction (from the gateway or HTTP) → the response to send back. Both doors share it.
import {
  type APIApplicationCommandInteractionDataBasicOption, type APIInteraction, type APIInteractionResponse,
  ApplicationCommandOptionType, ComponentType, InteractionResponseType, InteractionType,
} from 'discord-api-types/v10';
import { answer } from '../../answer.js';
import { suggest, type SuggestedOption } from '../../core/catalog/suggest.js';
import { BUTTON_PREFIX, renderDiscordAnswer, renderDiscordIssues } from '../../render/discord.js';
import { COMMAND_NAME } from '../../../commands/llmmem.js';
import { optionsToCommand } from './options.js';

function reply(text: string, locale: string | undefined, type: InteractionResponseType.ChannelMessageWithSource | InteractionResponseType.UpdateMessage): APIInteractionResponse {
  const result = answer(text, locale === undefined ? {} : { locale });
  if (!result.ok) {
    // a bad button state or bad input: tell only the person who pressed or typed it
    return { type: InteractionResponseType.ChannelMessageWithSource, data: renderDiscordIssues(result.issues, result.messages) };
  }
  return { type, data: renderDiscordAnswer(result.report, result.messages) };
}

const SUGGESTED: ReadonlySet<string> = new Set<SuggestedOption>(['file', 'model', 'gpu', 'precision']);

export function respondToInteraction(interaction: APIInteraction): APIInteractionResponse | null {
  const locale = 'locale' in interaction ? interaction.locale : undefined;
  switch (interaction.type) {
    case InteractionType.Ping:
      return { type: InteractionResponseType.Pong };
    case InteractionType.ApplicationCommand: {
      if (interaction.data.name !== COMMAND_NAME || !('options' in interaction.data)) return null;
      const options = interaction.data.options as APIApplicationCommandInteractionDataBasicOption[] | undefined;
      return reply(optionsToCommand(options), locale, InteractionResponseType.ChannelMessageWithSource);
    }
    case InteractionType.MessageComponent: {
      const data = interaction.data;
      if (data.component_type !== ComponentType.Button || !data.custom_id.startsWith(BUTTON_PREFIX)) return null;
      return reply(data.custom_id.slice(BUTTON_PREFIX.length), locale, InteractionResponseType.UpdateMessage);
    }
    case InteractionType.ApplicationCommandAutocomplete: {
      const options = (interaction.data.options ?? []) as APIApplicationCommandInteractionDataBasicOption[];
      const focused = options.find((o) => o.type === ApplicationCommandOptionType.String && 'focused' in o && o.focused);
      const choices = focused && SUGGESTED.has(focused.name) && 'value' in focused
        ? suggest(focused.name as SuggestedOption, String(focused.value))
        : [];
      return { type: InteractionResponseType.ApplicationCommandAutocompleteResult, data: { choices } };
    }
    default:
      return null;
  }
}
