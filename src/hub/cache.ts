// A small LRU cache with a time-to-live, and one shared promise per key while a fetch is under way,
// so a repo costs at most one round of Hub requests per TTL however many people ask at once.

export interface CacheOptions {
  readonly ttlMs: number;
  readonly maxEntries: number;
  /** injected clock, Date.now in production */
  readonly now?: () => number;
}

export class TtlCache<V> {
  private readonly entries = new Map<string, { value: V; expires: number }>();
  private readonly inFlight = new Map<string, Promise<V>>();
  private readonly now: () => number;

  constructor(private readonly options: CacheOptions) {
    this.now = options.now ?? Date.now;
  }

  /** The cached value, the fetch already under way for this key, or a new fetch. Failures are not cached. */
  get(key: string, load: () => Promise<V>): Promise<V> {
    const hit = this.entries.get(key);
    if (hit && hit.expires > this.now()) {
      this.entries.delete(key);
      this.entries.set(key, hit); // most recently used last
      return Promise.resolve(hit.value);
    }
    const pending = this.inFlight.get(key);
    if (pending) return pending;
    const loading = load()
      .then((value) => {
        this.entries.set(key, { value, expires: this.now() + this.options.ttlMs });
        while (this.entries.size > this.options.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
        return value;
      })
      .finally(() => this.inFlight.delete(key));
    this.inFlight.set(key, loading);
    return loading;
  }
}
