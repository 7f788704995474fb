// Discord payloads stay within Discord's limits, checked with discord.js's own builders.
import { EmbedBuilder, embedLength } from '@discordjs/builders';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answer } from '../../src/answer.js';
import { commandFromFooter, DISCORD_LIMITS, renderDiscordReply } from '../../src/render/discord.js';

function validate(text: string) {
  const reply = answer(text);
  const message = renderDiscordReply(reply);
  for (const embed of message.embeds) {
    // the builders' setters assert Discord's per-field limits and throw past them
    const builder = new EmbedBuilder();
    if (embed.title) builder.setTitle(embed.title);
    if (embed.description) builder.setDescription(embed.description);
    builder.addFields(...(embed.fields ?? []));
    expect(embedLength(embed)).toBeLessThanOrEqual(DISCORD_LIMITS.total);
  }
  expect((message.content ?? '').length).toBeLessThanOrEqual(DISCORD_LIMITS.content);
  for (const row of message.components) {
    expect(row.components.length).toBeLessThanOrEqual(DISCORD_LIMITS.buttonsPerRow);
    for (const button of row.components) expect('custom_id' in button && button.custom_id.length).toBeLessThanOrEqual(DISCORD_LIMITS.customId);
  }
  return message;
}

const LARGEST = `file:"${'Very_Long*Model~Name-'.repeat(12)}70B-Instruct-Q4_K_M.gguf" mode:qlora precision:fp16 ctx:200000 batch:8 gpu:rtx3060 gpus:2 lang:ja`;

describe('Discord embed', () => {
  it('the largest report we can produce fits every limit', () => {
    const message = validate(LARGEST);
    // the figures, what to try and the notes
    expect(message.embeds[0]?.fields?.length).toBeGreaterThanOrEqual(4);
  });

  it('colours by verdict: green fits, red does not', () => {
    expect(validate('params:7 precision:int8 gpu:24').embeds[0]?.color).toBe(0x2ecc71);
    expect(validate('params:70 precision:fp16 gpu:24').embeds[0]?.color).toBe(0xe74c3c);
  });

  it('escapes markdown and mentions in an echoed file name', () => {
    const title = validate('file:"@everyone **bold** 7b.Q4_K_M.gguf"').embeds[0]?.title ?? '';
    expect(title).not.toMatch(/@everyone/);
    expect(title).toContain('\\*\\*bold\\*\\*');
  });

  it('keeps its controls for a long file name: their state is the command in the footer, not the custom_id', () => {
    const name = `${'x'.repeat(120)}-7b.Q4_K_M.gguf`;
    const message = validate(`file:"${name}"`);
    const ids = message.components.flatMap((row) => row.components.map((c) => ('custom_id' in c ? c.custom_id : '')));
    expect(ids).toEqual(['llmmem:c:precision', 'llmmem:c:ctx', 'llmmem:c:kv']);
    for (const id of ids) expect(id.length).toBeLessThanOrEqual(100);
    expect(commandFromFooter(message.embeds[0]?.footer?.text)).toBe(`file:${name}`);
  });

  it('hides the precision control in QLoRA mode, whose base is always NF4', () => {
    const ids = validate('params:8 mode:qlora gpu:rtx3090').components.flatMap((row) => row.components.map((c) => ('custom_id' in c ? c.custom_id : '')));
    expect(ids).not.toContain('llmmem:c:precision');
  });

  it('leads with the verdict and the total', () => {
    const description = validate('file:Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf ctx:8192 gpu:rtx3060').embeds[0]?.description ?? '';
    // markdown escapes (\( \)) are not shown by Discord
    expect(description.split('\n')[0]?.replace(/\\/g, '')).toMatch(/^\*\*✅ Fits GeForce RTX 3060 12GB \(12 GB\): [\d.]+ GiB used, [\d.]+ GiB free/);
  });

  it('any command renders within the limits', () => {
    fc.assert(fc.property(fc.string({ maxLength: 400 }), (text) => { validate(`/llmmem ${text}`); }), { numRuns: 500 });
  });
});
