// Slash-command options → the shared command text (`params:7 precision:"int8"`).
import type { APIApplicationCommandInteractionDataBasicOption } from 'discord-api-types/v10';

export function optionsToCommand(options: readonly APIApplicationCommandInteractionDataBasicOption[] | undefined): string {
  return (options ?? [])
    .map((option) => ('value' in option ? `${option.name}:"${String(option.value).replace(/"/g, '')}"` : ''))
    .filter(Boolean)
    .join(' ');
}
