// Shared state in Redis, for replicas behind one load balancer (REDIS_URL). node-redis (`redis`) is
// the client: Redis's own, maintained by Redis, while ioredis says its maintenance is "best-effort".
// Every command has a short timeout and no offline queue: a Redis that is down makes the bot answer
// as one replica would (limits and ids fail open, the cache misses), never hang.
import { createClient } from 'redis';
import type { Logger } from 'pino';
import type { CacheStore } from '../../hub/cache.js';
import type { HubModel } from '../../hub/hf.js';
import type { BucketRule, SharedState } from './types.js';

/** A command waits this long at most: Redis answers a loopback or same-zone call in well under 1 ms. */
const COMMAND_TIMEOUT_MS = 500;
const CONNECT_TIMEOUT_MS = 3_000;
const PREFIX = 'llmmem:';

/**
 * One token bucket, atomically, on Redis's clock (replicas' clocks may differ): tokens refill
 * continuously up to the burst; the key expires once it would be full again anyway.
 */
const TAKE_TOKEN = `
local burst = tonumber(ARGV[1])
local refill = tonumber(ARGV[2])
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local state = redis.call('HMGET', KEYS[1], 'count', 'at')
local count = burst
if state[1] then count = math.min(burst, tonumber(state[1]) + (now - tonumber(state[2])) / refill) end
local allowed = 0
if count >= 1 then
  count = count - 1
  allowed = 1
end
redis.call('HSET', KEYS[1], 'count', tostring(count), 'at', tostring(now))
redis.call('PEXPIRE', KEYS[1], math.ceil(burst * refill))
return allowed
`;

export async function createRedisState(url: string, log: Logger): Promise<SharedState> {
  const client = createClient({
    url, disableOfflineQueue: true, commandOptions: { timeout: COMMAND_TIMEOUT_MS },
    socket: { connectTimeout: CONNECT_TIMEOUT_MS, reconnectStrategy: (retries: number) => Math.min(100 * 2 ** retries, 5_000) },
  });
  let lastError = '';
  client.on('error', (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    // one line per change of state, not one per reconnection attempt
    if (message !== lastError) log.warn({ redis: message }, 'redis unavailable: limits and event ids apply per replica until it is back');
    lastError = message;
  });
  client.on('ready', () => {
    if (lastError) log.info('redis reachable again');
    lastError = '';
  });
  // node-redis retries a first connection for ever: at start, a Redis not reached in time is a
  // configuration error, said in one line (host only: the URL may hold a password)
  let timer: NodeJS.Timeout | undefined;
  const gaveUp = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`could not reach Redis at REDIS_URL ${new URL(url).host} (${lastError || 'no answer'})`)), CONNECT_TIMEOUT_MS);
  });
  try {
    await Promise.race([client.connect(), gaveUp]);
  } catch (error) {
    client.destroy();
    throw error;
  } finally {
    clearTimeout(timer);
  }

  const failOpen = async <T>(what: string, run: () => Promise<T>, fallback: T): Promise<T> => {
    try {
      return await run();
    } catch (error) {
      log.warn({ redis: error instanceof Error ? error.message : String(error), what }, 'redis command failed');
      return fallback;
    }
  };

  const hubCache: CacheStore<HubModel> = {
    get: async (key) => {
      const text = await client.get(`${PREFIX}hub:${key}`);
      return text === null ? undefined : (JSON.parse(text) as HubModel);
    },
    set: async (key, value, ttlMs) => { await client.set(`${PREFIX}hub:${key}`, JSON.stringify(value), { PX: ttlMs }); },
  };

  return {
    takeToken: (key: string, rule: BucketRule) => failOpen('rate limit', async () => {
      const allowed = await client.eval(TAKE_TOKEN, { keys: [`${PREFIX}bucket:${key}`], arguments: [String(rule.burst), String(rule.refillMs)] });
      return allowed === 1;
    }, true),
    isFirstSeen: (id: string, ttlMs: number) => failOpen('event id', async () => {
      const set = await client.set(`${PREFIX}seen:${id}`, '1', { NX: true, PX: ttlMs });
      return set === 'OK';
    }, true),
    hubCache,
    close: async () => {
      if (client.isOpen) await client.close().catch(() => client.destroy());
    },
  };
}
