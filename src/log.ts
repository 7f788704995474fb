// One pino logger, to standard error (standard output belongs to the console and CLI), secrets redacted:
// token paths by pino's `redact`, and credentials inside URLs (an interaction webhook's token, a Slack
// response_url, a password in REDIS_URL) scrubbed from every logged string, errors' `url` included.
import { pino, stdSerializers, type Logger } from 'pino';

/** Paths that may hold a secret in anything we log (config objects, request headers). */
export const REDACT_PATHS = [
  'DISCORD_TOKEN', 'DISCORD_PUBLIC_KEY', 'SLACK_BOT_TOKEN', 'SLACK_SIGNING_SECRET', 'SLACK_APP_TOKEN', 'HF_TOKEN', 'REDIS_URL',
  '*.DISCORD_TOKEN', '*.SLACK_BOT_TOKEN', '*.SLACK_SIGNING_SECRET', '*.SLACK_APP_TOKEN', '*.HF_TOKEN', '*.REDIS_URL',
  'token', '*.token', 'headers.authorization', '*.headers.authorization', 'headers["x-slack-signature"]',
];

const CENSOR = '[redacted]';

/**
 * Secrets that travel inside URLs: Discord's /interactions/{id}/{token} and /webhooks/{id}/{token}
 * (a failed follow-up's err.url carried one, issue 17), Slack's hooks.slack.com/commands|actions/…
 * response URLs, and user:password@ in a connection URL.
 */
const URL_SECRETS: readonly [RegExp, string][] = [
  [/(\/(?:interactions|webhooks)\/\d+\/)[A-Za-z0-9._-]{16,}/g, `$1${CENSOR}`],
  [/(hooks\.slack\.com\/(?:commands|actions|services)\/)[^\s"'<>]+/g, `$1${CENSOR}`],
  [/(\b[a-z][a-z0-9+.-]*:\/\/)[^\s/:@"']*:[^\s/@"']*@/gi, `$1${CENSOR}@`],
];

export function scrubSecrets(text: string): string {
  return URL_SECRETS.reduce((out, [pattern, replacement]) => out.replace(pattern, replacement), text);
}

function scrubDeep(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return scrubSecrets(value);
  // errors are left whole for the err serializer, which scrubs what it extracts
  if (depth > 4 || value === null || typeof value !== 'object' || value instanceof Error) return value;
  if (Array.isArray(value)) return value.map((v) => scrubDeep(v, depth + 1));
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scrubDeep(v, depth + 1)]));
}

export function createLogger(level: string, destination: NodeJS.WritableStream = process.stderr): Logger {
  return pino({
    level,
    redact: { paths: REDACT_PATHS, censor: CENSOR },
    serializers: { err: (error: Error) => scrubDeep(stdSerializers.err(error)) },
    formatters: { log: (object) => scrubDeep(object) as Record<string, unknown> },
    hooks: {
      logMethod(args, method) {
        method.apply(this, args.map((a) => (typeof a === 'string' ? scrubSecrets(a) : a)) as Parameters<typeof method>);
      },
    },
  }, destination as pino.DestinationStream);
}
