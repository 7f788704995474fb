// A question's answer on each surface: "Read as" first, the asker's own words in it made inert, one
// embed or block group per reply, controls only when one answer can be changed.
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer-question.js';
import { renderDiscordQuestion, renderQuestionText, renderSlackQuestion } from '../../src/render/question.js';

const answered = (text: string) => {
  const result = answerQuestion(text);
  if (!result) throw new Error(`no question read in ${text}`);
  return result;
};

describe('Discord', () => {
  it('puts "Read as" in the content and one embed per reply, without controls for several', () => {
    const message = renderDiscordQuestion(answered('can I fine-tune llama 3 8b on a 4090?'));
    expect(message.content).toBe('Read as: Llama\\-3\\-8B · training: full, LoRA and QLoRA compared · RTX 4090 \\(24 GB\\)');
    expect(message.embeds).toHaveLength(3);
    expect(message.components).toEqual([]);
    expect(message.allowed_mentions).toEqual({ parse: [] });
  });

  it('keeps the controls for a single answer', () => {
    const message = renderDiscordQuestion(answered('can I run llama 3.1 8b on a 3060?'));
    expect(message.embeds).toHaveLength(1);
    expect(message.components.length).toBeGreaterThan(0);
  });

  it('never pings or links through the words it echoes', () => {
    const message = renderDiscordQuestion(answered('will @everyone-llama-7b.gguf fit on https://evil.example/x my 3090?'));
    expect(message.content).not.toMatch(/@everyone|https?:\/\//);
  });

  it('stays inside the 6,000 characters all embeds may hold together', () => {
    const message = renderDiscordQuestion(answered('llama 3.1 8b or qwen2.5 7b or gemma 2 9b on a 3060 at 32k?'));
    // Discord counts titles, descriptions, field names and values, footers and author names
    const length = message.embeds.reduce((n, e) => n + (e.title?.length ?? 0) + (e.description?.length ?? 0) + (e.footer?.text.length ?? 0) +
      (e.author?.name.length ?? 0) + (e.fields ?? []).reduce((m, f) => m + f.name.length + f.value.length, 0), 0);
    expect(message.embeds.length).toBeGreaterThanOrEqual(2);
    expect(length).toBeLessThanOrEqual(6000);
  });
});

describe('Slack', () => {
  it('leads with a context block holding "Read as", escaped', () => {
    const message = renderSlackQuestion(answered('can <!channel> run llama 3.1 8b on a 3060?'), { postButton: false });
    expect(message.blocks[0]).toEqual({ type: 'context', elements: [{ type: 'mrkdwn', text: 'Read as: Llama-3.1-8B · RTX 3060 (12 GB)', verbatim: true }] });
    expect(message.text).not.toContain('<!channel>');
    expect(message.blocks.length).toBeLessThanOrEqual(50);
  });

  it('drops the controls when several answers share the message', () => {
    const message = renderSlackQuestion(answered('gpt-oss 120b or 20b on an M3 Max 64GB?'), { postButton: false });
    expect(message.blocks.some((b) => b.type === 'actions')).toBe(false);
    expect(message.blocks.filter((b) => b.type === 'divider').length).toBeGreaterThanOrEqual(1);
  });
});

describe('text', () => {
  it('answers in Japanese with the Japanese "Read as" line', () => {
    const text = renderQuestionText(answered('Llama-3.1-8B Q4_K_M は4090で動く？'));
    expect(text.split('\n')[0]).toBe('読み取り: Llama-3.1-8B · Q4_K_M · RTX 4090 (24 GB)');
    expect(text).toContain('重み');
  });
});
