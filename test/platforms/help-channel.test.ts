// The help-channel policy: who is answered, once, and not too often — per asker, so a second person's
// question in the same channel is not lost.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AskerCooldown, decideHelpReply, RecentIds } from '../../src/platforms/help-channel.js';

const HELP = new Set(['CHELP']);
const clock = (start = 0) => { let t = start; return { now: () => t, advance: (ms: number) => { t += ms; } }; };
const from = (text: string, extra: Partial<{ channelId: string; authorId: string; mentionsBot: boolean; fromBot: boolean }> = {}) =>
  ({ text, channelId: 'CHELP', authorId: 'U1', mentionsBot: false, fromBot: false, ...extra });

describe('decideHelpReply', () => {
  const cooldown = () => new AskerCooldown(30_000, clock().now);

  it.each([
    [from('llama 3.1 8b?', { channelId: 'C1', mentionsBot: true }), 'question'],
    [from('<@B1> params:7 precision:int8', { channelId: 'C1', mentionsBot: true }), 'command'],
    [from('hello', { channelId: 'C1', mentionsBot: true }), 'usage'],
    [from('hello'), 'ignore'],
    [from('llama 3.1 8b?', { channelId: 'C1' }), 'ignore'],
    [from('llama 3.1 8b?'), 'question'],
    [from('can I run qwen3 30b a3b on my 4090 with 32k ctx?'), 'question'],
    [from('which model fits my 12GB 3060?'), 'question'],
    [from('llama 3.1 8b?', { mentionsBot: true, fromBot: true }), 'ignore'],
    // chatter that names a model asks nothing
    [from('Meta just released Llama 3.1 405B, huge news!'), 'ignore'],
    [from('thanks, the 70b answer helped a lot'), 'ignore'],
    [from('I ran mixtral 8x7b Q4_K_M on my 3090 at 20 t/s, works great'), 'ignore'],
    // a helper asking back
    [from('which quant of the 70b are you using on your 3090?'), 'ignore'],
    // an out-of-memory report is a question
    [from('llama 3.1 70b Q4_K_M on 2x3090: CUDA error: out of memory'), 'question'],
  ] as const)('%j → %s', (message, kind) => {
    expect(decideHelpReply(message, HELP, cooldown()).kind).toBe(kind);
  });

  it('hands a mentioned Japanese question to the reader as written', () => {
    const decision = decideHelpReply(from('4090で Llama-3.1-8B Q4_K_M 動く?', { mentionsBot: true }), HELP, cooldown());
    expect(decision).toEqual({ kind: 'question', text: '4090で Llama-3.1-8B Q4_K_M 動く?' });
  });

  it('answers each asker once per cooldown unmentioned, a second asker at once, and mentions always', () => {
    const c = clock();
    const shared = new AskerCooldown(30_000, c.now);
    const ask = from('llama 3.1 8b on a 3060?');
    expect(decideHelpReply(ask, HELP, shared).kind).toBe('question');
    expect(decideHelpReply(ask, HELP, shared).kind).toBe('ignore');
    expect(decideHelpReply({ ...ask, authorId: 'U2' }, HELP, shared).kind).toBe('question');
    expect(decideHelpReply({ ...ask, mentionsBot: true }, HELP, shared).kind).toBe('question');
    c.advance(29_999);
    expect(decideHelpReply(ask, HELP, shared).kind).toBe('ignore');
    c.advance(1);
    expect(decideHelpReply(ask, HELP, shared).kind).toBe('question');
  });
});

describe('pasted logs', () => {
  const log = (name: string) => readFileSync(new URL(`../fixtures/published/logs/${name}`, import.meta.url), 'utf8');
  const cooldown = () => new AskerCooldown(30_000, clock().now);

  it('a log that failed to allocate is explained unmentioned in a help channel', () => {
    const text = log('llama-cpp-compute-multi-gpu.log');
    expect(decideHelpReply(from(text), HELP, cooldown())).toEqual({ kind: 'log', text });
  });

  it('a log is left alone outside help channels unless mentioned', () => {
    const text = log('llama-cpp-compute-multi-gpu.log');
    expect(decideHelpReply(from(text, { channelId: 'C1' }), HELP, cooldown()).kind).toBe('ignore');
    expect(decideHelpReply(from(text, { channelId: 'C1', mentionsBot: true }), HELP, cooldown()).kind).toBe('log');
  });
});

describe('RecentIds', () => {
  it('knows an id for the window, then forgets it', () => {
    const c = clock();
    const ids = new RecentIds(600_000, c.now);
    expect(ids.isNew('Ev1')).toBe(true);
    expect(ids.isNew('Ev1')).toBe(false);
    c.advance(600_000);
    expect(ids.isNew('Ev1')).toBe(true);
  });
});
