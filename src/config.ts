// The only reader of process.env and .env: zod-validated once at start; knows which platforms are on.
import { config as loadDotenv } from 'dotenv';
import { z } from 'zod';

const optional = z.string().trim().min(1).optional();
/** A web URL: `file:///etc` or `ftp://…` is refused at start, not discovered at the first request. */
const webUrl = (fallback: string) => z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' }).default(fallback);
const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const EnvSchema = z.object({
  DISCORD_TOKEN: optional,
  DISCORD_APPLICATION_ID: z.string().regex(/^\d{17,20}$/, 'must be the numeric application id').optional(),
  DISCORD_PUBLIC_KEY: z.string().regex(/^[0-9a-f]{64}$/i, 'must be the 64-hex-digit public key').optional(),
  DISCORD_API_URL: webUrl('https://discord.com/api'),
  /** npm run register: a guild to register in (instant), instead of globally */
  DISCORD_GUILD_ID: z.string().regex(/^\d{17,20}$/, 'must be the numeric guild id').optional(),
  SLACK_BOT_TOKEN: z.string().startsWith('xoxb-', 'must start with xoxb-').optional(),
  SLACK_SIGNING_SECRET: optional,
  SLACK_APP_TOKEN: z.string().startsWith('xapp-', 'must start with xapp-').optional(),
  SLACK_API_URL: webUrl('https://slack.com/api/'),
  HF_ENDPOINT: webUrl('https://huggingface.co'),
  HF_TOKEN: optional,
  HELP_CHANNEL_IDS: z.string().default('').transform((s) => s.split(',').map((id) => id.trim()).filter(Boolean)),
  // 0 lets the OS choose a free port (tests)
  /** run the Discord gateway as this many shards (or `auto`, Discord's recommendation) in child processes */
  SHARDS: z.union([z.literal('auto'), z.coerce.number().int().min(1).max(1024)]).optional(),
  /** set by discord.js's ShardingManager in the shard processes it starts */
  SHARDING_MANAGER: z.string().optional(),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
  LANG: z.string().optional(),
  /** shared state for replicas (rate limits, Slack event ids, Hub cache); unset: each process alone */
  REDIS_URL: z.url({ protocol: /^rediss?$/, error: 'must be a redis:// or rediss:// URL' }).optional(),
});
export type Env = z.output<typeof EnvSchema>;

export interface Platforms {
  readonly discordGateway: boolean;
  readonly discordInteractions: boolean;
  readonly slack: 'http' | 'socket' | null;
}

export interface Config {
  readonly env: Env;
  readonly platforms: Platforms;
}

export type ConfigResult = { readonly ok: true; readonly config: Config } | { readonly ok: false; readonly errors: readonly string[] };

/** Variables that must come together: one without the other stops start-up with a line naming the missing one. */
const PAIRS: readonly (readonly [string, string])[] = [
  ['DISCORD_TOKEN', 'DISCORD_APPLICATION_ID'],
  ['SLACK_SIGNING_SECRET', 'SLACK_BOT_TOKEN'],
  ['SLACK_APP_TOKEN', 'SLACK_BOT_TOKEN'],
];

/** The variables that are set: an empty one (FOO=) counts as unset. */
function setVariables(raw: Readonly<Record<string, string | undefined>>): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined && v.trim() !== ''));
}

export function parseConfig(raw: Readonly<Record<string, string | undefined>>): ConfigResult {
  const present = setVariables(raw);
  // in a shard process discord.js sets SHARDS to that shard's id, which is its business, not a count
  if (present.SHARDING_MANAGER) delete present.SHARDS;
  const parsed = EnvSchema.safeParse(present);
  if (!parsed.success) {
    return { ok: false, errors: parsed.error.issues.map((i) => `${String(i.path[0])}: ${i.message}`) };
  }
  const errors = PAIRS.filter(([a, b]) => present[a] !== undefined && present[b] === undefined).map(([a, b]) => `${b} is missing: ${a} is set, and ${b} must be set with it`);
  if (present.SLACK_BOT_TOKEN && !present.SLACK_SIGNING_SECRET && !present.SLACK_APP_TOKEN) {
    errors.push('SLACK_SIGNING_SECRET or SLACK_APP_TOKEN is missing: SLACK_BOT_TOKEN needs one of them (HTTP or Socket Mode)');
  }
  if (errors.length > 0) return { ok: false, errors };
  const env = parsed.data;
  return {
    ok: true,
    config: {
      env,
      platforms: {
        discordGateway: Boolean(env.DISCORD_TOKEN && env.DISCORD_APPLICATION_ID),
        discordInteractions: Boolean(env.DISCORD_PUBLIC_KEY),
        slack: env.SLACK_BOT_TOKEN ? (env.SLACK_APP_TOKEN ? 'socket' : 'http') : null,
      },
    },
  };
}

export function hasPlatform(platforms: Platforms): boolean {
  return platforms.discordGateway || platforms.discordInteractions || platforms.slack !== null;
}

/** Reads `.env` (without overriding the real environment), then validates. */
export function loadConfig(): ConfigResult {
  loadDotenv({ quiet: true });
  return parseConfig(process.env);
}

export interface HubSettings {
  readonly hubUrl: string;
  readonly token: string | undefined;
}

const HubEnvSchema = z.object({ HF_ENDPOINT: webUrl('https://huggingface.co'), HF_TOKEN: optional });

/** The Hub settings alone, for the CLI and console (which need no platform variables). */
export function loadHubSettings(): HubSettings | { error: string } {
  loadDotenv({ quiet: true });
  const parsed = HubEnvSchema.safeParse(setVariables(process.env));
  if (!parsed.success) return { error: parsed.error.issues.map((i) => `${String(i.path[0])}: ${i.message}`).join('; ') };
  return { hubUrl: parsed.data.HF_ENDPOINT, token: parsed.data.HF_TOKEN };
}

/** The user's locale for the CLI and console, from LANG. */
export function environmentLocale(): string | undefined {
  return process.env.LANG;
}
