// Whatever people paste, the pipeline answers or explains; it never throws.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answer } from '../../src/answer.js';
import { parseModelName } from '../../src/core/parse/filename.js';
import { readQuestion } from '../../src/core/question/read-question.js';
import { commandsFor } from '../../src/core/question/to-commands.js';
import { answerQuestion } from '../../src/answer-question.js';
import { renderQuestionText } from '../../src/render/question.js';
import { renderReplyText } from '../../src/render/text.js';

const pieces = fc.constantFrom('params:', 'precision:', 'file:', 'model:', 'ctx:', 'gpu:', 'gpus:', 'kv:', 'mode:', 'lang:', '7b', 'q4_k_m', '"', ':', '/', '8x7b', '-1', '1e308', 'NaN', '日本語', '@everyone', '<!channel>', ' ');
const OPTIONS = ['params', 'precision', 'file', 'model', 'ctx', 'batch', 'kv', 'mode', 'gpu', 'gpus', 'runtime', 'fa', 'ubatch', 'ngl', 'cpumoe', 'lang'];
const VALUES = fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom('7', '-5', '0', '1e400', '8x7b', 'q4_k_m', 'exl2 4.0bpw', 'rtx4090', '24', 'ja', 'qlora', '128k', 'org/name', 'x.gguf'));
// any combination of real options with real and junk values, quoted or not
const optionMix = fc.array(fc.tuple(fc.constantFrom(...OPTIONS), VALUES, fc.boolean()), { maxLength: 11 })
  .map((pairs) => pairs.map(([k, v, q]) => (q ? `${k}:"${v}"` : `${k}:${v}`)).join(' '));
const commands = fc.oneof(
  fc.string({ maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 200 }), optionMix,
  fc.array(pieces, { maxLength: 20 }).map((parts) => parts.join('')),
);

describe('never throws', () => {
  it('the name parser on any string', () => {
    fc.assert(fc.property(fc.string({ maxLength: 500 }), (name) => { parseModelName(name); }), { numRuns: 2000 });
  });

  it('the help-channel question reader on any text', () => {
    fc.assert(fc.property(fc.oneof(fc.string({ maxLength: 500 }), fc.string({ unit: 'grapheme', maxLength: 300 })), (text) => {
      for (const { command } of commandsFor(readQuestion(text))) expect(command.length).toBeGreaterThan(0);
      const answered = answerQuestion(text);
      if (answered) expect(renderQuestionText(answered)).not.toMatch(/@everyone|<!channel>/);
    }), { numRuns: 2000 });
  });

  it('huge input is refused, not parsed', () => {
    const reply = answer(`params:7 ${'q'.repeat(100_000)}`);
    expect(!reply.ok && reply.issues[0]?.code).toBe('input_too_long');
  });

  it('the pipeline and text renderer on any command', () => {
    fc.assert(
      fc.property(commands, (text) => {
        const reply = answer(text);
        const rendered = renderReplyText(reply);
        expect(rendered.length).toBeGreaterThan(0);
        expect(rendered).not.toMatch(/@everyone|<!channel>/);
        if (reply.ok && reply.kind === 'estimate') expect(Number.isFinite(reply.estimate.vramBytes)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
