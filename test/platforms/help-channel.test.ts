// The help-channel policy: who is answered, once, and not too often.
import { describe, expect, it } from 'vitest';
import { ChannelCooldown, decideHelpReply, RecentIds } from '../../src/platforms/help-channel.js';

const HELP = new Set(['CHELP']);
const clock = (start = 0) => { let t = start; return { now: () => t, advance: (ms: number) => { t += ms; } }; };

describe('decideHelpReply', () => {
  const cooldown = () => new ChannelCooldown(30_000, clock().now);

  it.each([
    [{ text: 'llama 3.1 8b?', channelId: 'C1', mentionsBot: true, fromBot: false }, 'answer'],
    [{ text: 'hello', channelId: 'C1', mentionsBot: true, fromBot: false }, 'usage'],
    [{ text: 'hello', channelId: 'CHELP', mentionsBot: false, fromBot: false }, 'ignore'],
    [{ text: 'llama 3.1 8b?', channelId: 'C1', mentionsBot: false, fromBot: false }, 'ignore'],
    [{ text: 'llama 3.1 8b?', channelId: 'CHELP', mentionsBot: false, fromBot: false }, 'answer'],
    [{ text: 'llama 3.1 8b?', channelId: 'CHELP', mentionsBot: true, fromBot: true }, 'ignore'],
  ] as const)('%j → %s', (message, kind) => {
    expect(decideHelpReply(message, HELP, cooldown()).kind).toBe(kind);
  });

  it('answers Japanese questions in Japanese', () => {
    const decision = decideHelpReply({ text: '4090で Llama-3.1-8B Q4_K_M 動く?', channelId: 'C1', mentionsBot: true, fromBot: false }, HELP, cooldown());
    expect(decision.kind === 'answer' && decision.command).toContain('lang:ja');
  });

  it('answers an unmentioned help channel once per cooldown, but mentions always', () => {
    const c = clock();
    const shared = new ChannelCooldown(30_000, c.now);
    const ask = { text: 'llama 3.1 8b?', channelId: 'CHELP', mentionsBot: false, fromBot: false };
    expect(decideHelpReply(ask, HELP, shared).kind).toBe('answer');
    expect(decideHelpReply(ask, HELP, shared).kind).toBe('ignore');
    expect(decideHelpReply({ ...ask, mentionsBot: true }, HELP, shared).kind).toBe('answer');
    c.advance(30_000);
    expect(decideHelpReply(ask, HELP, shared).kind).toBe('answer');
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
