// Rate limits: a burst, then a steady trickle; users, channels and Hub look-ups counted apart.
import { describe, expect, it } from 'vitest';
import { createRateLimits, HUB_RULE, USER_RULE } from '../../src/platforms/rate-limit.js';

const clock = () => { let t = 0; return { now: () => t, advance: (ms: number) => { t += ms; } }; };

describe('rate limits', () => {
  it('lets a user ask a burst, refuses the next, and lets one more through after the refill time', () => {
    const c = clock();
    const limits = createRateLimits(c.now);
    for (let i = 0; i < USER_RULE.burst; i++) expect(limits.allow('U1', `C${i}`, false)).toBe(true);
    expect(limits.allow('U1', 'C0', false)).toBe(false);
    c.advance(USER_RULE.refillMs);
    expect(limits.allow('U1', 'C0', false)).toBe(true);
    expect(limits.allow('U1', 'C0', false)).toBe(false);
  });

  it('counts each user apart', () => {
    const limits = createRateLimits(clock().now);
    for (let i = 0; i < USER_RULE.burst; i++) limits.allow('U1', `C${i}`, false);
    expect(limits.allow('U2', 'C0', false)).toBe(true);
  });

  it('bounds Hub look-ups per user tighter than answers', () => {
    const c = clock();
    const limits = createRateLimits(c.now);
    let allowed = 0;
    for (let i = 0; i < HUB_RULE.burst + 5; i++) {
      c.advance(USER_RULE.refillMs); // never user-limited
      if (limits.allow('U1', `C${i}`, true)) allowed++;
    }
    expect(allowed).toBeLessThan(HUB_RULE.burst + 5);
  });
});
