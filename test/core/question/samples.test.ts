// The reader on real help-channel questions and chatter (test/fixtures/published/help-*.sample.tsv, from
// issue threads and Q&A pages): the facts each asker gave reach the answer; chatter is left alone.
import { describe, expect, it } from 'vitest';
import { readQuestion } from '../../../src/core/question/read-question.js';
import { commandsFor } from '../../../src/core/question/to-commands.js';
import { AskerCooldown, decideHelpReply } from '../../../src/platforms/help-channel.js';
import { readTsv } from '../../helpers/published-data.js';
import { factsCarried } from '../../helpers/question-facts.js';

const questions = readTsv('help-questions.sample.tsv');
const chatter = readTsv('help-chatter.sample.tsv');

/** Rows the reader cannot carry whole, and why. */
const KNOWN_MISSES: Record<string, string> = {
  // a rhetorical list of things people wonder about, naming no model, no GPU and no size
  '一方で、': 'nothing to size',
};
const known = (text: string) => Object.keys(KNOWN_MISSES).some((start) => text.startsWith(start));

describe('help-channel questions', () => {
  it.each(questions.filter((r) => !known(r.text ?? '')).map((r) => [r.text ?? '', r] as const))('%s', (_text, row) => {
    expect(factsCarried(row).missing).toEqual([]);
  });

  it('carries every fact in at least 90 % of the questions', () => {
    const carried = questions.filter((r) => factsCarried(r).missing.length === 0).length;
    expect(carried / questions.length).toBeGreaterThanOrEqual(0.9);
  });

  // Unmentioned, a help channel answers what asks; some rows report a result or a bug and ask nothing.
  it('answers at least 80 % of them unmentioned in a help channel', () => {
    const answered = questions.filter((r, i) =>
      decideHelpReply({ text: r.text ?? '', channelId: 'CHELP', authorId: `U${i}`, mentionsBot: false, fromBot: false }, new Set(['CHELP']), new AskerCooldown(30_000)).kind !== 'ignore');
    expect(answered.length / questions.length).toBeGreaterThanOrEqual(0.8);
  });
});

describe('help-channel chatter', () => {
  it.each(chatter.map((r) => [r.text ?? ''] as const))('%s is left alone', (text) => {
    const decision = decideHelpReply({ text, channelId: 'CHELP', authorId: 'U1', mentionsBot: false, fromBot: false }, new Set(['CHELP']), new AskerCooldown(30_000));
    expect(decision.kind).toBe('ignore');
  });

  it('still finds the model chatter names, when there is one (it is quiet by choice, not blind)', () => {
    const named = chatter.filter((r) => r.mentions_model === 'yes');
    const found = named.filter((r) => readQuestion(r.text ?? '').models.length > 0 || commandsFor(readQuestion(r.text ?? '')).length > 0);
    expect(found.length / named.length).toBeGreaterThanOrEqual(0.8);
  });
});
