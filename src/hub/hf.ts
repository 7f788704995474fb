// Hugging Face look-ups: safetensors headers and config.json for `model:`, GGUF headers for `file:` paths.
// Only HF_ENDPOINT is contacted, with HF_TOKEN when set; range requests read headers, never weights.
import { HubApiError, parseSafetensorsMetadata } from '@huggingface/hub';
import { gguf } from '@huggingface/gguf';
import { architectureFromConfig } from '../core/catalog/from-config.js';
import { modelFromGgufHeader } from '../core/parse/gguf-header.js';
import type { HubRef } from '../core/parse/hub-ref.js';
import { parsePrecision } from '../core/parse/precision.js';
import type { HubFailureReason } from '../core/issues.js';
import type { HubFacts } from '../core/resolve-model.js';
import { TtlCache } from './cache.js';
import { precisionFromCheckpoint } from './checkpoint-precision.js';


export class HubLookupError extends Error {
  constructor(readonly reason: HubFailureReason, message: string) {
    super(message);
  }
}

export interface HubModel extends HubFacts {
  readonly source: string;
}

export interface HubClientOptions {
  readonly hubUrl: string;
  readonly token?: string | undefined;
  readonly fetch?: typeof fetch;
  /** each look-up's deadline; the chat doors have acknowledged before it starts */
  readonly timeoutMs?: number;
  readonly cacheTtlMs?: number;
  readonly now?: () => number;
}

export interface HubClient {
  /** the Hub's base URL: the only host a look-up may contact */
  readonly hubUrl: string;
  lookup(ref: HubRef): Promise<HubModel>;
}

const HOUR_MS = 3_600_000;

/** The Hub's answer for a repo or file: 404 missing, 401/403 gated or private, anything else down. */
function reasonForStatus(status: number): HubFailureReason {
  if (status === 404) return 'not_found';
  return status === 401 || status === 403 ? 'gated' : 'unavailable';
}

function classify(error: unknown): HubLookupError {
  if (error instanceof HubLookupError) return error;
  if (error instanceof HubApiError) return new HubLookupError(reasonForStatus(error.statusCode), error.message);
  const name = error instanceof Error ? error.name : '';
  // the parser's words for a repo with no safetensors weights (GGUF-only or .bin repos)
  if (error instanceof Error && /does not seem to contain safetensors/.test(error.message)) return new HubLookupError('not_found', error.message);
  if (name === 'TimeoutError' || name === 'AbortError' || error instanceof TypeError) {
    return new HubLookupError('unavailable', error instanceof Error ? error.message : 'fetch failed');
  }
  return new HubLookupError('malformed', error instanceof Error ? error.message : 'unreadable header');
}

export function createHubClient(options: HubClientOptions): HubClient {
  const baseFetch = options.fetch ?? fetch;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const cache = new TtlCache<HubModel>({ ttlMs: options.cacheTtlMs ?? HOUR_MS, maxEntries: 500, ...(options.now ? { now: options.now } : {}) });
  const auth = options.token ? { Authorization: `Bearer ${options.token}` } : undefined;

  const lookupUncached = async (ref: HubRef): Promise<HubModel> => {
    const signal = AbortSignal.timeout(timeoutMs);
    const timedFetch: typeof fetch = (input, init) => baseFetch(input, { ...init, signal });
    try {
      return ref.path?.toLowerCase().endsWith('.gguf')
        ? await lookupGguf(ref, options.hubUrl, timedFetch, auth)
        : await lookupSafetensors(ref, options.hubUrl, timedFetch, options.token);
    } catch (error) {
      throw classify(error);
    }
  };

  return { hubUrl: options.hubUrl, lookup: (ref) => cache.get(`${ref.repo}@${ref.revision}/${ref.path ?? ''}`, () => lookupUncached(ref)) };
}

/** A GGUF file's own status decides: the parser would otherwise read an error page as a corrupt header. */
function strictFetch(fetchImpl: typeof fetch): typeof fetch {
  return async (input, init) => {
    const response = await fetchImpl(input, init);
    if (!response.ok) throw new HubLookupError(reasonForStatus(response.status), `Hub answered ${response.status}`);
    return response;
  };
}

async function lookupGguf(ref: HubRef, hubUrl: string, fetchImpl: typeof fetch, auth: Record<string, string> | undefined): Promise<HubModel> {
  const url = `${hubUrl.replace(/\/$/, '')}/${ref.repo}/resolve/${encodeURIComponent(ref.revision)}/${ref.path}`;
  const header = await gguf(url, { fetch: strictFetch(fetchImpl), ...(auth ? { additionalFetchHeaders: auth } : {}) });
  const name = (ref.path ?? ref.repo).split('/').pop() ?? ref.repo;
  // the library's metadata is a union of per-architecture records; we read it by key
  const model = modelFromGgufHeader({ metadata: header.metadata as unknown as Record<string, unknown>, tensorInfos: header.tensorInfos }, name, url);
  return {
    repoId: ref.repo, path: ref.path, params: model.params, storedBytes: model.weightsBytes,
    tokenEmbeddingBytes: model.tokenEmbeddingBytes, precision: model.precision ? parsePrecision(model.precision) : undefined,
    architecture: model.architecture, source: url,
  };
}

/**
 * config.json first, with our own status check: the Hub says RepoNotFound (404) or GatedRepo (401/403)
 * here clearly, while the safetensors parser's HEAD probes surface those as unreadable bodies.
 */
async function readConfig(ref: HubRef, hubUrl: string, fetchImpl: typeof fetch, token: string | undefined): Promise<Record<string, unknown>> {
  const url = `${hubUrl.replace(/\/$/, '')}/${ref.repo}/resolve/${encodeURIComponent(ref.revision)}/config.json`;
  const response = await fetchImpl(url, token ? { headers: { Authorization: `Bearer ${token}` } } : {});
  // EntryNotFound: the repo exists without a config.json (the shape then comes from the catalog)
  if (response.status === 404 && response.headers.get('x-error-code') === 'EntryNotFound') return {};
  if (!response.ok) throw new HubLookupError(reasonForStatus(response.status), `Hub answered ${response.status}`);
  return (await response.json()) as Record<string, unknown>;
}

async function lookupSafetensors(ref: HubRef, hubUrl: string, fetchImpl: typeof fetch, token: string | undefined): Promise<HubModel> {
  const credentials = token ? { accessToken: token } : {};
  const config = await readConfig(ref, hubUrl, fetchImpl, token);
  const parsed = await parseSafetensorsMetadata({ repo: ref.repo, revision: ref.revision, hubUrl, fetch: fetchImpl, computeParametersCount: true, ...credentials });
  const headers = parsed.sharded ? Object.values(parsed.headers) : [parsed.header];
  let storedBytes = 0;
  for (const header of headers) {
    for (const [name, info] of Object.entries(header)) {
      const offsets = (info as { data_offsets?: [number, number] }).data_offsets;
      if (name !== '__metadata__' && offsets) storedBytes += offsets[1] - offsets[0];
    }
  }
  const counted = Object.values(parsed.parameterCount).reduce((sum, n) => sum + (n ?? 0), 0);
  const params = parsed.parameterTotal ?? counted;
  const source = `${hubUrl.replace(/\/$/, '')}/${ref.repo}/blob/${ref.revision}/config.json`;
  return {
    repoId: ref.repo, path: undefined, params, storedBytes, tokenEmbeddingBytes: undefined,
    precision: precisionFromCheckpoint(config, parsed.parameterCount),
    architecture: architectureFromConfig(config, ref.repo.split('/')[1] ?? ref.repo, params, source),
    source,
  };
}
