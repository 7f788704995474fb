// The slash command definition matches the contract's option names and types (docs/contract.md §1).
import { ApplicationCommandOptionType } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { ASK_COMMAND, LLMMEM_COMMAND } from '../commands/llmmem.js';

const CONTRACT: Record<string, ApplicationCommandOptionType> = {
  params: ApplicationCommandOptionType.Number,
  batch: ApplicationCommandOptionType.Integer, gpus: ApplicationCommandOptionType.Integer, ubatch: ApplicationCommandOptionType.Integer,
  ngl: ApplicationCommandOptionType.Integer, cpumoe: ApplicationCommandOptionType.Integer,
  ctx: ApplicationCommandOptionType.String, runtime: ApplicationCommandOptionType.String, fa: ApplicationCommandOptionType.String,
  precision: ApplicationCommandOptionType.String, file: ApplicationCommandOptionType.String, model: ApplicationCommandOptionType.String,
  kv: ApplicationCommandOptionType.String, mode: ApplicationCommandOptionType.String, gpu: ApplicationCommandOptionType.String,
  lang: ApplicationCommandOptionType.String,
};

describe('/llmmem command definition', () => {
  it('has exactly the contract options with their types', () => {
    expect(Object.fromEntries(LLMMEM_COMMAND.options.map((o) => [o.name, o.type]))).toEqual(CONTRACT);
  });

  it('describes itself and every option in Japanese too', () => {
    expect(LLMMEM_COMMAND.description_localizations.ja.length).toBeGreaterThan(0);
    for (const option of LLMMEM_COMMAND.options) expect(option.description_localizations.ja.length, option.name).toBeGreaterThan(0);
  });

  it('keeps every description within Discord\'s 100 characters', () => {
    for (const option of LLMMEM_COMMAND.options) expect(option.description.length, option.name).toBeLessThanOrEqual(100);
  });
});

describe('Ask llmmem', () => {
  it('is a message command, user-installable and usable in servers and every kind of DM', () => {
    expect(ASK_COMMAND).toMatchObject({ type: 3, name: 'Ask llmmem', integration_types: [0, 1], contexts: [0, 1, 2] });
    expect(LLMMEM_COMMAND).toMatchObject({ integration_types: [0, 1], contexts: [0, 1, 2] });
  });
});
