// Shared state kept in this process, as one replica needs it: token buckets, recent ids, the Hub cache.
import { MemoryCacheStore } from '../../hub/cache.js';
import type { HubModel } from '../../hub/hf.js';
import type { BucketRule, SharedState } from './types.js';

/** Buckets and ids kept at most; the least recently used go first (a busy server has a few thousand askers). */
const MAX_KEYS = 50_000;

export function createMemoryState(now: () => number = Date.now): SharedState {
  const buckets = new Map<string, { count: number; at: number }>();
  const seen = new Map<string, number>();
  return {
    takeToken: async (key: string, rule: BucketRule) => {
      const at = now();
      const state = buckets.get(key);
      // tokens come back continuously: one per refillMs, never above the burst
      const count = Math.min(rule.burst, state ? state.count + (at - state.at) / rule.refillMs : rule.burst);
      buckets.delete(key); // re-insert: the map's order is least recently used first
      buckets.set(key, { count: count >= 1 ? count - 1 : count, at });
      if (buckets.size > MAX_KEYS) buckets.delete(buckets.keys().next().value as string);
      return count >= 1;
    },
    isFirstSeen: async (id: string, ttlMs: number) => {
      const at = now();
      for (const [key, time] of seen) {
        if (at - time < ttlMs) break; // insertion order: the rest are newer
        seen.delete(key);
      }
      if (seen.has(id)) return false;
      seen.set(id, at);
      if (seen.size > MAX_KEYS) seen.delete(seen.keys().next().value as string);
      return true;
    },
    hubCache: new MemoryCacheStore<HubModel>({ maxEntries: 500, now }),
    close: async () => {},
  };
}
