// Block Kit payloads stay within Slack's limits for any input, and escape what they echo.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answer } from '../../src/answer.js';
import { renderSlackAnswer, renderSlackCandidates, renderSlackIssues, SLACK_LIMITS, type SlackMessage } from '../../src/render/slack.js';

function render(text: string): SlackMessage {
  const reply = answer(text);
  if (!reply.ok) return renderSlackIssues(reply);
  return reply.kind === 'estimate' ? renderSlackAnswer(reply.report, reply.messages, { postButton: true }) : renderSlackCandidates(reply.report, reply.messages);
}

function checkLimits(message: SlackMessage): void {
  expect(message.blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.blocks);
  expect(message.text.length).toBeLessThanOrEqual(SLACK_LIMITS.fallbackText);
  for (const block of message.blocks) {
    if (block.type === 'header') expect(block.text.text.length).toBeLessThanOrEqual(SLACK_LIMITS.headerText);
    if (block.type === 'section') {
      expect((block.text?.text ?? '').length).toBeLessThanOrEqual(SLACK_LIMITS.sectionText);
      expect((block.fields ?? []).length).toBeLessThanOrEqual(SLACK_LIMITS.fields);
      for (const f of block.fields ?? []) expect(f.text.length).toBeLessThanOrEqual(SLACK_LIMITS.fieldText);
    }
    if (block.type === 'context') expect(block.elements.length).toBeLessThanOrEqual(SLACK_LIMITS.contextElements);
    if (block.type === 'actions') {
      expect(block.elements.length).toBeLessThanOrEqual(SLACK_LIMITS.actionsElements);
      expect(new Set(block.elements.map((e) => e.action_id)).size).toBe(block.elements.length);
      expect((block.block_id ?? '').length).toBeLessThanOrEqual(255);
      for (const e of block.elements) {
        if (e.type === 'button') expect(e.value.length).toBeLessThanOrEqual(SLACK_LIMITS.actionValue);
        // static_select: up to 100 options, each value at most 150 characters (Block Kit composition objects)
        else for (const o of e.options) expect(o.value.length).toBeLessThanOrEqual(150);
      }
    }
  }
}

describe('Slack blocks', () => {
  it('the largest report fits every limit', () => {
    const message = render(`file:"${'Very_Long*Model~Name-'.repeat(12)}70B-Instruct-Q4_K_M.gguf" mode:qlora precision:fp16 ctx:200000 batch:8 gpu:rtx3060 gpus:2 lang:ja`);
    checkLimits(message);
    expect(message.blocks.length).toBeGreaterThan(5);
  });

  it('escapes &, < and > in mrkdwn it echoes', () => {
    const message = render('file:"a&b <x>.gguf"');
    expect(JSON.stringify(message.blocks)).toContain('a&amp;b &lt;x&gt;');
  });

  it('any command renders within the limits', () => {
    fc.assert(fc.property(fc.string({ maxLength: 400 }), (text) => { checkLimits(render(`/llmmem ${text}`)); }), { numRuns: 500 });
  });
});
