// Hub URLs built from validated parts only: a repo id that matches the Hub's pattern, a revision and
// file path whose every segment is percent-encoded and is no `.`/`..` once decoded, and a final URL
// that still sits under HF_ENDPOINT (a prefixed endpoint such as a mirror's /hf/ included).
import type { HubRef } from '../core/parse/hub-ref.js';
import { isSafePathSegment, REPO_SEGMENT } from '../core/parse/hub-ref.js';
import { HubLookupError } from './errors.js';

/** The endpoint without its trailing slash: every Hub URL starts with this followed by `/`. */
export function endpointBase(hubUrl: string): string {
  return hubUrl.replace(/\/+$/, '');
}

/** True when `url` is the endpoint itself or a path below it, on the same origin. */
export function isUnderEndpoint(url: string, hubUrl: string): boolean {
  let target: URL;
  let base: URL;
  try {
    target = new URL(url);
    base = new URL(`${endpointBase(hubUrl)}/`);
  } catch {
    return false;
  }
  return target.origin === base.origin && target.pathname.startsWith(base.pathname);
}

function encodedSegments(path: string, what: string): string {
  const segments = path.split('/');
  if (!segments.every(isSafePathSegment)) throw new HubLookupError('not_found', `unsafe ${what}: ${path}`);
  return segments.map(encodeURIComponent).join('/');
}

/** `<endpoint>/<org>/<name>/<kind>/<revision>/<file>` for a checked ref; refused before any request otherwise. */
export function hubFileUrl(hubUrl: string, ref: HubRef, file: string, kind: 'resolve' | 'blob' = 'resolve'): string {
  const [org, name, ...rest] = ref.repo.split('/');
  if (!org || !name || rest.length > 0 || !REPO_SEGMENT.test(org) || !REPO_SEGMENT.test(name)) {
    throw new HubLookupError('not_found', `not a repo id: ${ref.repo}`);
  }
  // a revision is one ref name (`main`, `refs/pr/1`, a commit): one encoded segment, as the Hub takes it
  if (!ref.revision.split('/').every(isSafePathSegment)) throw new HubLookupError('not_found', `unsafe revision: ${ref.revision}`);
  const url = `${endpointBase(hubUrl)}/${org}/${name}/${kind}/${encodeURIComponent(ref.revision)}/${encodedSegments(file, 'path')}`;
  assertUnderEndpoint(url, hubUrl);
  return url;
}

export function assertUnderEndpoint(url: string, hubUrl: string): void {
  if (!isUnderEndpoint(url, hubUrl)) throw new HubLookupError('not_found', 'a Hub URL left HF_ENDPOINT');
}
