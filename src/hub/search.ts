// The Hub's model search for a name neither the catalog nor its size places: `GET /api/models` on
// HF_ENDPOINT, most downloaded first (https://huggingface.co/docs/hub/api#get-apimodels).
import { z } from 'zod';
import { REPO_SEGMENT } from '../core/parse/hub-ref.js';
import { parseHubJson } from './bounded-json.js';
import { HubLookupError, reasonForStatus } from './errors.js';
import { endpointBase } from './hub-url.js';

/** Candidates asked for: the first few by downloads hold the original and its popular copies. */
export const SEARCH_LIMIT = 10;

const SearchAnswerSchema = z.array(z.looseObject({ id: z.string(), downloads: z.number().optional() })).max(1000);

const isRepoId = (id: string) => {
  const [org, name, ...rest] = id.split('/');
  return org !== undefined && name !== undefined && rest.length === 0 && REPO_SEGMENT.test(org) && REPO_SEGMENT.test(name);
};

/** A GGUF repo holds many quant files and no safetensors to read the size from. */
const isGgufRepo = (id: string) => /(?:^|[-_.])gguf$/i.test(id);

export function searchUrl(hubUrl: string, query: string): string {
  const params = new URLSearchParams({ search: query, sort: 'downloads', direction: '-1', limit: String(SEARCH_LIMIT) });
  return `${endpointBase(hubUrl)}/api/models?${params.toString()}`;
}

/** Repo ids matching `query`, most downloaded first, GGUF-only repos left out. */
export async function searchRepos(query: string, hubUrl: string, fetchImpl: typeof fetch, token: string | undefined): Promise<string[]> {
  const response = await fetchImpl(searchUrl(hubUrl, query), token ? { headers: { Authorization: `Bearer ${token}` } } : {});
  if (!response.ok) throw new HubLookupError(reasonForStatus(response.status), `Hub search answered ${response.status}`);
  const parsed = SearchAnswerSchema.safeParse(parseHubJson(await response.text(), 'the search answer'));
  if (!parsed.success) throw new HubLookupError('malformed', 'the search answer is not a list of models');
  // the Hub sorts already; sorting again keeps "most downloaded first" true whatever a mirror does
  const hits = parsed.data.map((hit, order) => ({ id: hit.id, downloads: hit.downloads ?? 0, order }))
    .sort((a, b) => b.downloads - a.downloads || a.order - b.order);
  return hits.map((h) => h.id).filter((id) => isRepoId(id) && !isGgufRepo(id));
}
