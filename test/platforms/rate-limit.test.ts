// Rate limits: a burst, then a steady trickle; users, channels and Hub look-ups counted apart.
import { describe, expect, it } from 'vitest';
import { createRateLimits, USER_RULE } from '../../src/platforms/rate-limit.js';

const clock = () => { let t = 0; return { now: () => t, advance: (ms: number) => { t += ms; } }; };

describe('rate limits', () => {
  it('lets a user ask the README\'s 10 at once, refuses the 11th, and lets one more through after 6 s', async () => {
    const c = clock();
    const limits = createRateLimits(c.now);
    const outcomes: boolean[] = [];
    for (let i = 0; i < 11; i++) outcomes.push(await limits.allow('U1', `C${i}`, false));
    expect(outcomes).toEqual([...Array(10).fill(true), false]);
    c.advance(5_999);
    expect(await limits.allow('U1', 'C0', false)).toBe(false);
    c.advance(1);
    expect(await limits.allow('U1', 'C0', false)).toBe(true);
    expect(await limits.allow('U1', 'C0', false)).toBe(false);
  });

  it('counts each user apart', async () => {
    const limits = createRateLimits(clock().now);
    for (let i = 0; i < USER_RULE.burst; i++) await limits.allow('U1', `C${i}`, false);
    expect(await limits.allow('U2', 'C0', false)).toBe(true);
  });

  it('lets exactly the README\'s 20 Hub look-ups through when answers are never limited, then one per 3 minutes', async () => {
    const c = clock();
    const limits = createRateLimits(c.now);
    const outcomes: boolean[] = [];
    for (let i = 0; i < 25; i++) {
      c.advance(6_000); // never user-limited; 25 × 6 s is below the Hub's 3-minute refill
      outcomes.push(await limits.allow('U1', `C${i}`, true));
    }
    expect(outcomes.filter(Boolean)).toHaveLength(20);
    expect(outcomes).toEqual([...Array(20).fill(true), ...Array(5).fill(false)]);
    c.advance(180_000);
    expect(await limits.allow('U1', 'C0', true)).toBe(true);
  });
});
