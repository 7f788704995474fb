// Hub results kept for a time-to-live in a store (this process's memory, or Redis shared by every
// replica), and one shared promise per key while a fetch is under way, so a repo costs at most one
// round of Hub requests per TTL however many people ask at once.

/** Where cached values live: MemoryCacheStore here, or the Redis store the platforms inject. */
export interface CacheStore<V> {
  get(key: string): Promise<V | undefined>;
  set(key: string, value: V, ttlMs: number): Promise<void>;
}

export interface MemoryCacheOptions {
  readonly maxEntries: number;
  /** injected clock, Date.now in production */
  readonly now?: () => number;
}

/** A least-recently-used map with expiry. */
export class MemoryCacheStore<V> implements CacheStore<V> {
  private readonly entries = new Map<string, { value: V; expires: number }>();
  private readonly now: () => number;

  constructor(private readonly options: MemoryCacheOptions) {
    this.now = options.now ?? Date.now;
  }

  async get(key: string): Promise<V | undefined> {
    const hit = this.entries.get(key);
    if (!hit) return undefined;
    this.entries.delete(key);
    if (hit.expires <= this.now()) return undefined;
    this.entries.set(key, hit); // most recently used last
    return hit.value;
  }

  async set(key: string, value: V, ttlMs: number): Promise<void> {
    this.entries.delete(key);
    this.entries.set(key, { value, expires: this.now() + ttlMs });
    while (this.entries.size > this.options.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
  }
}

export class TtlCache<V> {
  private readonly inFlight = new Map<string, Promise<V>>();

  constructor(private readonly store: CacheStore<V>, private readonly ttlMs: number) {}

  /** The cached value, the fetch already under way for this key, or a new fetch. Failures are not cached. */
  get(key: string, load: () => Promise<V>): Promise<V> {
    const pending = this.inFlight.get(key);
    if (pending) return pending;
    const loading = (async () => {
      // a store that cannot answer (Redis down) is a miss, never a failed look-up
      const hit = await this.store.get(key).catch(() => undefined);
      if (hit !== undefined) return hit;
      const value = await load();
      await this.store.set(key, value, this.ttlMs).catch(() => {});
      return value;
    })().finally(() => this.inFlight.delete(key));
    this.inFlight.set(key, loading);
    return loading;
  }
}
