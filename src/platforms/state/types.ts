// What replicas behind one load balancer must share, or each answers as if alone: the rate limits, the
// Slack event ids already answered, and the Hub cache. memory.ts keeps them in this process; redis.ts
// in a Redis every replica reaches (REDIS_URL).
import type { CacheStore } from '../../hub/cache.js';
import type { HubModel } from '../../hub/hf.js';

export interface BucketRule {
  /** requests allowed at once */
  readonly burst: number;
  /** one request back every this many ms */
  readonly refillMs: number;
}

export interface SharedState {
  /** takes one token from bucket `key` (refilled continuously under `rule`); false when it is empty */
  takeToken(key: string, rule: BucketRule): Promise<boolean>;
  /** true the first time `id` is offered within `ttlMs`: a retried delivery is answered once */
  isFirstSeen(id: string, ttlMs: number): Promise<boolean>;
  readonly hubCache: CacheStore<HubModel>;
  close(): Promise<void>;
}
