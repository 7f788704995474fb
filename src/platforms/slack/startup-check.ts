// Slack's answer to the bot token, asked once at start with no retries: a refused token or an
// unreachable SLACK_API_URL stops start-up with one line, where Bolt would print a stack trace for
// invalid_auth or retry silently for half an hour (issue 17).
import { webApi } from '@slack/bolt';

export class SlackStartupError extends Error {
  override readonly name = 'SlackStartupError';
}

export interface BotIdentity {
  readonly botUserId: string;
  readonly botId: string;
}

/** A client for calls that must answer fast or not at all: no retries, a rate limit is an error. */
export function createQuickClient(botToken: string, apiUrl: string, timeoutMs: number): InstanceType<typeof webApi.WebClient> {
  return new webApi.WebClient(botToken, {
    slackApiUrl: apiUrl, timeout: timeoutMs, retryConfig: { retries: 0 }, rejectRateLimitedCalls: true, logLevel: webApi.LogLevel.ERROR,
    // the client's own logger would print to the console: failures are reported by the caller
    logger: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {}, setLevel: () => {}, getLevel: () => webApi.LogLevel.ERROR, setName: () => {} },
  });
}

export async function checkSlackToken(botToken: string, apiUrl: string): Promise<BotIdentity> {
  try {
    const result = await createQuickClient(botToken, apiUrl, 10_000).auth.test();
    if (!result.user_id || !result.bot_id) throw new SlackStartupError('Slack accepted SLACK_BOT_TOKEN but named no bot user; is it a bot token (xoxb-)?');
    return { botUserId: result.user_id, botId: result.bot_id };
  } catch (error) {
    if (error instanceof SlackStartupError) throw error;
    const data = (error as { data?: { error?: unknown } }).data;
    if (typeof data?.error === 'string') throw new SlackStartupError(`Slack refused SLACK_BOT_TOKEN (${data.error})`);
    // the Web API client wraps fetch's error, which wraps the socket's: the innermost code says most
    const original = (error as { original?: { code?: unknown; cause?: { code?: unknown; message?: unknown } } }).original;
    const code = original?.cause?.code ?? original?.code ?? original?.cause?.message;
    const detail = typeof code === 'string' ? code : error instanceof Error ? error.message : 'no answer';
    throw new SlackStartupError(`could not reach Slack at SLACK_API_URL ${apiUrl} (${detail})`);
  }
}
