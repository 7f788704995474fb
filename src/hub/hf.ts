// Hugging Face look-ups: safetensors headers and config.json for `model:`, GGUF headers for `file:`
// paths, and the Hub's search for names nothing else places. Only HF_ENDPOINT is contacted, with
// HF_TOKEN when set; range requests read headers, never weights; every body is capped (capped-fetch).
import { HubApiError, parseSafetensorsMetadata } from '@huggingface/hub';
import { architectureFromConfig } from '../core/catalog/from-config.js';
import { modelFromGgufHeader } from '../core/parse/gguf-header.js';
import type { HubRef } from '../core/parse/hub-ref.js';
import { parsePrecision } from '../core/parse/precision.js';
import type { HubFacts } from '../core/resolve-model.js';
import { parseHubJson } from './bounded-json.js';
import { type CacheStore, MemoryCacheStore, TtlCache } from './cache.js';
import { createHubFetch } from './capped-fetch.js';
import { precisionFromCheckpoint } from './checkpoint-precision.js';
import { HubLookupError, reasonForStatus } from './errors.js';
import { readGgufHeader } from './gguf-reader.js';
import { endpointBase, hubFileUrl } from './hub-url.js';
import { searchRepos } from './search.js';
import { checkModelRanges, parseHubConfig } from './shape-limits.js';

export { HubLookupError } from './errors.js';

export interface HubModel extends HubFacts {
  readonly source: string;
}

export interface HubClientOptions {
  readonly hubUrl: string;
  readonly token?: string | undefined;
  readonly fetch?: typeof fetch;
  /** each look-up's deadline (a search and the look-up of what it found share one); the chat doors have acknowledged before it starts */
  readonly timeoutMs?: number;
  readonly cacheTtlMs?: number;
  readonly now?: () => number;
  /** where results are kept: this process's memory unless the platforms share a Redis */
  readonly store?: CacheStore<HubModel>;
  /** aborted when the process stops: look-ups under way end with it */
  readonly signal?: AbortSignal;
}

export interface HubClient {
  /** the Hub's base URL: the only host a look-up may contact */
  readonly hubUrl: string;
  lookup(ref: HubRef): Promise<HubModel>;
  /** the most downloaded repo whose id matches `query`, read as `lookup` reads it; not_found when none does */
  search(query: string): Promise<HubModel>;
}

const HOUR_MS = 3_600_000;

function classify(error: unknown): HubLookupError {
  if (error instanceof HubLookupError) return error;
  if (error instanceof HubApiError) return new HubLookupError(reasonForStatus(error.statusCode), error.message);
  const message = error instanceof Error ? error.message : 'unreadable header';
  // the parser's words for a repo with no safetensors weights (GGUF-only or .bin repos)
  if (/does not seem to contain safetensors/.test(message)) return new HubLookupError('not_found', message);
  const name = error instanceof Error ? error.name : '';
  if (name === 'TimeoutError' || name === 'AbortError') return new HubLookupError('unavailable', message);
  // every failed request was already reported as unavailable by the Hub fetch: what is left is the file
  return new HubLookupError('malformed', message);
}

export function createHubClient(options: HubClientOptions): HubClient {
  const baseFetch = options.fetch ?? fetch;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const store = options.store ?? new MemoryCacheStore<HubModel>({ maxEntries: 500, ...(options.now ? { now: options.now } : {}) });
  const cache = new TtlCache<HubModel>(store, options.cacheTtlMs ?? HOUR_MS);
  const hubUrl = options.hubUrl;
  const deadlineFetch = () => createHubFetch({
    hubUrl, fetch: baseFetch, signal: AbortSignal.any([AbortSignal.timeout(timeoutMs), ...(options.signal ? [options.signal] : [])]),
  });

  const read = (ref: HubRef, fetchImpl: typeof fetch): Promise<HubModel> => ref.path?.toLowerCase().endsWith('.gguf')
    ? lookupGguf(ref, hubUrl, fetchImpl, options.token)
    : lookupSafetensors(ref, hubUrl, fetchImpl, options.token);

  const lookup = (ref: HubRef) => cache.get(`model:${ref.repo}@${ref.revision}/${ref.path ?? ''}`, async () => {
    try {
      return await read(ref, deadlineFetch());
    } catch (error) {
      throw classify(error);
    }
  });

  const search = (query: string) => cache.get(`search:${query.toLowerCase()}`, async () => {
    const fetchImpl = deadlineFetch();
    try {
      const [repo] = await searchRepos(query, hubUrl, fetchImpl, options.token);
      if (!repo) throw new HubLookupError('not_found', `no Hub model matches ${query}`);
      return await read({ repo, revision: 'main' }, fetchImpl);
    } catch (error) {
      throw classify(error);
    }
  });

  return { hubUrl, lookup, search };
}

async function lookupGguf(ref: HubRef, hubUrl: string, fetchImpl: typeof fetch, token: string | undefined): Promise<HubModel> {
  const url = hubFileUrl(hubUrl, ref, ref.path ?? '');
  const header = await readGgufHeader(url, fetchImpl, token ? { Authorization: `Bearer ${token}` } : {});
  const name = (ref.path ?? ref.repo).split('/').pop() ?? ref.repo;
  const model = modelFromGgufHeader(header, name, url);
  checkModelRanges(url, model.params, model.weightsBytes, model.architecture);
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
  const response = await fetchImpl(hubFileUrl(hubUrl, ref, 'config.json'), token ? { headers: { Authorization: `Bearer ${token}` } } : {});
  // EntryNotFound: the repo exists without a config.json (the shape then comes from the catalog)
  if (response.status === 404 && response.headers.get('x-error-code') === 'EntryNotFound') return {};
  if (!response.ok) throw new HubLookupError(reasonForStatus(response.status), `Hub answered ${response.status}`);
  return parseHubConfig(parseHubJson(await response.text(), 'config.json'));
}

async function lookupSafetensors(ref: HubRef, hubUrl: string, fetchImpl: typeof fetch, token: string | undefined): Promise<HubModel> {
  const credentials = token ? { accessToken: token } : {};
  const config = await readConfig(ref, hubUrl, fetchImpl, token);
  const parsed = await parseSafetensorsMetadata({
    repo: ref.repo, revision: ref.revision, hubUrl: endpointBase(hubUrl), fetch: fetchImpl, computeParametersCount: true, ...credentials,
  });
  const headers = parsed.sharded ? Object.values(parsed.headers) : [parsed.header];
  let storedBytes = 0;
  for (const header of headers) {
    for (const [name, info] of Object.entries(header)) {
      const offsets = (info as { data_offsets?: [number, number] }).data_offsets;
      if (name !== '__metadata__' && offsets) storedBytes += offsets[1] - offsets[0];
    }
  }
  const counted = Object.values(parsed.parameterCount ?? {}).reduce((sum, n) => sum + (n ?? 0), 0);
  const params = parsed.parameterTotal ?? counted;
  const source = hubFileUrl(hubUrl, ref, 'config.json', 'blob');
  const architecture = architectureFromConfig(config, ref.repo.split('/')[1] ?? ref.repo, params, source);
  checkModelRanges(source, params, storedBytes, architecture);
  return {
    repoId: ref.repo, path: undefined, params, storedBytes, tokenEmbeddingBytes: undefined,
    precision: precisionFromCheckpoint(config, parsed.parameterCount ?? {}), architecture, source,
  };
}
