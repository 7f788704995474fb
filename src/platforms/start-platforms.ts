// Starts every configured platform behind one HTTP server, and stops them all. With SHARDS set, the
// Discord gateway runs as discord.js shards in child processes; each child runs the gateway alone.
// With REDIS_URL set, rate limits, Slack event ids and the Hub cache live in Redis, shared by replicas.
import type { Server } from 'node:http';
import type { Client, ShardingManager } from 'discord.js';
import type { Logger } from 'pino';
import type { Config } from '../config.js';
import { createHubClient } from '../hub/hf.js';
import { createDiscordInteractionsHandler } from './discord/interactions.js';
import { createInteractionWebhooks } from './discord/interaction-webhooks.js';
import { discordPublicKey } from './discord/verify.js';
import { createHttpServer, type RouteHandler } from './http-server.js';
import { InFlight } from './in-flight.js';
import { createRateLimits } from './rate-limit.js';
import type { SlackDoor } from './slack/bolt.js';
import { SLACK_EVENTS_PATH } from './slack/paths.js';
import { createMemoryState } from './state/memory.js';
import { createRedisState } from './state/redis.js';

export interface RunningPlatforms {
  readonly server: Server | null;
  /** the port the server listens on (PORT, or the one the OS chose for PORT 0); null in a shard process */
  readonly port: number | null;
  readonly stop: () => Promise<void>;
}

export interface StartOptions {
  /** the script a shard process runs (this process's entry), when SHARDS is set */
  readonly shardEntry?: string;
}

/**
 * On stop, answers under way get this long to finish: a local answer takes under a millisecond, a Hub
 * look-up up to its 10 s deadline; 3 s keeps the whole stop well inside the 10 s main.ts promises.
 */
export const STOP_GRACE_MS = 3_000;

export async function startPlatforms(config: Config, log: Logger, options: StartOptions = {}): Promise<RunningPlatforms> {
  const { env, platforms } = config;
  const state = env.REDIS_URL ? await createRedisState(env.REDIS_URL, log) : createMemoryState();
  const inFlight = new InFlight();
  const hub = createHubClient({ hubUrl: env.HF_ENDPOINT, token: env.HF_TOKEN, store: state.hubCache, signal: inFlight.signal });
  const limits = createRateLimits(state);
  // discord.js and Bolt are loaded only when their platform is configured: an HTTP-interactions replica
  // then starts faster and holds less memory
  const gateway = async () => (await import('./discord/gateway.js')).startDiscordGateway({
    token: env.DISCORD_TOKEN ?? '', apiUrl: env.DISCORD_API_URL, log, hub, limits, helpChannelIds: env.HELP_CHANNEL_IDS, inFlight,
  });

  // a shard process started by the ShardingManager: its gateway connection is all it does
  if (env.SHARDING_MANAGER === 'true') {
    const client = await gateway();
    return {
      server: null, port: null,
      stop: async () => {
        await inFlight.drain(STOP_GRACE_MS);
        await client.destroy();
        await state.close();
      },
    };
  }

  const routes: Record<string, RouteHandler> = {};
  const pending = new Set<string>();
  if (platforms.discordInteractions && env.DISCORD_PUBLIC_KEY) {
    routes['/discord/interactions'] = createDiscordInteractionsHandler({
      publicKey: discordPublicKey(env.DISCORD_PUBLIC_KEY), log, hub, limits,
      webhooks: createInteractionWebhooks({ apiUrl: env.DISCORD_API_URL, signal: inFlight.signal }),
    });
  }
  if (platforms.discordGateway) pending.add('discord-gateway');

  let slack: SlackDoor | undefined;
  if (platforms.slack && env.SLACK_BOT_TOKEN) {
    const transport = platforms.slack === 'socket' && env.SLACK_APP_TOKEN
      ? { kind: 'socket' as const, appToken: env.SLACK_APP_TOKEN }
      : { kind: 'http' as const, signingSecret: env.SLACK_SIGNING_SECRET ?? '' };
    const { createSlackDoor } = await import('./slack/bolt.js');
    slack = await createSlackDoor({
      botToken: env.SLACK_BOT_TOKEN, apiUrl: env.SLACK_API_URL, log, transport, hub, limits, helpChannelIds: env.HELP_CHANNEL_IDS, state, inFlight,
    });
    if (slack.route) routes[SLACK_EVENTS_PATH] = slack.route;
    pending.add('slack');
  }

  const http = createHttpServer({ routes, isReady: () => pending.size === 0, log, inFlight });
  const { server } = http;
  await new Promise<void>((resolve) => server.listen(env.PORT, '0.0.0.0', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : env.PORT;
  log.info({ port, routes: Object.keys(routes), sharedState: env.REDIS_URL ? 'redis' : 'memory' }, 'http server listening');

  let discord: Client | undefined;
  let shards: ShardingManager | undefined;
  if (platforms.discordGateway && env.SHARDS !== undefined && options.shardEntry) {
    const { ShardingManager } = await import('discord.js');
    shards = new ShardingManager(options.shardEntry, { token: env.DISCORD_TOKEN ?? '', totalShards: env.SHARDS, respawn: true });
    shards.on('shardCreate', (shard) => log.info({ shard: shard.id }, 'discord shard started'));
    await shards.spawn({ timeout: 30_000 });
    pending.delete('discord-gateway');
    log.info({ shards: shards.shards.size }, 'discord shards ready');
  } else if (platforms.discordGateway) {
    discord = await gateway();
    pending.delete('discord-gateway');
  }
  if (slack) {
    await slack.start();
    pending.delete('slack');
    log.info({ transport: platforms.slack }, 'slack ready');
  }

  return {
    server, port,
    stop: async () => {
      for (const shard of shards?.shards.values() ?? []) shard.kill();
      // stop accepting at once; answers under way get the grace period, then their calls are cancelled
      const drained = inFlight.drain(STOP_GRACE_MS);
      const closed = http.close(drained);
      await drained;
      await slack?.stop();
      await discord?.destroy();
      await closed;
      await state.close();
    },
  };
}
