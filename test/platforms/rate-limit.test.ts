// Rate limits: a burst, then a steady trickle; users, channels and Hub look-ups counted apart.
import { describe, expect, it } from 'vitest';
import { createRateLimits, HUB_RULE, USER_RULE } from '../../src/platforms/rate-limit.js';

const clock = () => { let t = 0; return { now: () => t, advance: (ms: number) => { t += ms; } }; };

describe('rate limits', () => {
  it('lets a user ask a burst, refuses the next, and lets one more through after the refill time', async () => {
    const c = clock();
    const limits = createRateLimits(c.now);
    for (let i = 0; i < USER_RULE.burst; i++) expect(await limits.allow('U1', `C${i}`, false)).toBe(true);
    expect(await limits.allow('U1', 'C0', false)).toBe(false);
    c.advance(USER_RULE.refillMs);
    expect(await limits.allow('U1', 'C0', false)).toBe(true);
    expect(await limits.allow('U1', 'C0', false)).toBe(false);
  });

  it('counts each user apart', async () => {
    const limits = createRateLimits(clock().now);
    for (let i = 0; i < USER_RULE.burst; i++) await limits.allow('U1', `C${i}`, false);
    expect(await limits.allow('U2', 'C0', false)).toBe(true);
  });

  it('lets exactly the Hub burst through when answers are never limited, then one per Hub refill', async () => {
    const c = clock();
    const limits = createRateLimits(c.now);
    const outcomes: boolean[] = [];
    for (let i = 0; i < HUB_RULE.burst + 5; i++) {
      c.advance(USER_RULE.refillMs); // never user-limited; 5 × 6 s is far below the Hub's 3-minute refill
      outcomes.push(await limits.allow('U1', `C${i}`, true));
    }
    expect(outcomes).toEqual([...Array(HUB_RULE.burst).fill(true), ...Array(5).fill(false)]);
    c.advance(HUB_RULE.refillMs);
    expect(await limits.allow('U1', 'C0', true)).toBe(true);
  });
});
