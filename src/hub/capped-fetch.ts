// The one fetch every Hub request goes through: it refuses a URL outside HF_ENDPOINT, reports a failed
// request as "unavailable" (and nothing else), and cuts every body at the size its kind of file can
// have while it streams, so a 10 GB config.json costs 1 MiB of memory, not 10 GB.
import { HubLookupError } from './errors.js';
import { assertUnderEndpoint } from './hub-url.js';

const MiB = 1024 ** 2;

/**
 * Largest body read for each kind of Hub file (issue 17: a 10 GB config.json took RSS to 2.3 GB).
 * config.json is a few kilobytes (TinyLlama's is 0.7 KB). A sharded index holds one ~80-byte
 * weight_map line per tensor: 16 MiB is 200,000 tensors, far more than any checkpoint has. A
 * safetensors header may be 25,000,000 bytes plus its 8-byte length, the limit @huggingface/hub
 * enforces itself (MAX_HEADER_LENGTH). GGUF headers are read by range under gguf-reader's budget.
 */
export const BODY_LIMITS = {
  config: MiB,
  index: 16 * MiB,
  safetensors: 25_000_008,
  gguf: 32 * MiB,
  api: MiB,
} as const;

export function bodyLimitFor(url: string): number {
  const path = new URL(url).pathname.toLowerCase();
  if (path.endsWith('.index.json')) return BODY_LIMITS.index;
  if (path.endsWith('.safetensors')) return BODY_LIMITS.safetensors;
  if (path.endsWith('.gguf')) return BODY_LIMITS.gguf;
  if (path.endsWith('/api/models')) return BODY_LIMITS.api;
  return BODY_LIMITS.config;
}

/** The body as a stream that errors with `malformed` past `limit` bytes and with `unavailable` when the connection breaks. */
function cappedBody(body: ReadableStream<Uint8Array>, limit: number, url: string): ReadableStream<Uint8Array> {
  const reader = body.getReader();
  let seen = 0;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      let chunk: Awaited<ReturnType<typeof reader.read>>;
      try {
        chunk = await reader.read();
      } catch (error) {
        controller.error(new HubLookupError('unavailable', `reading ${url} failed: ${error instanceof Error ? error.message : 'connection lost'}`));
        return;
      }
      if (chunk.done) return controller.close();
      seen += chunk.value.byteLength;
      if (seen > limit) {
        controller.error(new HubLookupError('malformed', `${url} is larger than ${limit} bytes`));
        await reader.cancel().catch(() => {});
        return;
      }
      controller.enqueue(chunk.value);
    },
    cancel: (reason) => reader.cancel(reason),
  });
}

export interface HubFetchOptions {
  readonly hubUrl: string;
  readonly fetch: typeof fetch;
  /** the look-up's deadline */
  readonly signal: AbortSignal;
}

export function createHubFetch({ hubUrl, fetch: baseFetch, signal }: HubFetchOptions): typeof fetch {
  return async (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    assertUnderEndpoint(url, hubUrl);
    let response: Response;
    try {
      response = await baseFetch(url, { ...init, signal });
    } catch (error) {
      // a refused connection, a reset, a DNS failure or the deadline: the Hub did not answer
      throw new HubLookupError('unavailable', error instanceof Error ? `${error.name}: ${error.message}` : 'fetch failed');
    }
    const limit = bodyLimitFor(url);
    if ((init?.method ?? 'GET').toUpperCase() === 'HEAD') return response; // its length is the file's, and no body follows
    const declared = Number(response.headers.get('content-length'));
    if (Number.isFinite(declared) && declared > limit) {
      await response.body?.cancel().catch(() => {});
      throw new HubLookupError('malformed', `${url} is ${declared} bytes, more than ${limit}`);
    }
    if (!response.body || [204, 205, 304].includes(response.status)) return response;
    return new Response(cappedBody(response.body, limit, url), { status: response.status, statusText: response.statusText, headers: response.headers });
  };
}
