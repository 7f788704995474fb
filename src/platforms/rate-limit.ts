// Token buckets per user and per channel: a busy public server cannot make llmmem answer one person
// hundreds of times a minute, and Hub look-ups (network) are bounded tighter than local answers.
// The buckets live in the shared state: this process's memory, or the Redis every replica shares.
import { createMemoryState } from './state/memory.js';
import type { BucketRule, SharedState } from './state/types.js';

export type { BucketRule } from './state/types.js';

/** Per user: 10 at once, then one every 6 s (10 a minute). */
export const USER_RULE: BucketRule = { burst: 10, refillMs: 6_000 };
/** Per channel: 30 at once, then one every 2 s. */
export const CHANNEL_RULE: BucketRule = { burst: 30, refillMs: 2_000 };
/** Hub look-ups per user: 20 at once, then one every 3 minutes. */
export const HUB_RULE: BucketRule = { burst: 20, refillMs: 180_000 };

export interface RateLimits {
  /** false when this user or channel has asked too often; the caller answers with a polite note */
  allow(userId: string | undefined, channelId: string | undefined, usesHub: boolean): Promise<boolean>;
}

/** Limits over `state`, or over this process's memory with the given clock. */
export function createRateLimits(state: SharedState | (() => number) = Date.now): RateLimits {
  const buckets = typeof state === 'function' ? createMemoryState(state) : state;
  return {
    // in order, stopping at the first refusal: a refused user spends no channel token
    allow: async (userId, channelId, usesHub) =>
      (userId === undefined || (await buckets.takeToken(`user:${userId}`, USER_RULE))) &&
      (channelId === undefined || (await buckets.takeToken(`channel:${channelId}`, CHANNEL_RULE))) &&
      (!usesHub || userId === undefined || (await buckets.takeToken(`hub:${userId}`, HUB_RULE))),
  };
}
