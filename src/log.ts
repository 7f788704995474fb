// One pino logger, to standard error (standard output belongs to the console and CLI), secrets redacted.
import { pino, type Logger } from 'pino';

/** Paths that may hold a secret in anything we log (config objects, request headers). */
export const REDACT_PATHS = [
  'DISCORD_TOKEN', 'DISCORD_PUBLIC_KEY', 'SLACK_BOT_TOKEN', 'SLACK_SIGNING_SECRET', 'SLACK_APP_TOKEN', 'HF_TOKEN',
  '*.DISCORD_TOKEN', '*.SLACK_BOT_TOKEN', '*.SLACK_SIGNING_SECRET', '*.SLACK_APP_TOKEN', '*.HF_TOKEN',
  'token', '*.token', 'headers.authorization', '*.headers.authorization', 'headers["x-slack-signature"]',
];

export function createLogger(level: string, destination: NodeJS.WritableStream = process.stderr): Logger {
  return pino({ level, redact: { paths: REDACT_PATHS, censor: '[redacted]' } }, destination as pino.DestinationStream);
}
