// Token buckets per user and per channel: a busy public server cannot make llmmem answer one person
// hundreds of times a minute, and Hub look-ups (network) are bounded tighter than local answers.

export interface BucketRule {
  /** requests allowed at once */
  readonly burst: number;
  /** one request back every this many ms */
  readonly refillMs: number;
}

/** Per user: 10 at once, then one every 6 s (10 a minute). */
export const USER_RULE: BucketRule = { burst: 10, refillMs: 6_000 };
/** Per channel: 30 at once, then one every 2 s. */
export const CHANNEL_RULE: BucketRule = { burst: 30, refillMs: 2_000 };
/** Hub look-ups per user: 20 at once, then one every 3 minutes. */
export const HUB_RULE: BucketRule = { burst: 20, refillMs: 180_000 };

class Buckets {
  private readonly tokens = new Map<string, { count: number; at: number }>();

  constructor(private readonly rule: BucketRule, private readonly now: () => number) {}

  take(key: string): boolean {
    const at = this.now();
    const state = this.tokens.get(key);
    // tokens come back continuously: one per refillMs, never above the burst
    const count = Math.min(this.rule.burst, state ? state.count + (at - state.at) / this.rule.refillMs : this.rule.burst);
    this.tokens.delete(key); // re-insert: the map's order is least recently used first
    this.tokens.set(key, { count: count >= 1 ? count - 1 : count, at });
    if (this.tokens.size > 50_000) this.tokens.delete(this.tokens.keys().next().value as string);
    return count >= 1;
  }
}

export interface RateLimits {
  /** false when this user or channel has asked too often; the caller answers with a polite note */
  allow(userId: string | undefined, channelId: string | undefined, usesHub: boolean): boolean;
}

export function createRateLimits(now: () => number = Date.now): RateLimits {
  const users = new Buckets(USER_RULE, now);
  const channels = new Buckets(CHANNEL_RULE, now);
  const hub = new Buckets(HUB_RULE, now);
  return {
    allow: (userId, channelId, usesHub) =>
      (userId === undefined || users.take(userId)) &&
      (channelId === undefined || channels.take(channelId)) &&
      (!usesHub || userId === undefined || hub.take(userId)),
  };
}
