// Interaction responses and follow-up edits, sent straight to Discord's interaction webhooks. They
// are exempt from the bot's global REST limit (https://discord.com/developers/docs/interactions/receiving-and-responding#endpoints)
// and each token is its own bucket, yet @discordjs/rest queued them behind its 50/s global limit and
// one shared webhook bucket: 400 deferred answers took p50 2.2 s (issue 17). Each call here goes out
// at once, retries a 429 or 5xx briefly, and is cancelled when the process stops.
import { setTimeout as sleep } from 'node:timers/promises';

export interface InteractionWebhooks {
  /** POST /interactions/{id}/{token}/callback: the first response, within Discord's 3 s */
  callback(interactionId: string, token: string, body: unknown): Promise<void>;
  /** PATCH /webhooks/{application}/{token}/messages/@original: a deferred answer's content */
  editOriginal(applicationId: string, token: string, body: unknown): Promise<void>;
}

export interface InteractionWebhookOptions {
  /** DISCORD_API_URL, without the version */
  readonly apiUrl: string;
  /** aborted when the process stops: queued retries and calls under way end at once */
  readonly signal?: AbortSignal;
  readonly fetch?: typeof fetch;
}

/** Discord's API version the routes are written for. */
const VERSION = 'v10';
/** One call's limit: an interaction token lives 15 minutes, but an answer later than this helps nobody. */
const CALL_TIMEOUT_MS = 10_000;
/** Retries of a 429 or 5xx, each waiting what Discord asks, up to this long. */
const RETRIES = 2;
const MAX_RETRY_WAIT_MS = 5_000;

export class InteractionWebhookError extends Error {
  constructor(readonly status: number, route: string, detail: string) {
    // the route with its token replaced: the token is a credential for this interaction's messages
    super(`Discord answered ${status} to ${route}: ${detail}`);
    this.name = 'InteractionWebhookError';
  }
}

function retryAfterMs(response: Response, body: string): number {
  try {
    const seconds = (JSON.parse(body) as { retry_after?: unknown }).retry_after;
    if (typeof seconds === 'number' && Number.isFinite(seconds)) return seconds * 1000;
  } catch { /* not JSON: the header decides */ }
  const header = Number(response.headers.get('retry-after'));
  return Number.isFinite(header) ? header * 1000 : 1000;
}

export function createInteractionWebhooks({ apiUrl, signal, fetch: fetchImpl = fetch }: InteractionWebhookOptions): InteractionWebhooks {
  const base = `${apiUrl.replace(/\/+$/, '')}/${VERSION}`;

  const send = async (method: 'POST' | 'PATCH', path: string, route: string, body: unknown): Promise<void> => {
    for (let attempt = 0; ; attempt++) {
      const signals = [AbortSignal.timeout(CALL_TIMEOUT_MS), ...(signal ? [signal] : [])];
      const response = await fetchImpl(`${base}${path}`, {
        method, body: JSON.stringify(body), headers: { 'content-type': 'application/json' }, signal: AbortSignal.any(signals),
      });
      const text = await response.text();
      if (response.ok) return;
      const wait = response.status === 429 ? retryAfterMs(response, text) : 500;
      if (attempt >= RETRIES || (response.status !== 429 && response.status < 500) || wait > MAX_RETRY_WAIT_MS) {
        throw new InteractionWebhookError(response.status, route, text.slice(0, 200));
      }
      await sleep(wait, undefined, signal ? { signal } : {});
    }
  };

  return {
    callback: (id, token, body) =>
      send('POST', `/interactions/${encodeURIComponent(id)}/${encodeURIComponent(token)}/callback`, `/interactions/${id}/[token]/callback`, body),
    editOriginal: (applicationId, token, body) =>
      send('PATCH', `/webhooks/${encodeURIComponent(applicationId)}/${encodeURIComponent(token)}/messages/@original`, `/webhooks/${applicationId}/[token]/messages/@original`, body),
  };
}
